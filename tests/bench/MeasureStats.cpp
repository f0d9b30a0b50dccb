#include "tests/bench/MeasureStats.h"

#include "models/repo/stats/StatsRepo.h"
#include "models/repo/stats/StatsSeriesRepo.h"
#include "reports/monthly/MonthlyReport.h"
#include "reports/monthly/MonthlyReportSource.h"
#include "tests/bench/BenchCommon.h"

#include <QFile>
#include <QFileInfo>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr int kFigureRuns = 15;
constexpr int kChartRuns = 15;
constexpr int kPdfRuns = 5;

} // namespace

Result<void> measureStatistics(Side& encrypted, Side* plain, const QString& month,
                               const QString& tempDir, QJsonObject& result) {
    note(u"one month's statistics…"_s);
    auto figures = sideBySide(encrypted, plain, [&](Side& side) {
        return measure(kFigureRuns, [&]() -> Result<void> {
            auto f = StatsRepo(side.db()).figures(side.session, month);
            return f ? Result<void>() : f.error();
        });
    });
    if (!figures)
        return figures.error();
    result.insert(u"stats_month_figures"_s, figures.value());

    note(u"12 months of chart data…"_s);
    auto charts = sideBySide(encrypted, plain, [&](Side& side) {
        return measure(kChartRuns, [&]() -> Result<void> {
            auto c = StatsSeriesRepo(side.db()).charts(side.session, month);
            return c ? Result<void>() : c.error();
        });
    });
    if (!charts)
        return charts.error();
    result.insert(u"stats_charts_12_months"_s, charts.value());

    note(u"monthly PDF with charts…"_s);
    SystemClock clock;
    qint64 pdfBytes = 0;
    auto pdf = sideBySide(encrypted, plain, [&](Side& side) {
        const QString path = tempDir + u"/monthly-"_s + side.name + u".pdf"_s;
        auto runs = measure(kPdfRuns, [&]() -> Result<void> {
            auto data = loadMonthlyReport(side.db(), clock, side.session, month);
            if (!data)
                return data.error();
            return writeMonthlyReportPdf(data.value(), path);
        });
        pdfBytes = QFileInfo(path).size();
        QFile::remove(path);
        return runs;
    });
    if (!pdf)
        return pdf.error();
    QJsonObject pdfObject = pdf.value();
    pdfObject.insert(u"pdf_bytes"_s, pdfBytes);
    result.insert(u"monthly_pdf_with_charts"_s, pdfObject);
    result.insert(u"stats_month"_s, month);
    return {};
}

} // namespace binhyen::bench
