#pragma once

#include "models/domain/Movement.h"
#include "models/domain/Result.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace binhyen {

class Session;

// The series behind the statistics charts (issue 6 item 5) and the charts of the monthly PDF
// report (issue 7). Every series is computed by SQL aggregates (GROUP BY over the month indexes:
// tips_month_stats, tips_received, results_occurred, cases_solved …), never by loading rows or
// recomputing whole months one by one, so it stays fast on a register of 1,000,000 tips.
//
// Months are "YYYY-MM" in station time (Asia/Ho_Chi_Minh), exactly as docs/INDICATORS.md defines
// them: a tip received at 2020-09-30T23:59:59 counts in September, one at 2020-10-01T00:00:00 in
// October. Each value below equals the figure of the same key in MonthlyFigures (StatsRepo) for
// that month — the series are another view of the same definitions, never a second definition.

// One bar / slice: a code (stable, English), its label (Vietnamese for categories, which the
// register stores; empty for the fixed codes, which the UI labels itself through the indicator
// key `keyPrefix + code`), and its value.
struct SeriesItem {
    QString code;
    QString label;
    qint64 value = 0;
};

// Tips received per month and per channel, for the 12 months ending with a month.
struct MonthChannelSeries {
    QStringList months; // 12 × "YYYY-MM", oldest first; the last one is the month asked for
    // channel code (all six of monthfigures::channels(), always present) → 12 counts aligned with
    // `months` (0 for a month without tips). byChannel["zalo"][i] == the figure
    // "tips_by_channel.zalo" of months[i].
    QMap<QString, QList<qint64>> byChannel;
    // The total of each month (== "tips_total" of months[i]).
    QList<qint64> totals() const;
};

// A month's tips by classification and by category.
struct MonthTipBreakdown {
    QString month;
    // The six codes of monthfigures::classifications() in that order ("unclassified" = not
    // classified yet), zeros included; value == "tips_by_classification.<code>".
    QList<SeriesItem> byClassification;
    // Every category of the register (table categories, in its sort order, inactive ones only
    // when they have tips in the month), with its Vietnamese label; zeros included. The values add
    // up to "tips_total".
    QList<SeriesItem> byCategory;
};

// The month's results: the indicator keys below, in this order, each value equal to the figure
// of that key: cases_solved, cases_solved_public_help, suspects_arrested, persons_surrendered,
// lost_persons_found, documents_returned, property_returned, weapons_handed_in (label empty: the
// UI labels them as the statistics table does).
struct MonthResults {
    QString month;
    QList<SeriesItem> items;
    qint64 propertyValueVnd = 0; // "property_value_vnd"
};

// Everything the charts of a month show, computed in one go (what the statistics page's worker
// thread and the PDF report call).
struct MonthCharts {
    MonthChannelSeries channels;
    MonthTipBreakdown tips;
    // Zalo coverage by hamlet on the month's last day (CoverageRepo::on): every hamlet valid
    // then, with or without a Zalo group in force, its households and the households connected.
    Coverage coverage;
    MonthResults results;
};

// Every method needs ReadRecords; an invalid month is InvalidInput.
class StatsSeriesRepo {
public:
    explicit StatsSeriesRepo(QSqlDatabase db);

    // The 12 months ending with `month` (one GROUP BY month, channel query).
    Result<MonthChannelSeries> tipsByChannel(const Session& session, const QString& month) const;
    Result<MonthTipBreakdown> tipBreakdown(const Session& session, const QString& month) const;
    Result<Coverage> coverage(const Session& session, const QString& month) const;
    Result<MonthResults> results(const Session& session, const QString& month) const;
    Result<MonthCharts> charts(const Session& session, const QString& month) const;

    // The 12 months ending with `month`, oldest first.
    static QStringList twelveMonths(const QString& month);

private:
    QSqlDatabase m_db;
};

} // namespace binhyen
