#include "reports/stats/MonthlyStatistics.h"

#include "models/repo/stats/MonthLockRepo.h"
#include "models/repo/stats/StatsRepo.h"

namespace binhyen {

MonthlyStatistics::MonthlyStatistics(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

QJsonObject MonthlyStatistics::assemble(const QString& month, const QJsonObject& figures,
                                        bool locked, const QString& number,
                                        const QList<FigureDifference>& adjustments) {
    QJsonObject doc = figures;
    doc.insert(QStringLiteral("format"), kFormat);
    doc.insert(QStringLiteral("month"), month);
    doc.insert(QStringLiteral("locked"), locked);
    if (locked)
        doc.insert(QStringLiteral("number"), number);
    if (!adjustments.isEmpty())
        doc.insert(QStringLiteral("adjustments"), monthfigures::toJson(adjustments));
    return doc;
}

Result<QJsonObject> MonthlyStatistics::document(const Session& session,
                                                const QString& month) const {
    const MonthLockRepo locks(m_db, m_clock);
    auto reports = locks.reports(session, month);
    if (!reports)
        return reports.error();
    auto adjustments = locks.adjustments(session, month);
    if (!adjustments)
        return adjustments.error();
    if (!reports.value().isEmpty()) {
        const MonthReport& latest = reports.value().constLast();
        return assemble(month, latest.figures, true, latest.number, adjustments.value());
    }
    auto figures = StatsRepo(m_db).figures(session, month);
    if (!figures)
        return figures.error();
    return assemble(month, monthfigures::toJson(figures.value()), false, QString(),
                    adjustments.value());
}

} // namespace binhyen
