#pragma once

#include "models/domain/Clock.h"
#include "models/domain/OfficeHours.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace binhyen {

class Session;

// Whether posting to the hamlet Zalo groups now keeps the groups' rule (office hours, unless
// urgent).
struct ZaloPostCheck {
    bool inOfficeHours = false;
    QString warning;       // translated; empty when in office hours or urgent
    QDateTime nextOpening; // station time; equals now when in office hours
};

// The hamlet Zalo notices: the office-hours settings (zalo.office_hours, zalo.office_days), the
// check before posting, and the record that a notice was posted (a case event or a tip history
// step, with a signed audit row, in one transaction).
class ZaloNoticeRepo {
public:
    ZaloNoticeRepo(QSqlDatabase db, const Clock& clock);

    // Operation::ReadRecords.
    Result<OfficeHours> officeHours(const Session& session) const;
    // Operation::ChangeSettings (chiefs); the texts are validated (OfficeHours::parse) and stored
    // in canonical form; audited as "settings.change" with before/after.
    Result<void> setOfficeHours(const Session& chief, const QString& periods, const QString& days);

    // Operation::ReadRecords. At the injected clock's now: no warning when in office hours or
    // urgent; otherwise a warning naming the hours and the next opening.
    Result<ZaloPostCheck> check(const Session& session, bool urgent) const;

    // Operation::WriteRecords. A case_events row (kind 'zalo_notice', now, the officer, the text
    // and the groups it went to as its note), cases.updated_at bumped, audited "case.event" on
    // the case. Returns the event's id.
    Result<qint64> recordPosted(const Session& session, qint64 caseId, const QString& text,
                                bool urgent, const QString& groupsNote);
    // Operation::WriteRecords. For a lost-person tip: a tip_status_history row with the status
    // unchanged and extra {"step":"zalo_notice","urgent":…}, tips.updated_at bumped, audited
    // "tip.zalo_notice". Returns the history row's id.
    Result<qint64> recordPostedForTip(const Session& session, qint64 tipId, const QString& text,
                                      bool urgent);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
