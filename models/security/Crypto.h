#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace binhyen {

// The libsodium primitives BinhYen uses, in one place, with the parameters spelled out
// (docs/SECURITY.md). Every function that takes or returns secret material uses SecretBytes.
namespace crypto {

// --- Passwords (Argon2id) -------------------------------------------------------------------
// Logon check: libsodium's self-describing Argon2id string (opslimit 2, memlimit 64 MiB).
QString hashPassword(const SecretBytes& password);
bool verifyPassword(const QString& hash, const SecretBytes& password);

struct WrapParams {
    QByteArray salt;                // 16 random bytes, per user, never the logon hash's salt
    quint64 opslimit = 3;           // Argon2id passes
    quint64 memlimit = 64ull << 20; // bytes
};
WrapParams newWrapParams();
// A user's wrapping key: Argon2id over "BinhYen wrapping key v1" || password with the user's own
// salt and parameters. Unwraps that user's signing key and the station secrets.
SecretBytes wrappingKey(const SecretBytes& password, const WrapParams& params);

// --- Wrapping (XSalsa20-Poly1305 secretbox) -------------------------------------------------
QByteArray wrap(const SecretBytes& key, const SecretBytes& secret); // nonce || ciphertext
Result<SecretBytes> unwrap(const SecretBytes& key, const QByteArray& wrapped);

// --- Signatures (Ed25519) -------------------------------------------------------------------
struct SigningPair {
    QByteArray publicKey;  // 32 bytes
    SecretBytes secretKey; // 64 bytes
};
SigningPair newSigningPair();
QByteArray sign(const SecretBytes& secretKey, const QByteArray& message, const char* context);
bool verifySignature(const QByteArray& publicKey, const QByteArray& message,
                     const QByteArray& signature, const char* context);
QByteArray signingPublicOf(const SecretBytes& secretKey);

// --- Sealed boxes (X25519) ------------------------------------------------------------------
struct BoxPair {
    QByteArray publicKey;  // 32 bytes
    SecretBytes secretKey; // 32 bytes
};
BoxPair newBoxPair();
QByteArray boxPublicOf(const SecretBytes& secretKey);
QByteArray seal(const QByteArray& publicKey, const SecretBytes& plaintext);
Result<SecretBytes> openSealed(const QByteArray& publicKey, const SecretBytes& secretKey,
                               const QByteArray& sealed);

// --- Hashing (BLAKE2b-256) ------------------------------------------------------------------
QByteArray hash(const QByteArray& data, const char* context);

} // namespace crypto
} // namespace binhyen
