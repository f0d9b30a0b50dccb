#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace binhyen {

class Session;

// The month's report package for the province (docs/REPORT-PACKAGE.md): the figures of `binhyen
// stats` with the station's identity as it was in the month, the report's number and status, the
// latest audit checkpoint, signed with the station signing key (reports/package/PackageFormat.h).
// Every method needs Operation::ExportReport (chiefs): the signing secret is the chief's to unwrap.
class ReportPackage {
public:
    ReportPackage(QSqlDatabase db, const Clock& clock);

    // The document before signing (no "public_key", no "signature"). A month not locked yet is a
    // draft ("status": "draft"): it may be exported, marked so.
    Result<QJsonObject> document(const Session& chief, const QString& month) const;
    // The signed package file (PackageFormat fileBytes). Not audited: see exportTo().
    Result<QByteArray> signedFile(const Session& chief, const QString& month) const;
    // Writes the signed package to `path` (a new file: never overwritten) and records a signed
    // "report.export" audit row (month, format "json") in its own transaction.
    Result<void> exportTo(const Session& chief, const QString& month, const QString& path) const;

    // The "report.export" audit row of any export format (json, csv, pdf), in its own transaction.
    // Needs ExportReport.
    static Result<void> auditExport(QSqlDatabase db, const Clock& clock, const Session& chief,
                                    const QString& month, const QString& format,
                                    const QString& status);

private:
    Result<QByteArray> signDocument(const Session& chief, const QJsonObject& document) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
