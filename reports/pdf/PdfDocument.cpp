#include "reports/pdf/PdfDocument.h"

#include "reports/pdf/ReportFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>
#include <QtMath>
#include <cmath>

namespace binhyen {

namespace {

constexpr int kPdfDpi = 1200;      // device units of the PDF; text and lines are vector anyway
constexpr qreal kLayoutDpi = 96.0; // the document is laid out in CSS pixels, then scaled
constexpr qreal kMmPerInch = 25.4;

qreal mmToLayout(qreal mm) {
    return mm / kMmPerInch * kLayoutDpi;
}

qreal mmToDevice(qreal mm, qreal dpi) {
    return mm / kMmPerInch * dpi;
}

// QTextDocument draws every line of a paragraph that straddles a page break on both pages and
// relies on the clip to hide the extra lines; a PDF keeps such hidden text (search, copy and
// pdftotext see it twice). This device forwards painting to the real PDF painter, clipped to the
// page band, and drops text whose baseline lies outside the band.
class BandEngine final : public QPaintEngine {
public:
    BandEngine()
        : QPaintEngine(QPaintEngine::AllFeatures) {}
    QPainter* target = nullptr;
    qreal bandTop = 0;
    qreal bandBottom = 0;

    bool begin(QPaintDevice*) override { return true; }
    bool end() override { return true; }
    Type type() const override { return QPaintEngine::User; }
    void updateState(const QPaintEngineState& s) override {
        const DirtyFlags f = s.state();
        if (f & DirtyTransform)
            target->setTransform(s.transform());
        if (f & DirtyPen)
            target->setPen(s.pen());
        if (f & DirtyBrush)
            target->setBrush(s.brush());
        if (f & DirtyBrushOrigin)
            target->setBrushOrigin(s.brushOrigin());
        if (f & DirtyFont)
            target->setFont(s.font());
        if (f & DirtyBackground)
            target->setBackground(s.backgroundBrush());
        if (f & DirtyBackgroundMode)
            target->setBackgroundMode(s.backgroundMode());
        if (f & DirtyHints)
            target->setRenderHints(s.renderHints());
        if (f & DirtyOpacity)
            target->setOpacity(s.opacity());
    }
    void drawTextItem(const QPointF& p, const QTextItem& item) override {
        const qreal baseline = state->transform().map(p).y();
        if (baseline >= bandTop && baseline <= bandBottom)
            target->drawTextItem(p, item);
    }
    void drawPath(const QPainterPath& path) override { target->drawPath(path); }
    void drawPolygon(const QPointF* points, int count, PolygonDrawMode mode) override {
        if (mode == PolylineMode)
            target->drawPolyline(points, count);
        else
            target->drawPolygon(points, count,
                                mode == WindingMode ? Qt::WindingFill : Qt::OddEvenFill);
    }
    void drawRects(const QRectF* rects, int count) override { target->drawRects(rects, count); }
    void drawLines(const QLineF* lines, int count) override { target->drawLines(lines, count); }
    void drawEllipse(const QRectF& rect) override { target->drawEllipse(rect); }
    void drawPoints(const QPointF* points, int count) override {
        target->drawPoints(points, count);
    }
    void drawPixmap(const QRectF& r, const QPixmap& pm, const QRectF& sr) override {
        target->drawPixmap(r, pm, sr);
    }
    void drawImage(const QRectF& r, const QImage& image, const QRectF& sr,
                   Qt::ImageConversionFlags flags) override {
        target->drawImage(r, image, sr, flags);
    }
    void drawTiledPixmap(const QRectF& r, const QPixmap& pm, const QPointF& s) override {
        target->drawTiledPixmap(r, pm, s);
    }
};

class BandDevice final : public QPaintDevice {
public:
    explicit BandDevice(const QPaintDevice& like)
        : m_like(like) {}
    BandEngine* engine() { return &m_engine; }
    QPaintEngine* paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric m) const override {
        switch (m) {
        case PdmWidth:
            return m_like.width();
        case PdmHeight:
            return m_like.height();
        case PdmWidthMM:
            return m_like.widthMM();
        case PdmHeightMM:
            return m_like.heightMM();
        case PdmNumColors:
            return m_like.colorCount();
        case PdmDepth:
            return m_like.depth();
        case PdmDpiX:
        case PdmPhysicalDpiX:
            return m_like.logicalDpiX();
        case PdmDpiY:
        case PdmPhysicalDpiY:
            return m_like.logicalDpiY();
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    const QPaintDevice& m_like;
    mutable BandEngine m_engine;
};

void drawWatermark(QPainter& painter, const QPaintDevice& writer, const QString& text) {
    const qreal width = writer.width();
    const qreal height = writer.height();
    const qreal diagonal = std::hypot(width, height);
    QFont font = reportFont(72);
    font.setBold(true);
    const qreal advance = QFontMetricsF(font, &writer).horizontalAdvance(text);
    if (advance > 0)
        font.setPointSizeF(qBound(24.0, 72 * 0.6 * diagonal / advance, 120.0));
    painter.save();
    painter.setFont(font);
    painter.setPen(QColor(210, 210, 210));
    painter.translate(width / 2, height / 2);
    painter.rotate(-qRadiansToDegrees(std::atan2(height, width)));
    painter.drawText(QRectF(-diagonal / 2, -height / 4, diagonal, height / 2), Qt::AlignCenter,
                     text);
    painter.restore();
}

void drawPageNumber(QPainter& painter, const PdfPageSetup& setup, const QPaintDevice& writer,
                    int number) {
    const qreal dpi = writer.logicalDpiY();
    painter.save();
    painter.setFont(reportFont(setup.fontPointSize));
    painter.setPen(Qt::black);
    const qreal left = mmToDevice(setup.marginLeftMm, dpi);
    const QRectF band(left, 0, writer.width() - left - mmToDevice(setup.marginRightMm, dpi),
                      mmToDevice(setup.marginTopMm, dpi));
    painter.drawText(band, Qt::AlignCenter, QString::number(number));
    painter.restore();
}

Error writeError(const QString& path, const QString& detail) {
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("PdfDocument", "Cannot write the PDF file %1.")
                         .arg(QDir::toNativeSeparators(path)),
                     detail);
}

Error printError(const QString& detail) {
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("PdfDocument", "Cannot print the document."),
                     detail);
}

// Lays the HTML out on A4 pages of the setup's body size and paints them on `device` (a PDF
// writer or a printer set to A4 with zero margins, full page). The one layout both share.
// Returns an empty text on success, else the technical detail of the failure.
QString paintHtml(const QString& html, QPagedPaintDevice& device, const PdfPageSetup& setup) {
    const QString family = reportFontFamily();
    if (family.isEmpty())
        return QStringLiteral("embedded font :/fonts/Tinos-*.ttf missing");

    // Lay out against a 96-dpi PDF device (not the screen): the same result on every PC.
    QBuffer layoutSink;
    layoutSink.open(QIODevice::WriteOnly);
    QPdfWriter layoutDevice(&layoutSink);
    layoutDevice.setResolution(int(kLayoutDpi));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&layoutDevice);
    doc.setUseDesignMetrics(true);
    doc.setDocumentMargin(0);
    doc.setDefaultFont(reportFont(setup.fontPointSize));
    doc.setDefaultStyleSheet(
        QStringLiteral("pre, tt, code, kbd, samp { font-family: '%1'; }").arg(family));
    for (auto it = setup.images.cbegin(); it != setup.images.cend(); ++it)
        doc.addResource(QTextDocument::ImageResource, QUrl(it.key()), it.value());
    doc.setHtml(html);

