#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Movement.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// Residents' meetings and propaganda sessions with their attendance (activities). Writes need
// Operation::WriteRecords (the officer is the session's user), reads ReadRecords; audit entity
// "activity" ("activity.create"). Validation: a known kind; a title; a date; attendance >= 0; the
// hamlet, when given, valid on that date; the model, when given, exists.
class ActivityRepo {
public:
    ActivityRepo(QSqlDatabase db, const Clock& clock);

    Result<qint64> add(const Session& session, const NewActivity& activity);
    // Held within [from, to] (invalid: open), newest first.
    Result<QList<ActivityRow>> list(const Session& session, const QDate& from = {},
                                    const QDate& to = {}) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
