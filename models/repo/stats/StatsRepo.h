#pragma once

#include "models/domain/MonthFacts.h"
#include "models/domain/MonthFigures.h"
#include "models/domain/Result.h"

#include <QSqlDatabase>

namespace binhyen {

class Session;

// Gathers the facts of a month for the statistics (docs/INDICATORS.md): a handful of aggregate
// queries (GROUP BY) on the month indexes — tips_month_stats, tips_forwarded, cases_opened,
// cases_solved, case_persons_*, results_occurred, activities_held, movement_models_type,
// zalo_moderation_date — never loading the rows themselves.
class StatsRepo {
public:
    explicit StatsRepo(QSqlDatabase db);

    // The facts of `month` ("YYYY-MM"). Needs ReadRecords.
    Result<MonthFacts> facts(const Session& session, const QString& month) const;
    // The month's figures with the previous month and the same month a year earlier.
    Result<MonthlyFigures> figures(const Session& session, const QString& month) const;

    // Without a permission check: for MonthLockRepo and the demo, which checked their own.
    Result<MonthFacts> gather(const QString& month) const;
    Result<MonthlyFigures> computeFigures(const QString& month) const;
    // The first month holding any counted record (tips, cases, models, results, activities,
    // moderation); empty when the register holds none.
    Result<QString> firstMonthWithData() const;

private:
    QSqlDatabase m_db;
};

} // namespace binhyen
