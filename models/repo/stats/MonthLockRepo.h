#pragma once

#include "models/domain/Clock.h"
#include "models/domain/MonthFigures.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// A report issued for a month (table month_reports): the original, stored when the chief locked
// the month, or a correction (đính chính) of it.
struct MonthReport {
    qint64 id = 0;
    QString month;       // "YYYY-MM"
    QString kind;        // "original" | "correction"
    QString number;      // "05/BC-CAX": the 5th report issued in its year
    QJsonObject figures; // as issued (monthfigures::toJson)
    // original: the adjustments to earlier locked months shown in this report;
    // correction: the differences to the report it corrects.
    QList<FigureDifference> adjustments;
    QDateTime issuedAt;
    qint64 issuedBy = 0;
    qint64 refersTo = 0; // a correction: the original's id
    QString note;
};

// The month lock (issue 6 item 4, docs/INDICATORS.md "Locked months"). Rows are append-only
// (triggers): a locked month's figures never change; later changes show up as adjustments in the
// next report, or in a correction the chief issues.
class MonthLockRepo {
public:
    MonthLockRepo(QSqlDatabase db, const Clock& clock);

    // Locks a month that has ended (by the clock) and is not locked yet: stores its figures and
    // the adjustments to earlier locked months, with the next number, and a signed "month.lock"
    // audit row in one transaction; then signs an audit checkpoint ("month-lock"). Needs
    // LockMonth.
    Result<MonthReport> lock(const Session& chief, const QString& month);
    // Locks every month not locked yet from the first month with data to `lastMonth` (inclusive)
    // in one transaction (a savepoint inside the caller's), without a checkpoint: the demo, whose
    // past months read as issued on the 3rd of the following month at 09:00 (or now, if later),
    // so that their numbers run per year of issue as a station's would. The audit rows carry the
    // real time. Returns how many months it locked. Needs LockMonth.
    Result<int> lockThrough(const Session& chief, const QString& lastMonth);
    // Issues a correction of a locked month: the recomputed figures, the differences to the
    // report it corrects (the original or the latest correction), a note; refused when nothing
    // changed. Signed "month.correction" audit row, then a checkpoint. Needs IssueCorrection.
    Result<MonthReport> correction(const Session& chief, const QString& month, const QString& note);

    // Needs ReadRecords.
    Result<bool> isLocked(const Session& session, const QString& month) const;
    // The original report of a locked month (NotFound when the month is not locked).
    Result<MonthReport> issued(const Session& session, const QString& month) const;
    // The original and its corrections, in issue order (empty when not locked).
    Result<QList<MonthReport>> reports(const Session& session, const QString& month) const;
    // The adjustments a report of `month` shows: stored with it when the month is locked;
    // otherwise the changes, not yet reported, to the figures of the locked months before it.
    Result<QList<FigureDifference>> adjustments(const Session& session, const QString& month) const;

private:
    Result<QList<MonthReport>> load(const QString& where, const QVariantList& binds) const;
    Result<void> checkLockable(const QString& month) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
