#include "reports/monthly/MonthlyReport.h"

#include "models/security/Permissions.h"
#include "reports/monthly/MonthlyReportHtml.h"
#include "reports/monthly/MonthlyReportSource.h"
#include "reports/package/ReportPackage.h"

#include <QFile>

namespace binhyen {

Result<void> writeMonthlyReportPdf(const MonthlyReportData& data, const QString& path) {
    return writeHtmlPdf(monthlyreport::html(data), path, monthlyreport::pageSetup(data));
}

Result<MonthlyReportData> exportMonthlyReportPdf(QSqlDatabase db, const Clock& clock,
                                                 const Session& session, const QString& month,
                                                 const QString& path) {
    if (auto allowed = require(session, Operation::ExportReport); !allowed)
        return allowed.error();
    auto data = loadMonthlyReport(db, clock, session, month);
    if (!data)
        return data.error();
    if (auto written = writeMonthlyReportPdf(data.value(), path); !written)
        return written.error();
    const auto fail = [&path](const Error& error) -> Result<MonthlyReportData> {
        QFile::remove(path);
        return error;
    };
    if (auto audited = ReportPackage::auditExport(db, clock, session, month, QStringLiteral("pdf"),
                                                  data.value().draft ? QStringLiteral("draft")
                                                                     : QStringLiteral("issued"));
        !audited)
        return fail(audited.error());
    return data;
}

} // namespace binhyen
