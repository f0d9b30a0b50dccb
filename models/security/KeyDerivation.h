#pragma once

#include "models/security/SecretBytes.h"

namespace binhyen {

// Keys derived from the recovery secret, each under its own context (libsodium crypto_kdf over
// a BLAKE2b master key). Only the register key is ever stored (in the OS keychain); the escrow
// key is recomputed from the recovery key when needed and never stored.
class KeyDerivation {
public:
    static constexpr std::size_t kKeyBytes = 32;

    static SecretBytes registerKey(const SecretBytes& recoverySecret); // opens the SQLCipher file
    static SecretBytes escrowKey(const SecretBytes& recoverySecret);   // sealed-informant root
};

} // namespace binhyen
