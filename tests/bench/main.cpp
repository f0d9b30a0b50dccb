// binhyen-bench: builds a realistic register of N generated tips and measures BinhYen on it
// (docs/BENCHMARKS.md). Not a product executable and never a test.
#include "app/cli/Arguments.h"
#include "tests/bench/BenchCommon.h"
#include "tests/bench/CheckTwin.h"
#include "tests/bench/MeasureProcess.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    // "run" builds the main window and writes the monthly PDF: a QApplication, offscreen unless
    // a platform is asked for (the benchmark runs on machines without a display).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("binhyen-bench"));
    QApplication::setOrganizationName(QStringLiteral("binhyen-bench"));
    // "--plain" (generate the unencrypted twin) takes no value.
    const binhyen::Arguments args(QCoreApplication::arguments().mid(1),
                                  {QStringLiteral("plain"), QStringLiteral("trace")});
    const QString command = args.word(0);
    if (command == QLatin1String("generate"))
        return binhyen::bench::runGenerate(args);
    if (command == QLatin1String("run"))
        return binhyen::bench::runBenchmark(args);
    if (command == QLatin1String("open-window"))
        return binhyen::bench::runOpenWindow(args);
    if (command == QLatin1String("check-twin"))
        return binhyen::bench::runCheckTwin(args);
    return binhyen::bench::usageError(QStringLiteral(
        "Usage:\n  binhyen-bench generate --register F --recovery-key-out R --register-key-out K "
        "--tips N [--seed S] [--cases N] [--persons N]\n"
        "  binhyen-bench generate --plain --register F2 --tips N [--seed S]\n"
        "  binhyen-bench check-twin --register F --key-file K --plain-twin F2 [--month YYYY-MM]\n"
        "  binhyen-bench run --register F [--key-file K] --user U [--plain-twin F2] "
        "[--only logon,open,tiplist,save,search,stats,import]\n"
        "The account's password comes from BINHYEN_PASSWORD; without --key-file the register key "
        "comes from this computer's keychain."));
}
