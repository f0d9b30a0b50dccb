#pragma once

#include "models/domain/Clock.h"
#include "models/domain/InformantIdentity.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace binhyen {

class Session;

// A tip form not yet saved, kept so that it survives a crash or a power cut (table tip_drafts:
// id, user_id, updated_at, fields TEXT JSON, identity_sealed BLOB). One draft per user: saving
// replaces the user's previous draft.
//
// The informant identity typed so far is never stored in clear: it is sealed to the station
// identity public key like a tip's identity (tip id 0 inside), so only a chief could ever open
// it. The officer's own restore therefore brings back every other field and says that the
// identity part was sealed and must be typed again (Draft::identitySealed).
struct TipDraft {
    qint64 id = 0;
    QDateTime updatedAt;
    QJsonObject fields; // the form's fields (never the identity)
    bool identitySealed = false;
};

class TipDraftRepo {
public:
    TipDraftRepo(QSqlDatabase db, const Clock& clock);

    // Needs WriteRecords. `identity` empty or nullopt: no sealed part. Returns the draft id.
    Result<qint64> save(const Session& session, const QJsonObject& fields,
                        const std::optional<InformantIdentity>& identity);
    // The user's newest draft, nullopt when none.
    Result<std::optional<TipDraft>> load(const Session& session) const;
    // Removes the user's drafts (after saving the tip, or when the officer discards).
    Result<void> discard(const Session& session);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
