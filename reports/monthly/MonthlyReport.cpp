#include "reports/monthly/MonthlyReport.h"

#include "models/repo/audit/AuditRepo.h"
#include "models/security/Permissions.h"
#include "models/store/Transaction.h"
#include "reports/monthly/MonthlyReportHtml.h"
#include "reports/monthly/MonthlyReportSource.h"

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
    Transaction tx(db);
    if (!tx.isActive())
        return fail(tx.error());
    AuditEntry entry;
    entry.action = QStringLiteral("report.export");
    entry.entity = QStringLiteral("month_report");
    entry.detail =
        QStringLiteral("%1 pdf %2")
            .arg(month, data.value().draft ? QStringLiteral("draft") : data.value().number);
    if (auto logged = AuditRepo(db, clock).append(session, entry); !logged)
        return fail(logged.error());
    if (auto done = tx.commit(); !done)
        return fail(done.error());
    return data;
}

} // namespace binhyen
