#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// The station's two key pairs (docs/SECURITY.md): 'identity' (X25519; informant identities are
// sealed to its public key) and 'signing' (Ed25519; account records, user keys and audit
// checkpoints). Their secret keys exist in the register only wrapped: under each active chief's
// wrapping key and under the escrow key derived from the recovery secret.
class StationKeyRepo {
public:
    enum class Purpose { Identity, Signing };

    explicit StationKeyRepo(QSqlDatabase db);

    static QString purposeCode(Purpose purpose);

    // First run: both pairs, wrapped for the first chief and for the escrow key.
    Result<void> create(qint64 chiefId, const SecretBytes& chiefWrappingKey,
                        const SecretBytes& escrowKey, const QString& createdAt);
    Result<QByteArray> publicKey(Purpose purpose) const;
    Result<SecretBytes> unwrapForChief(const Session& chief, Purpose purpose) const;
    Result<SecretBytes> unwrapWithEscrow(const SecretBytes& escrowKey, Purpose purpose) const;
    // Gives (or renews) a chief's wrap of a station secret.
    Result<void> wrapFor(qint64 userId, const SecretBytes& wrappingKey, Purpose purpose,
                         const SecretBytes& secret);
    Result<void> removeWrapsOf(qint64 userId);
    // Rotation: the escrow's wrap of a renewed secret; every chief's wrap of `purpose` removed
    // except `keptUserId`'s; a hand-over for a chief who is not present (KeyHandover.h), signed
    // with the station signing secret. unwrapForChief opens hand-overs transparently (Identity
    // only); isHandedOver tells when the chief's row should be re-wrapped as an ordinary wrap.
    Result<void> wrapForEscrow(const SecretBytes& escrowKey, Purpose purpose,
                               const SecretBytes& secret);
    Result<void> removeWrapsExcept(Purpose purpose, qint64 keptUserId);
    Result<void> handOver(qint64 userId, const QByteArray& userSigningPublic, Purpose purpose,
                          const SecretBytes& secret, const SecretBytes& stationSigning);
    Result<bool> isHandedOver(qint64 userId, Purpose purpose) const;
    // Replaces a key pair (rotation): new public key, every existing wrap re-made by the caller.
    Result<void> replacePublicKey(Purpose purpose, const QByteArray& publicKey,
                                  const QString& changedAt);
    Result<bool> exists() const;

private:
    Result<QByteArray> wrappedFor(const QVariant& userId, Purpose purpose) const;
    Result<void> storeWrap(const QVariant& userId, Purpose purpose, const QByteArray& wrapped);

    QSqlDatabase m_db;
};

} // namespace binhyen
