#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Movement.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// Members warned or removed in a hamlet Zalo group (zalo_moderation). Writes need
// Operation::WriteRecords (the officer recording is the session's user), reads ReadRecords; each
// write one transaction with a signed audit row (entity "zalo_moderation",
// "zalo_moderation.create"). The group must be a Zalo group (type zalo_group, zalo_groups row)
// started on or before the day and not ended before it; count >= 1.
class ZaloModerationRepo {
public:
    ZaloModerationRepo(QSqlDatabase db, const Clock& clock);

    Result<qint64> record(const Session& session, const NewModeration& entry);
    // One group's entries (groupId 0: every group), newest first, within [from, to] (invalid:
    // open).
    Result<QList<ModerationRow>> list(const Session& session, qint64 groupId = 0,
                                      const QDate& from = {}, const QDate& to = {}) const;
    // Members warned / removed (sums of count), same filters as list.
    Result<ModerationTotals> totals(const Session& session, qint64 groupId = 0,
                                    const QDate& from = {}, const QDate& to = {}) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
