#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Movement.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// Mobilised residents (mobilised_residents): model members and the grassroots security force,
// each with the consent note the officer took. The resident is a register person: an existing
// one, or a new one created through PersonRepo (its own "person.create" audit row) in the same
// transaction. Writes need Operation::WriteRecords, reads ReadRecords; audit entity
// "mobilised_resident" ("mobilised_resident.create", ".leave").
// Validation: a known role; a consent note; a joining date; left_on >= joined_on; the model, when
// given, exists and has not ended before the joining date.
class MobilisedRepo {
public:
    MobilisedRepo(QSqlDatabase db, const Clock& clock);

    Result<qint64> add(const Session& session, const NewMobilised& resident);
    // Records the day the resident stopped taking part (>= joined_on).
    Result<void> leave(const Session& session, qint64 id, const QDate& leftOn);
    // modelId 0: every resident; activeOn valid: only those joined on or before it and not left
    // before it (left_on IS NULL or left_on >= activeOn). Ordered by name.
    Result<QList<MobilisedRow>> list(const Session& session, qint64 modelId = 0,
                                     const QDate& activeOn = {}) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
