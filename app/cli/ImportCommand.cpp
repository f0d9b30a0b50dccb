#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "app/cli/KeySources.h"
#include "app/cli/UserSession.h"
#include "models/domain/Clock.h"
#include "models/repo/persons/ResidentImportRepo.h"
#include "models/repo/tips/TipImportRepo.h"
#include "models/store/Register.h"

#include <QCoreApplication>

namespace binhyen::cli {

namespace {

void printProblems(const TipImportReport& report) {
    for (const TipImportProblem& p : report.problems) {
        const QString text =
            p.refused ? QCoreApplication::translate("ImportCommand", "line %1: refused: %2")
                      : QCoreApplication::translate("ImportCommand", "line %1: warning: %2");
        say(text.arg(p.line).arg(p.message));
    }
}

// The --encoding option: Unknown (detected) when absent; false with a usage message when unknown.
bool encodingOption(const Arguments& args, TextEncoding* encoding, int* exitCode) {
    *encoding = TextEncoding::Unknown;
    if (!args.has(QStringLiteral("encoding")))
        return true;
    *encoding = encodingFromName(args.value(QStringLiteral("encoding")));
    if (*encoding != TextEncoding::Unknown)
        return true;
    *exitCode = usage(QCoreApplication::translate("ImportCommand",
                                                  "Unknown encoding: %1 (utf-8, utf-8-bom, "
                                                  "windows-1258, tcvn3, vni)")
                          .arg(args.value(QStringLiteral("encoding"))));
    return false;
}

// binhyen import residents --register F [--key-file K] --user U --file CSV [--encoding E]
//                          [--skip-bad-rows]   (--csv is accepted for --file, as for tips)
int runImportResidents(const Arguments& args) {
    const QString path = args.value(QStringLiteral("register"));
    const QString csv = args.has(QStringLiteral("file")) ? args.value(QStringLiteral("file"))
                                                         : args.value(QStringLiteral("csv"));
    if (path.isEmpty() || csv.isEmpty() || !args.has(QStringLiteral("user")))
        return usage(QCoreApplication::translate(
            "ImportCommand",
            "Usage: binhyen import residents --register FILE [--key-file FILE] --user NAME --file "
            "CSV [--encoding ENCODING] [--skip-bad-rows]"));
    ResidentImportOptions options;
    options.skipBadRows = args.has(QStringLiteral("skip-bad-rows"));
    if (int code = 0; !encodingOption(args, &options.encoding, &code))
        return code;
    auto data = ResidentImportRepo::readFile(csv);
    if (!data)
        return fail(data.error());
    auto opened = openAsUser(args);
    if (!opened)
        return exitForOpenError(opened.error());
    Register* const reg = opened.value().reg.get();
    const Session& user = opened.value().session;
    const SystemClock clock;
    auto report = ResidentImportRepo(reg->database(), clock).import(user, data.value(), options);
    if (!report)
        return fail(report.error());
    for (const ResidentImportProblem& p : report.value().problems) {
        const QString text = p.kind == ResidentImportProblem::Kind::Refused
                                 ? QCoreApplication::translate("ImportCommand", "refused: %1")
                             : p.kind == ResidentImportProblem::Kind::Duplicate
                                 ? QCoreApplication::translate("ImportCommand", "skipped: %1")
                                 : QCoreApplication::translate("ImportCommand", "warning: %1");
        say(text.arg(p.message)); // each message names its line already
    }
    say(QCoreApplication::translate("ImportCommand", "Encoding: %1")
            .arg(encodingLabel(report.value().encoding)));
    if (report.value().refused > 0 && !options.skipBadRows) {
        say(QCoreApplication::translate("ImportCommand", "Rows refused: %1. Nothing was imported "
                                                         "(--skip-bad-rows imports the rest).")
                .arg(report.value().refused));
        return 2;
    }
    out(QString::number(report.value().imported));
    return 0;
}

} // namespace

// binhyen import tips --register F [--key-file K] --user U --csv FILE [--encoding E]
//                     [--skip-bad-rows]
int runImport(const Arguments& args) {
    if (args.word(1) == QLatin1String("residents"))
        return runImportResidents(args);
    const QString path = args.value(QStringLiteral("register"));
    const QString csv = args.value(QStringLiteral("csv"));
    if (args.word(1) != QLatin1String("tips") || path.isEmpty() || csv.isEmpty() ||
        !args.has(QStringLiteral("user")))
        return usage(QCoreApplication::translate(
            "ImportCommand", "Usage: binhyen import tips --register FILE [--key-file FILE] --user "
                             "NAME --csv FILE [--encoding ENCODING] [--skip-bad-rows]"));
    TipImportOptions options;
    options.skipBadRows = args.has(QStringLiteral("skip-bad-rows"));
    if (int code = 0; !encodingOption(args, &options.encoding, &code))
        return code;
    auto data = TipImportRepo::readFile(csv);
    if (!data)
        return fail(data.error());
    auto opened = openAsUser(args);
    if (!opened)
        return exitForOpenError(opened.error());
    Register* const reg = opened.value().reg.get();
    const Session& user = opened.value().session;
    const SystemClock clock;
    auto report = TipImportRepo(reg->database(), clock).import(user, data.value(), options);
    if (!report)
        return fail(report.error());
    printProblems(report.value());
    say(QCoreApplication::translate("ImportCommand", "Encoding: %1")
            .arg(encodingLabel(report.value().encoding)));
    if (report.value().refused > 0 && !options.skipBadRows) {
        say(QCoreApplication::translate("ImportCommand", "Rows refused: %1. Nothing was imported "
                                                         "(--skip-bad-rows imports the rest).")
                .arg(report.value().refused));
        return 2;
    }
    out(QString::number(report.value().imported));
    return 0;
}

} // namespace binhyen::cli
