#pragma once

#include "models/repo/stats/StatsSeriesRepo.h"

#include <QWidget>

class QChartView;
class QLabel;

namespace binhyen::ui {

// The charts of a month's statistics (Qt Charts), from the series StatsSeriesRepo computed in
// the statistics page's worker thread: tips per month by channel over 12 months (stacked bars;
// clicking a bar asks for the records behind it), the month's tips by classification (pie) and
// by category (bars), the Zalo coverage by hamlet (households connected / not connected) and the
// month's results. Vietnamese axis titles and legends; months as MM/yyyy.
class StatsChartsPanel : public QWidget {
    Q_OBJECT
public:
    explicit StatsChartsPanel(QWidget* parent = nullptr);

    void setCharts(const MonthCharts& charts);
    const MonthCharts& charts() const { return m_charts; }

    // The chart views (objectNames channelChart, classificationChart, categoryChart,
    // coverageChart, resultsChart).
    QChartView* channelChart() const { return m_channel; }
    QChartView* classificationChart() const { return m_classification; }
    QChartView* categoryChart() const { return m_category; }
    QChartView* coverageChart() const { return m_coverage; }
    QChartView* resultsChart() const { return m_results; }

Q_SIGNALS:
    // A bar of the channel chart was clicked: the figure "tips_by_channel.<channel>" of `month`.
    void drillRequested(const QString& month, const QString& key);

private:
    void showChannels();
    void showClassifications();
    void showCategories();
    void showCoverage();
    void showResults();

    MonthCharts m_charts;
    QChartView* m_channel = nullptr;
    QChartView* m_classification = nullptr;
    QChartView* m_category = nullptr;
    QChartView* m_coverage = nullptr;
    QChartView* m_results = nullptr;
    QLabel* m_coverageSummary = nullptr;
};

} // namespace binhyen::ui
