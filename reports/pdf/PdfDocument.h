#pragma once

#include "models/domain/Result.h"

#include <QImage>
#include <QMap>
#include <QString>

class QPrinter;

namespace binhyen {

// Page set-up of a report PDF. Defaults follow Nghị định 30/2020/NĐ-CP: A4 portrait, margins
// top/bottom 20 mm, left 30 mm, right 15 mm, page numbers centred in the top margin from page 2.
struct PdfPageSetup {
    qreal marginTopMm = 20;
    qreal marginBottomMm = 20;
    qreal marginLeftMm = 30;
    qreal marginRightMm = 15;
    bool pageNumbers = true;
    int firstNumberedPage = 2;
    QString watermark; // drawn across every page when not empty (e.g. "DỰ THẢO" for drafts)
    QString title;     // PDF metadata
    QString creator = QStringLiteral("BinhYen");
    qreal fontPointSize = 13; // the default font: embedded Tinos
    bool ownerOnly = false;   // create the file readable by its owner only (secrets)
    // Images the HTML shows by name (<img src="name" width=… height=…>): charts drawn by us.
    QMap<QString, QImage> images;
};

// User text (names, notes, addresses…) made safe for the HTML given to writeHtmlPdf: printed
// literally ("<b>" stays "<b>"), NFC-normalised, line breaks kept. Use it for every value that did
// not come from our own source code.
QString htmlText(const QString& userText);

// Prints HTML (QTextDocument's subset: tables, <p>, <b>, CSS font sizes in pt; lengths in px are
// CSS pixels, 1/96 inch) to an A4 PDF at outputPath with exact margins and the embedded font.
// Writes a temporary file next to outputPath and renames it on success: on failure nothing is left
// behind and an existing file is untouched. Needs a QGuiApplication (offscreen is fine).
Result<void> writeHtmlPdf(const QString& html, const QString& outputPath,
                          const PdfPageSetup& setup = {});

// Prints the same HTML to a printer, laid out exactly as writeHtmlPdf lays it out (A4, the same
// margins, font, watermark and page numbers; the printer's own margins are set to zero and the
// setup's margins drawn by us). The printer must be valid (a chosen, ready QPrinter); its page
// size is set to A4. setup.ownerOnly is ignored (no file). Needs a QGuiApplication.
Result<void> printHtml(const QString& html, QPrinter& printer, const PdfPageSetup& setup = {});

} // namespace binhyen
