#pragma once

#include "models/domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace binhyen {

// What the one-page recovery sheet shows. The chief prints it, signs it and locks it in the safe.
struct RecoverySheetData {
    QString recoveryKey;
    QString registerId;
    QString registerPath; // only the file name is printed
    QString stationName;
    QDateTime createdAt;
};

// The key as printed: its own groups when it has separators ("-" or spaces), else groups of four.
QStringList recoveryKeyGroups(const QString& recoveryKey);

// The sheet as HTML for writeHtmlPdf (all user values escaped).
QString recoverySheetHtml(const RecoverySheetData& data);

// Writes the sheet as a one-page A4 PDF, readable by its owner only; see writeHtmlPdf.
Result<void> writeRecoverySheet(const RecoverySheetData& data, const QString& pdfPath);

} // namespace binhyen
