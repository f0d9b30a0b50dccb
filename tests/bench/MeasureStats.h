#pragma once

#include "tests/bench/MeasureCore.h"

namespace binhyen::bench {

// The statistics and the monthly report of `month` ("YYYY-MM", a month with data), each run on
// the encrypted register and its twin:
// - "stats_month_figures": StatsRepo::figures (the month, the month before, a year before);
// - "stats_charts_12_months": StatsSeriesRepo::charts (12 months by channel, the month's
//   breakdown, coverage, results);
// - "monthly_pdf_with_charts": loadMonthlyReport + writeMonthlyReportPdf to a temporary file.
// Needs a QGuiApplication (the PDF).
Result<void> measureStatistics(Side& encrypted, Side* plain, const QString& month,
                               const QString& tempDir, QJsonObject& result);

} // namespace binhyen::bench
