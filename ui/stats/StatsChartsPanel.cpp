#include "ui/stats/StatsChartsPanel.h"

#include "models/domain/Labels.h"
#include "models/domain/MonthFigures.h"
#include "reports/stats/IndicatorCatalog.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QVBoxLayout>
#include <QValueAxis>

namespace binhyen::ui {

namespace {

QString monthText(const QString& month) { // "YYYY-MM" → "MM/yyyy"
    return month.mid(5, 2) + QLatin1Char('/') + month.left(4);
}

// An indicator's label without the table's leading dash ("— by phone" → "by phone").
QString shortLabel(const QString& key) {
    QString text = indicatorcatalog::label(key);
    if (text.startsWith(QStringLiteral("— ")))
        text = text.mid(2);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QChartView* newView(const QString& name, QWidget* parent, int height) {
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(height);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    view->chart()->setAnimationOptions(QChart::NoAnimation);
    return view;
}

// A fresh chart in `view` with `title` (the old one is deleted with its series and axes).
QChart* reset(QChartView* view, const QString& title) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
    return chart;
}

// A value axis of whole numbers from 0, with a little room above the highest bar.
QValueAxis* countAxis(qint64 max, const QString& title) {
    auto* axis = new QValueAxis;
    axis->setLabelFormat(QStringLiteral("%d"));
    const qint64 top = std::max<qint64>(4, max + (max + 9) / 10);
    axis->setRange(0, double(top));
    axis->setTickCount(int(std::min<qint64>(top, 5)) + 1);
    axis->applyNiceNumbers();
    axis->setTitleText(title);
    return axis;
}

} // namespace

StatsChartsPanel::StatsChartsPanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("statsCharts"));
    auto* column = new QVBoxLayout(this);
    m_channel = newView(QStringLiteral("channelChart"), this, 340);
    m_classification = newView(QStringLiteral("classificationChart"), this, 320);
    m_category = newView(QStringLiteral("categoryChart"), this, 320);
    m_coverageSummary = new QLabel(this);
    m_coverageSummary->setObjectName(QStringLiteral("coverageSummary"));
    m_coverageSummary->setWordWrap(true);
    m_coverage = newView(QStringLiteral("coverageChart"), this, 500);
    m_results = newView(QStringLiteral("resultsChart"), this, 320);
    m_channel->setToolTip(tr("Click a bar to list the tips behind it."));
    // One chart a row, the whole width: the Vietnamese names of categories, hamlets and
    // results are long, and Qt Charts elides what does not fit.
    column->addWidget(m_channel);
    column->addWidget(m_classification);
    column->addWidget(m_category);
    column->addWidget(m_results);
    column->addWidget(m_coverageSummary);
    column->addWidget(m_coverage);
}

void StatsChartsPanel::setCharts(const MonthCharts& charts) {
    m_charts = charts;
    showChannels();
    showClassifications();
    showCategories();
    showCoverage();
    showResults();
}

