#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "app/cli/UserSession.h"
#include "models/domain/MonthFigures.h"
#include "models/repo/stats/MonthLockRepo.h"
#include "models/store/Register.h"
#include "reports/monthly/MonthlyReport.h"
#include "reports/package/ReportCsv.h"
#include "reports/package/ReportPackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace binhyen::cli {

namespace {

QString usageText() {
    return QCoreApplication::translate(
        "ReportCommand",
        "Usage: binhyen report --register FILE [--key-file FILE] --user NAME --month YYYY-MM "
        "--format pdf|json|csv --out FILE|FOLDER");
}

Error exists(const QString& path) {
    return makeError(
        ErrorCode::Exists,
        QCoreApplication::translate("ReportCommand",
                                    "The output already exists; BinhYen never overwrites it."),
        path);
}

} // namespace

// binhyen report --register F [--key-file K] --user U --month YYYY-MM --format json|csv --out X
// pdf: the report laid out for the province (a draft, marked on every page, when the month is
// not locked); json: the signed report package (docs/REPORT-PACKAGE.md) written to the new file X;
// csv: its tables written into the new (or empty) folder X. A chief only; the export is audited.
int runReport(const Arguments& args) {
    const QString month = args.value(QStringLiteral("month"));
    const QString format = args.value(QStringLiteral("format"));
    const QString outPath = args.value(QStringLiteral("out"));
    if (args.value(QStringLiteral("register")).isEmpty() || !args.has(QStringLiteral("user")) ||
        month.isEmpty() || format.isEmpty() || outPath.isEmpty() || args.words().size() != 1)
        return usage(usageText());
    if (!monthfigures::isValidMonth(month))
        return usage(QCoreApplication::translate("ReportCommand", "'%1' is not a month (YYYY-MM).")
                         .arg(month));
    const bool pdf = format == QLatin1String("pdf");
    const bool json = format == QLatin1String("json");
    const bool csv = format == QLatin1String("csv");
    if (!pdf && !json && !csv)
        return usage(QCoreApplication::translate("ReportCommand",
                                                 "Unknown format '%1': use pdf, json or csv.")
                         .arg(format));
    if ((pdf || json) && QFileInfo::exists(outPath))
        return fail(exists(outPath));
    if (csv && QFileInfo::exists(outPath) && !QDir(outPath).isEmpty())
        return fail(exists(outPath));

    auto opened = openAsUser(args);
    if (!opened)
        return exitForOpenError(opened.error());
    Register* const reg = opened.value().reg.get();
    const Session& user = opened.value().session;
    const SystemClock clock;
    if (pdf) {
        if (auto done = exportMonthlyReportPdf(reg->database(), clock, user, month, outPath); !done)
            return fail(done.error());
    } else if (json) {
        if (auto done = ReportPackage(reg->database(), clock).exportTo(user, month, outPath); !done)
            return fail(done.error());
    } else if (auto done = ReportCsv(reg->database(), clock).exportTo(user, month, outPath);
               !done) {
        return fail(done.error());
    }
    auto locked = MonthLockRepo(reg->database(), clock).isLocked(user, month);
    if (locked && !locked.value())
        warn(QCoreApplication::translate("ReportCommand",
                                         "The month %1 is not locked: the report is a draft.")
                 .arg(month));
    say(QCoreApplication::translate("ReportCommand", "Report of %1 written: %2")
            .arg(month, QDir::toNativeSeparators(outPath)));
    return 0;
}

} // namespace binhyen::cli
