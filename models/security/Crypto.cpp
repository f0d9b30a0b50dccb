#include "models/security/Crypto.h"

#include <QCoreApplication>
#include <cstring>
#include <sodium.h>

namespace binhyen::crypto {

namespace {

constexpr char kWrapContext[] = "BinhYen wrapping key v1";
constexpr quint64 kLogonOps = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr quint64 kLogonMem = crypto_pwhash_MEMLIMIT_INTERACTIVE;

const unsigned char* bytes(const QByteArray& a) {
    return reinterpret_cast<const unsigned char*>(a.constData());
}

// Context-separated message for signatures: "<context>\0<message>".
QByteArray framed(const QByteArray& message, const char* context) {
    return QByteArray(context) + '\0' + message;
}

Error cryptoError(const char* what) {
    return makeError(ErrorCode::VerificationFailed,
                     QCoreApplication::translate("Crypto", "A protected value could not be opened: "
                                                           "wrong key, or it was altered."),
                     QString::fromLatin1(what));
}

} // namespace

QString hashPassword(const SecretBytes& password) {
    ensureSodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, reinterpret_cast<const char*>(password.data()), password.size(),
                              kLogonOps, kLogonMem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verifyPassword(const QString& hash, const SecretBytes& password) {
    ensureSodium();
    const QByteArray h = hash.toLatin1();
    return !h.isEmpty() &&
           crypto_pwhash_str_verify(h.constData(), reinterpret_cast<const char*>(password.data()),
                                    password.size()) == 0;
}

WrapParams newWrapParams() {
    ensureSodium();
    WrapParams p;
    p.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(p.salt.data(), static_cast<size_t>(p.salt.size()));
    return p;
}

SecretBytes wrappingKey(const SecretBytes& password, const WrapParams& params) {
    ensureSodium();
    const std::size_t ctx = sizeof kWrapContext; // includes the terminating zero as separator
    SecretBytes input(ctx + password.size());
    std::memcpy(input.data(), kWrapContext, ctx);
    if (password.size())
        std::memcpy(input.data() + ctx, password.data(), password.size());
    SecretBytes key(crypto_secretbox_KEYBYTES);
    if (params.salt.size() != crypto_pwhash_SALTBYTES ||
        crypto_pwhash(key.data(), key.size(), reinterpret_cast<const char*>(input.data()),
                      input.size(), bytes(params.salt), params.opslimit,
                      static_cast<size_t>(params.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        key.clear();
    return key;
}

QByteArray wrap(const SecretBytes& key, const SecretBytes& secret) {
    ensureSodium();
    QByteArray out(static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES +
                                          secret.size()),
                   '\0');
    auto* nonce = reinterpret_cast<unsigned char*>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, secret.data(), secret.size(), nonce,
                          key.data());
    return out;
}

Result<SecretBytes> unwrap(const SecretBytes& key, const QByteArray& wrapped) {
    ensureSodium();
    const auto overhead =
        static_cast<qsizetype>(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES);
    if (key.size() != crypto_secretbox_KEYBYTES || wrapped.size() <= overhead)
        return cryptoError("unwrap: size");
    SecretBytes out(static_cast<std::size_t>(wrapped.size() - overhead));
    const unsigned char* nonce = bytes(wrapped);
    if (crypto_secretbox_open_easy(out.data(), nonce + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(wrapped.size()) -
                                       crypto_secretbox_NONCEBYTES,
                                   nonce, key.data()) != 0)
        return cryptoError("unwrap: authentication");
    return out;
}

SigningPair newSigningPair() {
    ensureSodium();
    SigningPair pair{QByteArray(crypto_sign_PUBLICKEYBYTES, '\0'),
                     SecretBytes(crypto_sign_SECRETKEYBYTES)};
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                        pair.secretKey.data());
    return pair;
}

QByteArray sign(const SecretBytes& secretKey, const QByteArray& message, const char* context) {
    ensureSodium();
    const QByteArray m = framed(message, context);
    QByteArray sig(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(sig.data()), nullptr, bytes(m),
                         static_cast<unsigned long long>(m.size()), secretKey.data());
    return sig;
}

bool verifySignature(const QByteArray& publicKey, const QByteArray& message,
                     const QByteArray& signature, const char* context) {
    ensureSodium();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    const QByteArray m = framed(message, context);
    return crypto_sign_verify_detached(bytes(signature), bytes(m),
                                       static_cast<unsigned long long>(m.size()),
                                       bytes(publicKey)) == 0;
}

QByteArray signingPublicOf(const SecretBytes& secretKey) {
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, '\0');
    if (secretKey.size() == crypto_sign_SECRETKEYBYTES)
        crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(pk.data()), secretKey.data());
    return pk;
}

BoxPair newBoxPair() {
    ensureSodium();
    BoxPair pair{QByteArray(crypto_box_PUBLICKEYBYTES, '\0'),
                 SecretBytes(crypto_box_SECRETKEYBYTES)};
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()),
                       pair.secretKey.data());
    return pair;
}

QByteArray boxPublicOf(const SecretBytes& secretKey) {
    QByteArray pk(crypto_box_PUBLICKEYBYTES, '\0');
    if (secretKey.size() == crypto_box_SECRETKEYBYTES)
        crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pk.data()), secretKey.data());
    return pk;
}

QByteArray seal(const QByteArray& publicKey, const SecretBytes& plaintext) {
    ensureSodium();
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray out(static_cast<qsizetype>(crypto_box_SEALBYTES + plaintext.size()), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(out.data()), plaintext.data(),
                    plaintext.size(), bytes(publicKey));
    return out;
}

Result<SecretBytes> openSealed(const QByteArray& publicKey, const SecretBytes& secretKey,
                               const QByteArray& sealed) {
    ensureSodium();
    if (publicKey.size() != crypto_box_PUBLICKEYBYTES || sealed.size() <= crypto_box_SEALBYTES ||
        secretKey.size() != crypto_box_SECRETKEYBYTES)
        return cryptoError("seal: size");
    SecretBytes out(static_cast<std::size_t>(sealed.size() - crypto_box_SEALBYTES));
    if (crypto_box_seal_open(out.data(), bytes(sealed),
                             static_cast<unsigned long long>(sealed.size()), bytes(publicKey),
                             secretKey.data()) != 0)
        return cryptoError("seal: authentication");
    return out;
}

QByteArray hash(const QByteArray& data, const char* context) {
    ensureSodium();
    const QByteArray m = framed(data, context);
    QByteArray out(32, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 32, bytes(m),
                       static_cast<unsigned long long>(m.size()), nullptr, 0);
    return out;
}

} // namespace binhyen::crypto
