#pragma once

#include "reports/monthly/MonthlyReportData.h"

#include <QImage>
#include <QSizeF>

// The charts of the monthly report, painted with the embedded report font into images the PDF
// embeds (print resolution). Plain shapes and the printable palette of the report: readable in
// black and white (each series has its own fill pattern as well as its colour).
namespace binhyen::reportcharts {

// The size the report gives a chart, in CSS pixels (1/96 inch) of the report's layout.
QSizeF chartSize();

// Stacked bars: tips per month by channel, with a legend and the total above each bar. Months
// with no tip have no bar (the axis still shows them). Needs a QGuiApplication.
QImage channelChart(const MonthChannelSeries& series);

} // namespace binhyen::reportcharts
