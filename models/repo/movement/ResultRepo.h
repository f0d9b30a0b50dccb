#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Movement.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// Results not tied to a tip (results with tip_id NULL): lost persons found, documents / property
// returned (count, value in đồng), weapons / explosives / firecrackers handed in, persons
// persuaded to surrender. Writes need Operation::WriteRecords (the officer is the session's user),
// reads ReadRecords; audit entity "result" ("result.create"). Validation: a known kind; a date;
// count >= 1; a value (>= 0) only for documents / property returned; the hamlet, when given,
// valid on that date.
class ResultRepo {
public:
    ResultRepo(QSqlDatabase db, const Clock& clock);

    Result<qint64> add(const Session& session, const NewMovementResult& result);
    // Every result within [from, to] (invalid: open), those recorded with a tip's outcome too
    // (tipId set), newest first.
    Result<QList<MovementResultRow>> list(const Session& session, const QDate& from = {},
                                          const QDate& to = {}) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
