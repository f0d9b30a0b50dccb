#pragma once

#include <QString>
#include <QStringList>

// Reading PDFs back in tests with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm).
namespace binhyen::test {

// Runs a program; its standard output, or an empty text when it failed.
QString runTool(const QString& program, const QStringList& args,
                const QStringList& environment = {});
// The text of the PDF laid out (pdftotext -layout), or in content-stream order (raw: -raw, where
// diagonal text such as a watermark comes out whole); pages firstPage…lastPage when given.
QString pdfText(const QString& pdf, int firstPage = 0, int lastPage = 0, bool raw = false);
// The text with every line's spaces collapsed and empty lines removed: what a golden file holds.
QStringList normalisedLines(const QString& text);
// The page count (pdfinfo).
int pdfPageCount(const QString& pdf);
// The fonts (pdffonts): one entry per font, "name type emb" as pdffonts prints them.
QStringList pdfFonts(const QString& pdf);

} // namespace binhyen::test
