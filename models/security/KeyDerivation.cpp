#include "models/security/KeyDerivation.h"

#include <sodium.h>

namespace binhyen {

namespace {

constexpr unsigned char kMasterPersonal[] = "BinhYen recovery master key v1";
constexpr char kRegisterContext[crypto_kdf_CONTEXTBYTES + 1] = "BYREGKEY";
constexpr char kEscrowContext[crypto_kdf_CONTEXTBYTES + 1] = "BYESCROW";

SecretBytes derive(const SecretBytes& recoverySecret, quint64 id, const char* context) {
    ensureSodium();
    SecretBytes master(crypto_kdf_KEYBYTES);
    crypto_generichash(master.data(), master.size(), recoverySecret.data(), recoverySecret.size(),
                       kMasterPersonal, sizeof kMasterPersonal - 1);
    SecretBytes key(KeyDerivation::kKeyBytes);
    crypto_kdf_derive_from_key(key.data(), key.size(), id, context, master.data());
    return key;
}

} // namespace

SecretBytes KeyDerivation::registerKey(const SecretBytes& recoverySecret) {
    return derive(recoverySecret, 1, kRegisterContext);
}

SecretBytes KeyDerivation::escrowKey(const SecretBytes& recoverySecret) {
    return derive(recoverySecret, 2, kEscrowContext);
}

} // namespace binhyen