void StatsChartsPanel::showChannels() {
    const MonthChannelSeries& s = m_charts.channels;
    QChart* chart =
        reset(m_channel, tr("Tips received per month by channel (12 months to %1)")
                             .arg(s.months.isEmpty() ? QString() : monthText(s.months.last())));
    auto* series = new QStackedBarSeries;
    for (const QString& channel : monthfigures::channels()) {
        auto* set = new QBarSet(channelLabel(channel));
        set->setObjectName(channel);
        for (qint64 n : s.byChannel.value(channel))
            *set << double(n);
        connect(set, &QBarSet::clicked, this, [this, channel](int index) {
            if (index >= 0 && index < m_charts.channels.months.size())
                Q_EMIT drillRequested(m_charts.channels.months.at(index),
                                      QStringLiteral("tips_by_channel.") + channel);
        });
        series->append(set);
    }
    chart->addSeries(series);
    QStringList months;
    for (const QString& m : s.months)
        months << monthText(m);
    auto* x = new QBarCategoryAxis;
    x->append(months);
    x->setTitleText(tr("Month"));
    qint64 max = 0;
    for (qint64 t : s.totals())
        max = std::max(max, t);
    auto* y = countAxis(max, tr("Tips"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

void StatsChartsPanel::showClassifications() {
    QChart* chart = reset(m_classification,
                          tr("Tips of %1 by classification").arg(monthText(m_charts.tips.month)));
    auto* series = new QPieSeries;
    qint64 total = 0;
    for (const SeriesItem& i : m_charts.tips.byClassification) {
        total += i.value;
        auto* slice = series->append(
            tr("%1: %2").arg(shortLabel(QStringLiteral("tips_by_classification.") + i.code),
                             indicatorcatalog::number(i.value)),
            double(i.value));
        slice->setObjectName(i.code);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    if (total == 0)
        chart->setTitle(
            tr("Tips of %1 by classification: none").arg(monthText(m_charts.tips.month)));
}

void StatsChartsPanel::showCategories() {
    QChart* chart =
        reset(m_category, tr("Tips of %1 by category").arg(monthText(m_charts.tips.month)));
    auto* set = new QBarSet(tr("Tips"));
    QStringList labels;
    qint64 max = 0;
    // Bottom to top in a horizontal chart: reversed so that the first category is on top.
    for (auto it = m_charts.tips.byCategory.crbegin(); it != m_charts.tips.byCategory.crend();
         ++it) {
        labels << it->label;
        *set << double(it->value);
        max = std::max(max, it->value);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    auto* x = countAxis(max, tr("Tips"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
    m_category->setMinimumHeight(std::max(320, int(labels.size()) * 26 + 120));
}

void StatsChartsPanel::showCoverage() {
    const Coverage& c = m_charts.coverage;
    QChart* chart =
        reset(m_coverage,
              tr("Zalo groups by hamlet on %1").arg(c.date.toString(QStringLiteral("dd/MM/yyyy"))));
    m_coverageSummary->setText(
        tr("%1 of %2 hamlets have a Zalo group in force; %3 of %4 households are connected.")
            .arg(c.hamletsWithGroup)
            .arg(c.hamlets)
            .arg(indicatorcatalog::number(c.householdsConnected),
                 indicatorcatalog::number(c.householdsTotal)));
    auto* connected = new QBarSet(tr("Households connected (hamlet with a group)"));
    connected->setObjectName(QStringLiteral("connected"));
    auto* notConnected = new QBarSet(tr("Households not connected"));
    notConnected->setObjectName(QStringLiteral("notConnected"));
    auto* without = new QBarSet(tr("Hamlet without a group (households)"));
    without->setObjectName(QStringLiteral("withoutGroup"));
    QStringList names;
    qint64 max = 0;
    // Top to bottom in the hamlets' order: a horizontal chart draws its first category lowest.
    for (auto it = c.rows.crbegin(); it != c.rows.crend(); ++it) {
        const CoverageRow& r = *it;
        names << r.kindLabel + QLatin1Char(' ') + r.name;
        const int in = std::min(r.householdsConnected, r.households);
        if (r.groupId != 0) {
            *connected << double(in);
            *notConnected << double(r.households - in);
            *without << 0.0;
        } else {
            *connected << 0.0;
            *notConnected << 0.0;
            *without << double(r.households);
        }
        max = std::max<qint64>(max, std::max(r.households, r.householdsConnected));
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(connected);
    series->append(notConnected);
    series->append(without);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    auto* x = countAxis(max, tr("Households"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    // Qt Charts elides a category label taller than its band: about 26 pixels a hamlet.
    m_coverage->setMinimumHeight(std::max(360, int(c.rows.size()) * 26 + 160));
}

void StatsChartsPanel::showResults() {
    const MonthResults& r = m_charts.results;
    QChart* chart = reset(
        m_results, tr("Results of %1 (property returned worth %2 đồng)")
                       .arg(monthText(r.month), indicatorcatalog::number(r.propertyValueVnd)));
    auto* set = new QBarSet(tr("Results"));
    QStringList labels;
    qint64 max = 0;
    for (auto it = r.items.crbegin(); it != r.items.crend(); ++it) {
        labels << shortLabel(it->code);
        *set << double(it->value);
        max = std::max(max, it->value);
    }
    auto* series = new QHorizontalBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    auto* x = countAxis(max, tr("Number"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->hide();
}

} // namespace binhyen::ui
