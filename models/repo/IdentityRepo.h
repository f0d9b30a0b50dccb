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
    // Rotation (e.g. after a chief is deactivated): new identity key pair, every identity
    // re-sealed, wrapped again for every active chief (with their current session or at their
    // next logon — see the implementation) and the escrow key. Audited.
    Result<int> rotateIdentityKey(const Session& chief, const SecretBytes& escrowKey);

    // For later issues: does free text repeat a sealed name or phone? Chiefs only (needs
    // unsealing); returns the matching pseudonyms.
    Result<QStringList> textMentionsSealed(const Session& chief, const QString& text);

    Result<QString> pseudonymOf(qint64 tipId) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
