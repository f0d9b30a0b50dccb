#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "app/cli/KeySources.h"
#include "app/cli/UserSession.h"
#include "models/domain/MonthFigures.h"
#include "models/store/Register.h"
#include "reports/stats/MonthlyStatistics.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace binhyen::cli {

// binhyen stats --register F [--key-file K] --user U --month YYYY-MM [--out FILE]
// Prints the month's figures as JSON (docs/INDICATORS.md) on stdout, or writes them to FILE (a new
// file: never overwritten).
int runStats(const Arguments& args) {
    const QString path = args.value(QStringLiteral("register"));
    const QString month = args.value(QStringLiteral("month"));
    const QString outPath = args.value(QStringLiteral("out"));
    const QString usageText = QCoreApplication::translate(
        "StatsCommand", "Usage: binhyen stats --register FILE [--key-file FILE] --user NAME "
                        "--month YYYY-MM [--out FILE]");
    if (path.isEmpty() || !args.has(QStringLiteral("user")) || month.isEmpty() ||
        args.words().size() != 1)
        return usage(usageText);
    if (!monthfigures::isValidMonth(month))
        return usage(QCoreApplication::translate("StatsCommand", "'%1' is not a month (YYYY-MM).")
                         .arg(month));
    if (!outPath.isEmpty() && QFileInfo::exists(outPath))
        return fail(
            makeError(ErrorCode::Exists,
                      QCoreApplication::translate(
                          "StatsCommand", "The file already exists; BinhYen never overwrites it."),
                      outPath));
    auto opened = openAsUser(args);
    if (!opened)
        return exitForOpenError(opened.error());
    Register* const reg = opened.value().reg.get();
    const Session& user = opened.value().session;
    const SystemClock clock;
    auto doc = MonthlyStatistics(reg->database(), clock).document(user, month);
    if (!doc)
        return fail(doc.error());
    const QByteArray json = QJsonDocument(doc.value()).toJson(QJsonDocument::Indented);
    if (outPath.isEmpty()) {
        out(QString::fromUtf8(json).trimmed());
        return 0;
    }
    QSaveFile file(outPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return fail(makeError(
            ErrorCode::NotPermitted,
            QCoreApplication::translate("StatsCommand", "The figures could not be written."),
            outPath + QStringLiteral(": ") + file.errorString()));
    return 0;
}

} // namespace binhyen::cli
