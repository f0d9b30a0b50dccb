#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

// Writing CSV files for spreadsheets (issue 6 item 6). Pure functions, no database, no UI.
//
// The bytes are UTF-8 with a byte order mark (so Excel on Windows shows Vietnamese instead of
// guessing the ANSI code page), records end with CRLF, and a field is quoted ("…", a quote
// doubled) when it holds the separator, a quote, a line break, or space at either end.
//
// Formula injection: a spreadsheet runs a cell that begins with = + - @ (and, in some programs,
// tab or carriage return) as a formula — `=HYPERLINK(…)`, `=cmd|…`. Every such cell is
// neutralised by prefixing a single quote ('), also when the dangerous character comes after
// leading spaces, and for the full-width ＝ and ＋ some spreadsheets also accept. Excel takes a
// leading quote as "this cell is text" and does not show it, so a phone number such as "+84 909 123
// 456" still reads "+84 909 123 456" (as text, not as the number 84909123456); "-5" stays the text
// -5 (not a number). Other programs (a text editor, LibreOffice with "quoted field as text" off)
// show the quote. BinhYen's own CsvReader reads the quote back as part of the value: the export is
// meant for people, not for re-import.
namespace binhyen {

struct CsvExportOptions {
    QChar separator = QLatin1Char(',');
    bool byteOrderMark = true;
};

// The cell with a quote in front when a spreadsheet would take it as a formula; else unchanged.
QString neutraliseFormula(const QString& cell);
// True when neutraliseFormula() changes the cell.
bool looksLikeFormula(const QString& cell);
// One field as written in the file: neutralised, then quoted when needed.
QString csvField(const QString& cell, QChar separator = QLatin1Char(','));
// One record: the fields joined by the separator, ended by CRLF.
QString csvRecord(const QStringList& cells, QChar separator = QLatin1Char(','));
// The whole file: the BOM (unless switched off), then every record (the header is just the
// first), UTF-8.
QByteArray csvExport(const QList<QStringList>& records, const CsvExportOptions& options = {});

} // namespace binhyen
