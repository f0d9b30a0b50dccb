#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QString>

namespace binhyen {

// The recovery key: the human-typable form of the register's recovery secret (160 random bits),
// shown once at creation for the chief to keep offline. Format: 36 Crockford base-32 characters
// in nine groups of four ("7K3M-…"), the last four being a checksum that catches typos. Reading
// ignores case, spaces and dashes and accepts O for 0 and I/L for 1.
class RecoveryKey {
public:
    static constexpr std::size_t kSecretBytes = 20;
    static constexpr int kGroups = 9;

    static SecretBytes generateSecret();
    // The text shown to the user. The returned string holds a secret: wipe() it after use.
    static QString format(const SecretBytes& secret);
    static Result<SecretBytes> parse(const QString& text);
};

} // namespace binhyen
