#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QString>

namespace binhyen {

// The OS keychain (Secret Service on Linux, Credential Manager on Windows) through QtKeychain.
// One entry per register id holds that register's 32-byte key, nothing else. Never uses
// QtKeychain's insecure plaintext fallback. Calls block (with an event loop) until the job ends.
class Keychain {
public:
    enum class Status { Found, NotFound, Unavailable };

    struct ReadOutcome {
        Status status = Status::Unavailable;
        SecretBytes key; // set when Found
        QString message; // translated, when Unavailable
    };

    explicit Keychain(QString service = QStringLiteral("BinhYen"));

    ReadOutcome readRegisterKey(const QString& registerId) const;
    Result<void> storeRegisterKey(const QString& registerId, const SecretBytes& key) const;
    Result<void> forgetRegisterKey(const QString& registerId) const;

    static QString entryName(const QString& registerId);

private:
    QString m_service;
};

} // namespace binhyen
