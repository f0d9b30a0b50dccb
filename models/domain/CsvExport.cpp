#include "models/domain/CsvExport.h"

namespace binhyen {

namespace {

bool isTrigger(QChar c) {
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
           c == QLatin1Char('@') || c == QLatin1Char('\t') || c == QLatin1Char('\r') ||
           c == QChar(0xFF1D) /* fullwidth = */ || c == QChar(0xFF0B) /* fullwidth + */;
}

} // namespace

bool looksLikeFormula(const QString& cell) {
    for (QChar c : cell) {
        if (c == QLatin1Char(' '))
            continue; // "  =1+1" is still a formula once the spreadsheet trims it
        return isTrigger(c);
    }
    return false;
}

QString neutraliseFormula(const QString& cell) {
    return looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
}

QString csvField(const QString& cell, QChar separator) {
    const QString value = neutraliseFormula(cell);
    const bool quote = value.contains(separator) || value.contains(QLatin1Char('"')) ||
                       value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')) ||
                       (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quote)
        return value;
    QString out = value;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString csvRecord(const QStringList& cells, QChar separator) {
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString& cell : cells)
        fields << csvField(cell, separator);
    return fields.join(separator) + QStringLiteral("\r\n");
}

QByteArray csvExport(const QList<QStringList>& records, const CsvExportOptions& options) {
    QString text;
    for (const QStringList& record : records)
        text += csvRecord(record, options.separator);
    QByteArray out = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    out += text.normalized(QString::NormalizationForm_C).toUtf8();
    return out;
}

} // namespace binhyen
