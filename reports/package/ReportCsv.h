#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace binhyen {

class Session;

// The month's figures as CSV tables for spreadsheets (docs/REPORT-PACKAGE.md "CSV tables"): the
// same figures as the report package, one file per table, UTF-8 with a BOM and the formula
// guard of models/domain/CsvExport.h.
namespace reportcsv {

struct Table {
    QString fileName;           // "figures.csv"
    QList<QStringList> records; // the header first
};

// report.csv (the report's identity), figures.csv (the figures that are not breakdowns),
// one <breakdown>.csv per breakdown (tips_by_channel.csv, tips_by_classification.csv,
// models_by_type.csv …) and adjustments.csv, from a package document (ReportPackage::document).
// Pure.
QList<Table> tables(const QJsonObject& packageDocument);

} // namespace reportcsv

class ReportCsv {
public:
    ReportCsv(QSqlDatabase db, const Clock& clock);

    // Writes the tables into `folder` (created; refused when it exists and is not empty) and
    // records a "report.export" audit row (format "csv"). Returns the files written. Needs
    // ExportReport.
    Result<QStringList> exportTo(const Session& chief, const QString& month,
                                 const QString& folder) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
