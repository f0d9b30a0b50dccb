#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace binhyen {

// Handing a renewed station secret to a chief who is not at the PC (identity key rotation,
// docs/SECURITY.md). The rotating chief cannot wrap it under that chief's wrapping key (only
// their password gives it), so it is sealed to the X25519 form of that chief's own Ed25519 user
// key (libsodium's documented conversion; the user key is signed by the station, so it is
// genuine) and signed with the station signing key, which only chiefs and the escrow hold:
//
//   "BYHO" | version 0x01 | station signature (64) over
//           (purpose, user id, public key of the secret, sealed) | sealed box of the secret
//
// It is stored in that chief's key_wraps row in place of the ordinary wrap. The chief opens it
// with the signing secret of their logon session; the first use re-wraps it under their wrapping
// key. A planted hand-over (an insider's own key pair) fails the station signature; a deactivated
// chief's row is removed with their other wraps.
namespace keyhandover {

bool isHandover(const QByteArray& stored);
// `secretPublic` is the public key belonging to `secret` (signed, so the opener can check it).
QByteArray make(const SecretBytes& stationSigning, const QString& purpose, qint64 userId,
                const QByteArray& userSigningPublic, const SecretBytes& secret,
                const QByteArray& secretPublic);
// Opens a hand-over for `userId`; `publicOf` derives the secret's public key to check the
// station signature against `stationSigningPublic`.
Result<SecretBytes> open(const QByteArray& stored, const QString& purpose, qint64 userId,
                         const SecretBytes& userSigningSecret,
                         const QByteArray& stationSigningPublic,
                         QByteArray (*publicOf)(const SecretBytes&));

} // namespace keyhandover
} // namespace binhyen
