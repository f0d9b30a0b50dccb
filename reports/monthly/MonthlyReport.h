#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "reports/monthly/MonthlyReportData.h"

#include <QSqlDatabase>
#include <QString>

namespace binhyen {

class Session;

// The monthly report to the province as a PDF (issue 7, DOMAIN-VN.md §3–§4).

// Writes the report of gathered data (loadMonthlyReport) to `path`: A4, Nghị định 30 margins,
// embedded font, page numbers from page 2, "DỰ THẢO" on every page of a draft. Replaces the file
// only on success. Needs a QGuiApplication.
Result<void> writeMonthlyReportPdf(const MonthlyReportData& data, const QString& path);

// Exports the month's report: needs ExportReport; gathers, writes, then records a signed
// "report.export" audit row (ReportPackage::auditExport: month, "pdf", issued or draft). If the
// audit row cannot be written the file is removed and the error returned: no report leaves without
// a trace.
Result<MonthlyReportData> exportMonthlyReportPdf(QSqlDatabase db, const Clock& clock,
                                                 const Session& session, const QString& month,
                                                 const QString& path);

} // namespace binhyen
