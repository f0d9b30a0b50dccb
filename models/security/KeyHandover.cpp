#include "models/security/KeyHandover.h"

#include "models/security/Canonical.h"
#include "models/security/Crypto.h"

#include <QCoreApplication>
#include <sodium.h>

namespace binhyen::keyhandover {

namespace {

constexpr char kContext[] = "BinhYen key handover v1";
const QByteArray kMagic = QByteArrayLiteral("BYHO\x01");
constexpr qsizetype kSignature = crypto_sign_BYTES;

QByteArray signedBytes(const QString& purpose, qint64 userId, const QByteArray& secretPublic,
                       const QByteArray& sealed) {
    return Canonical().add(purpose).add(userId).add(secretPublic).add(sealed).bytes();
}

} // namespace

bool isHandover(const QByteArray& stored) {
    return stored.startsWith(kMagic) &&
           stored.size() > kMagic.size() + kSignature + qsizetype(crypto_box_SEALBYTES);
}

QByteArray make(const SecretBytes& stationSigning, const QString& purpose, qint64 userId,
                const QByteArray& userSigningPublic, const SecretBytes& secret,
                const QByteArray& secretPublic) {
    ensureSodium();
    unsigned char curve[crypto_box_PUBLICKEYBYTES];
    if (userSigningPublic.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_ed25519_pk_to_curve25519(
            curve, reinterpret_cast<const unsigned char*>(userSigningPublic.constData())) != 0)
        return {};
    QByteArray sealed(static_cast<qsizetype>(crypto_box_SEALBYTES + secret.size()), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), secret.data(), secret.size(),
                    curve);
    const QByteArray signature =
        crypto::sign(stationSigning, signedBytes(purpose, userId, secretPublic, sealed), kContext);
    if (signature.size() != kSignature)
        return {};
    return kMagic + signature + sealed;
}

Result<SecretBytes> open(const QByteArray& stored, const QString& purpose, qint64 userId,
                         const SecretBytes& userSigningSecret,
                         const QByteArray& stationSigningPublic,
                         QByteArray (*publicOf)(const SecretBytes&)) {
    ensureSodium();
    const Error failed =
        makeError(ErrorCode::VerificationFailed,
                  QCoreApplication::translate(
                      "IdentityRepo", "The renewed identity key left for this chief cannot be "
                                      "opened or is not signed by the station."));
    if (!isHandover(stored) || userSigningSecret.size() != crypto_sign_SECRETKEYBYTES)
        return failed;
    const QByteArray signature = stored.mid(kMagic.size(), kSignature);
    const QByteArray sealed = stored.mid(kMagic.size() + kSignature);
    SecretBytes curveSecret(crypto_box_SECRETKEYBYTES);
    unsigned char curvePublic[crypto_box_PUBLICKEYBYTES];
    if (crypto_sign_ed25519_sk_to_curve25519(curveSecret.data(), userSigningSecret.data()) != 0 ||
        crypto_scalarmult_base(curvePublic, curveSecret.data()) != 0)
        return failed;
    SecretBytes secret(static_cast<std::size_t>(sealed.size()) - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(secret.data(), reinterpret_cast<const unsigned char*>(sealed.data()),
                             static_cast<unsigned long long>(sealed.size()), curvePublic,
                             curveSecret.data()) != 0)
        return failed;
    if (!crypto::verifySignature(stationSigningPublic,
                                 signedBytes(purpose, userId, publicOf(secret), sealed), signature,
                                 kContext))
        return failed;
    return secret;
}

} // namespace binhyen::keyhandover
