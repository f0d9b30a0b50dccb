#include "reports/monthly/MonthlyReportSource.h"

#include "models/repo/places/StationHistoryRepo.h"
#include "models/repo/stats/MonthLockRepo.h"
#include "models/repo/stats/StatsRepo.h"
#include "models/repo/stats/StatsSeriesRepo.h"
#include "models/security/Role.h"
#include "models/security/Session.h"

#include <QCoreApplication>

namespace binhyen {

namespace {

// The signer: the one chosen in the narrative; else the chief who issued the report; else the
// chief printing a draft; else nobody (the block prints the title only).
qint64 signerId(const MonthlyReportData& data, const Session& session, qint64 issuedBy) {
    if (data.narrative.signerId)
        return data.narrative.signerId;
    if (issuedBy)
        return issuedBy;
    return session.role() == Role::Chief ? session.userId() : 0;
}

} // namespace

Result<MonthlyReportData> loadMonthlyReport(QSqlDatabase db, const Clock& clock,
                                            const Session& session, const QString& month) {
    if (!monthfigures::isValidMonth(month))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("MonthlyReport", "'%1' is not a month (YYYY-MM).")
                .arg(month));
    MonthlyReportData data;
    data.month = month;
    const QDate lastDay = QDate::fromString(monthfigures::lastDay(month), Qt::ISODate);
    auto identity = StationHistoryRepo(db, clock).inForceOn(session, lastDay);
    if (!identity)
        return identity.error();
    data.identity = identity.value().identity;

    const MonthLockRepo locks(db, clock);
    auto reports = locks.reports(session, month);
    if (!reports)
        return reports.error();
    qint64 issuedBy = 0;
    if (reports.value().isEmpty()) {
        auto figures = StatsRepo(db).figures(session, month);
        if (!figures)
            return figures.error();
        data.figures = figures.value();
        auto adjustments = locks.adjustments(session, month);
        if (!adjustments)
            return adjustments.error();
        data.adjustments = adjustments.value();
        data.date = clock.now().toTimeZone(Clock::stationZone()).date();
    } else {
        const MonthReport& latest = reports.value().constLast();
        data.draft = false;
        data.correction = latest.kind == QLatin1String("correction");
        data.number = latest.number;
        data.date = latest.issuedAt.toTimeZone(Clock::stationZone()).date();
        data.figures.month = month;
        data.figures.figures = monthfigures::fromJson(latest.figures);
        data.adjustments = latest.adjustments;
        issuedBy = latest.issuedBy;
        if (data.correction) {
            const MonthReport& original = reports.value().constFirst();
            data.corrects = original.number;
            data.correctsDate = original.issuedAt.toTimeZone(Clock::stationZone()).date();
            data.correctionNote = latest.note;
        }
    }

    auto narrative = ReportNarrativeRepo(db, clock).latest(session, month);
    if (!narrative)
        return narrative.error();
    data.narrative = narrative.value();
    if (const qint64 id = signerId(data, session, issuedBy)) {
        auto signer = ReportNarrativeRepo(db, clock).signer(session, id);
        if (!signer)
            return signer.error();
        data.signer = signer.value();
    }
    auto series = StatsSeriesRepo(db).tipsByChannel(session, month);
    if (!series)
        return series.error();
    data.channels = series.value();
    return data;
}

} // namespace binhyen
