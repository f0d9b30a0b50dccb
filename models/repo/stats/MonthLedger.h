#pragma once

#include "models/domain/MonthFacts.h"
#include "models/domain/MonthFigures.h"
#include "models/domain/Result.h"
#include "models/repo/stats/StatsRepo.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QSqlDatabase>

namespace binhyen {

// The issued month reports in memory, with a cache of each month's facts: what MonthLockRepo
// needs to compute adjustments (docs/INDICATORS.md "Adjustments") without recounting a month
// twice. Internal to models/repo/stats; no permission checks (the repo checks).
class MonthLedger {
public:
    struct Issued {
        qint64 id = 0;
        QString month;
        QString kind;                 // original | correction
        QMap<QString, qint64> values; // the issued values, by key path
        QList<FigureDifference> adjustments;
    };

    explicit MonthLedger(QSqlDatabase db);

    Result<void> loadReports();
    const QList<Issued>& reports() const { return m_reports; }
    bool isLocked(const QString& month) const;

    Result<MonthFacts> facts(const QString& month);
    Result<MonthlyFigures> figures(const QString& month);
    Result<QMap<QString, qint64>> values(const QString& month);

    // The adjustments a report of `month` shows: for each locked month L < month, its values now
    // minus (its latest issued figures + the adjustments for L shown by originals issued after
    // them for months before `month`).
    Result<QList<FigureDifference>> pending(const QString& month);
    // For a correction of the locked `month`: its values now minus its latest issued figures.
    Result<QList<FigureDifference>> sinceLatest(const QString& month, qint64* latestId,
                                                qint64* originalId);

    // Stores a report (next number in the year of `at`) and keeps it in memory.
    Result<qint64> insert(const QString& month, const QString& kind, const MonthlyFigures& figures,
                          const QList<FigureDifference>& adjustments, const QDateTime& at,
                          qint64 issuedBy, qint64 refersTo, const QString& note, QString* number);

private:
    const Issued* latest(const QString& month) const;

    QSqlDatabase m_db;
    StatsRepo m_stats;
    QList<Issued> m_reports; // by id
    QMap<QString, MonthFacts> m_facts;
};

} // namespace binhyen
