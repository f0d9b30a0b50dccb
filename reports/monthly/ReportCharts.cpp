#include "reports/monthly/ReportCharts.h"

#include "models/domain/Labels.h"
#include "models/domain/MonthFigures.h"
#include "reports/pdf/ReportFonts.h"
#include "reports/stats/IndicatorCatalog.h"

#include <QCoreApplication>
#include <QDate>
#include <QPainter>
#include <QtMath>

namespace binhyen::reportcharts {

namespace {

constexpr qreal kScale = 3.0; // image pixels per layout pixel (288 dpi)

struct Style {
    QColor colour;
    Qt::BrushStyle pattern;
};

Style styleOf(int index) {
    static const Style styles[] = {
        {QColor(0x1f, 0x4e, 0x79), Qt::SolidPattern}, {QColor(0xc0, 0x50, 0x4d), Qt::BDiagPattern},
        {QColor(0x4f, 0x81, 0x3d), Qt::SolidPattern}, {QColor(0xe3, 0x9b, 0x25), Qt::FDiagPattern},
        {QColor(0x7f, 0x60, 0x84), Qt::CrossPattern}, {QColor(0x80, 0x80, 0x80), Qt::Dense4Pattern},
    };
    return styles[index % int(std::size(styles))];
}

void fillBox(QPainter& p, const QRectF& r, const Style& s) {
    p.fillRect(r, s.pattern == Qt::SolidPattern ? s.colour : s.colour.lighter(170));
    if (s.pattern != Qt::SolidPattern)
        p.fillRect(r, QBrush(s.colour, s.pattern));
    p.setPen(QPen(Qt::black, 0.6));
    p.drawRect(r);
}

// The grid step (1, 2, 5, 10, 20, 50 …) that gives at most five lines up to `top`.
qint64 gridStep(qint64 top) {
    qint64 mantissa = 1;
    qint64 base = 1;
    while (top / (mantissa * base) > 5) {
        if (mantissa == 1) {
            mantissa = 2;
        } else if (mantissa == 2) {
            mantissa = 5;
        } else {
            mantissa = 1;
            base *= 10;
        }
    }
    return mantissa * base;
}

QString monthLabel(const QString& month) {
    const QDate d = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return d.toString(QStringLiteral("MM/yy"));
}

} // namespace

QSizeF chartSize() {
    return {600, 300};
}

QImage channelChart(const MonthChannelSeries& series) {
    const QSizeF size = chartSize();
    QImage image((size * kScale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(kScale, kScale);

    const QStringList channels = monthfigures::channels();
    const QList<qint64> totals = series.totals();
    qint64 top = 1;
    for (qint64 t : totals)
        top = qMax(top, t);
    const qint64 step = gridStep(top);
    const qint64 axisTop = ((top + step - 1) / step) * step;

    QFont font = reportFont(9);
    p.setFont(font);
    const QRectF plot(34, 22, size.width() - 34 - 10, size.height() - 22 - 64);

    // Title.
    QFont bold = font;
    bold.setBold(true);
    bold.setPointSizeF(10);
    p.setFont(bold);
    p.drawText(QRectF(0, 0, size.width(), 18), Qt::AlignCenter,
               QCoreApplication::translate("MonthlyReport", "Tips received per month, by channel"));
    p.setFont(font);

    // Grid and the value axis.
    for (qint64 v = 0; v <= axisTop; v += step) {
        const qreal y = plot.bottom() - plot.height() * qreal(v) / qreal(axisTop);
        p.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), 0.5));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - 7, plot.left() - 4, 14), Qt::AlignRight | Qt::AlignVCenter,
                   indicatorcatalog::number(v));
    }
    p.setPen(QPen(Qt::black, 0.8));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Bars.
    const int n = qMax(1, int(series.months.size()));
    const qreal slot = plot.width() / n;
    const qreal barWidth = slot * 0.6;
    for (int i = 0; i < series.months.size(); ++i) {
        const qreal x = plot.left() + slot * i + (slot - barWidth) / 2;
        qreal y = plot.bottom();
        for (int c = 0; c < channels.size(); ++c) {
            const qint64 v = series.byChannel.value(channels.at(c)).value(i);
            if (v <= 0)
                continue;
            const qreal h = plot.height() * qreal(v) / qreal(axisTop);
            fillBox(p, QRectF(x, y - h, barWidth, h), styleOf(c));
            y -= h;
        }
        p.setPen(Qt::black);
        if (totals.at(i) > 0)
            p.drawText(QRectF(x - 10, y - 14, barWidth + 20, 13), Qt::AlignCenter,
                       indicatorcatalog::number(totals.at(i)));
        p.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 2, slot, 14), Qt::AlignCenter,
                   monthLabel(series.months.at(i)));
    }

    // Legend: two rows of three under the axis.
    const qreal legendTop = plot.bottom() + 22;
    const qreal columnWidth = size.width() / 3;
    for (int c = 0; c < channels.size(); ++c) {
        const qreal x = 20 + columnWidth * (c % 3);
        const qreal y = legendTop + 18 * (c / 3);
        fillBox(p, QRectF(x, y + 2, 14, 10), styleOf(c));
        p.setPen(Qt::black);
        p.drawText(QRectF(x + 20, y, columnWidth - 26, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   channelLabel(channels.at(c)));
    }
    p.end();
    return image;
}

} // namespace binhyen::reportcharts
