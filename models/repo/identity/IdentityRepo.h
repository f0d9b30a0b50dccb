#pragma once

#include "models/domain/Clock.h"
#include "models/domain/InformantIdentity.h"
#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace binhyen {

class Session;

// Sealed informant identities and pseudonyms (docs/SECURITY.md). Officers seal; only chiefs
// unseal, with a written reason, audited. Everywhere else the informant is a pseudonym
// ("NBT-0042") drawn in sequence, never derived from the identity.
class IdentityRepo {
public:
    IdentityRepo(QSqlDatabase db, const Clock& clock);

    // Seals `identity` for `tipId` and gives the tip a pseudonym: a new informant, or
    // `existingInformant` when the officer knows it is someone already known by a pseudonym.
    // Returns the pseudonym.
    Result<QString> seal(const Session& session, qint64 tipId, const InformantIdentity& identity,
                         std::optional<qint64> existingInformant = std::nullopt);
    // A chief reads the identity of a tip's informant; `reason` is required and audited.
    Result<InformantIdentity> reveal(const Session& chief, qint64 tipId, const QString& reason);
    // A chief merges two pseudonyms found to be the same person (audited).
    Result<void> mergeInformants(const Session& chief, qint64 keep, qint64 merged,
                                 const QString& reason);
    // At each chief logon: the stored identity public key belongs to the chiefs' secret key, and
    // identities sealed since the last check open. Otherwise: an alarm (replaced public key).
    Result<void> checkAtChiefLogon(const Session& chief);
    // Rotation (e.g. after a chief is deactivated): a new identity key pair; every sealed value
    // opened with the old secret and sealed again to the new public key (one audit row per tip,
    // plus "identity.rotate"); the new secret wrapped for the calling chief and for the escrow
    // key (so `escrowKey` must be the register's: checked first). Returns the re-sealed count.
    //
    // Other active chiefs: their wrapping keys come only from their passwords, so the new secret
    // cannot be wrapped for them now, and their old wraps must go (they hold the old secret).
    // Each gets a *hand-over* in their key_wraps row instead (models/security/KeyHandover.h): the
    // new secret sealed to their own station-signed Ed25519 user key and signed with the station
    // signing key. At their next logon StationKeyRepo::unwrapForChief opens it with the session's
    // signing secret, and checkAtChiefLogon (or a password change) re-wraps it as an ordinary
    // wrap. A chief whose key changes before that (password reset by a chief, recovery-key reset)
    // receives the secret by that path instead. Deactivated chiefs get nothing; their rows are
    // removed with their other wraps. Audited.
    Result<int> rotateIdentityKey(const Session& chief, const SecretBytes& escrowKey);

    // For later issues: does free text repeat a sealed name or phone? Chiefs only (needs
    // unsealing); returns the matching pseudonyms.
    Result<QStringList> textMentionsSealed(const Session& chief, const QString& text);

    // The pseudonym of a tip's informant (after merges: the kept one); empty when anonymous.
    Result<QString> pseudonymOf(qint64 tipId) const;

private:
    QString now() const;
    Result<qint64> rootInformant(qint64 informantId, QString* pseudonym) const;
    Result<qint64> newInformant(QString* pseudonym);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
