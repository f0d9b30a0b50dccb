#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Movement.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// Self-management models (movement_models, movement_model_places) and the rules of hamlet Zalo
// groups (zalo_groups). "In force on D": started_on <= D and (ended_on IS NULL or ended_on > D)
// (Movement.h). Reads need Operation::ReadRecords; model writes Operation::WriteRecords (officers
// and chiefs); types Operation::ChangeSettings (chiefs). Each write is one transaction with a
// signed audit row: entity "movement_model" ("movement_model.create", ".update", ".end") or
// "movement_type" ("movement_type.create", ".activate", ".deactivate"), changes before/after.
//
// Validation (InvalidInput, Vietnamese message): a known, active type; a name; a start date;
// ended_on >= started_on; points, teams, members, households >= 0; at least one hamlet for a
// Zalo group; every hamlet covered exists and is valid on the start date; the responsible
// officer exists. A model of type zalo_group always has its zalo_groups row (written here).
class MovementRepo {
public:
    MovementRepo(QSqlDatabase db, const Clock& clock);

    // Types ordered by sort then label; inactive ones only when asked.
    Result<QList<MovementModelType>> types(const Session& session,
                                           bool includeInactive = false) const;
    // Operation::ChangeSettings. A new type "custom_N" with a Vietnamese label (unique, case- and
    // accent-blind), sorted before "Mô hình khác". Returns the code.
    Result<QString> addType(const Session& chief, const QString& label);
    // Operation::ChangeSettings. Types are never deleted; zalo_group cannot be deactivated.
    Result<void> setTypeActive(const Session& chief, const QString& code, bool active);

    Result<qint64> create(const Session& session, const NewMovementModel& model);
    // Replaces every field (and the hamlets, and the Zalo rules of a group). The type may change
    // only between types other than zalo_group.
    Result<void> update(const Session& session, qint64 id, const NewMovementModel& model);
    // Sets ended_on (the first day the model no longer runs; >= started_on).
    Result<void> end(const Session& session, qint64 id, const QDate& endedOn);

    Result<MovementModel> get(const Session& session, qint64 id) const;
    // Ordered by type sort, then name.
    Result<QList<MovementModel>> list(const Session& session,
                                      const MovementFilter& filter = {}) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