    const QSizeF pageMm = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const QSizeF body(mmToLayout(pageMm.width() - setup.marginLeftMm - setup.marginRightMm),
                      mmToLayout(pageMm.height() - setup.marginTopMm - setup.marginBottomMm));
    doc.setPageSize(body); // our own page size: Qt adds no margins or numbers of its own
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(&device))
        return QStringLiteral("cannot start painting");
    const qreal dpi = device.logicalDpiY();
    const qreal scale = dpi / kLayoutDpi;
    const qreal left = mmToLayout(setup.marginLeftMm);
    const qreal bandTop = mmToDevice(setup.marginTopMm, dpi);
    BandDevice band(device);
    band.engine()->target = &painter;
    band.engine()->bandTop = bandTop;
    band.engine()->bandBottom = bandTop + body.height() * scale;
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return QStringLiteral("cannot start page %1").arg(page + 1);
        if (!setup.watermark.isEmpty())
            drawWatermark(painter, device, setup.watermark);
        painter.save();
        // The page band, sideways to the paper edge so italic overhang survives.
        painter.setClipRect(QRectF(0, bandTop, device.width(), body.height() * scale));
        QPainter bandPainter(&band);
        bandPainter.scale(scale, scale);
        const qreal pageTop = page * body.height();
        bandPainter.translate(left, mmToLayout(setup.marginTopMm) - pageTop);
        doc.drawContents(&bandPainter,
                         QRectF(-left, pageTop, mmToLayout(pageMm.width()), body.height()));
        bandPainter.end();
        painter.restore();
        if (setup.pageNumbers && page + 1 >= setup.firstNumberedPage)
            drawPageNumber(painter, setup, device, page + 1);
    }
    if (!painter.end())
        return QStringLiteral("cannot finish painting");
    return {};
}

} // namespace

QString htmlText(const QString& userText) {
    QString text = userText.normalized(QString::NormalizationForm_C);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text = text.toHtmlEscaped();
    text.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return text;
}

Result<void> writeHtmlPdf(const QString& html, const QString& outputPath,
                          const PdfPageSetup& setup) {
    if (reportFontFamily().isEmpty())
        return writeError(outputPath, QStringLiteral("embedded font :/fonts/Tinos-*.ttf missing"));

    QSaveFile file(outputPath);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(outputPath, file.errorString());
    if (setup.ownerOnly)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    {
        QPdfWriter writer(&file);
        writer.setResolution(kPdfDpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(setup.title);
        writer.setCreator(setup.creator);
        const QString failure = paintHtml(html, writer, setup);
        if (!failure.isEmpty())
            return writeError(outputPath,
                              file.errorString().isEmpty() ? failure : file.errorString());
    }
    if (!file.commit())
        return writeError(outputPath, file.errorString());
    return {};
}

Result<void> printHtml(const QString& html, QPrinter& printer, const PdfPageSetup& setup) {
    if (!printer.isValid())
        return printError(QStringLiteral("invalid printer"));
    printer.setFullPage(true); // coordinates from the paper's corner, as in the PDF
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    if (printer.docName().isEmpty())
        printer.setDocName(setup.title);
    printer.setCreator(setup.creator);
    const QString failure = paintHtml(html, printer, setup);
    if (!failure.isEmpty())
        return printError(failure);
    return {};
}

} // namespace binhyen
