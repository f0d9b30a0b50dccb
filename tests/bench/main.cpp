// binhyen-bench: builds a realistic register of N generated tips and measures BinhYen on it
// (docs/BENCHMARKS.md). Not a product executable and never a test.
#include "app/cli/Arguments.h"
#include "tests/bench/BenchCommon.h"

#include <QCoreApplication>

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("binhyen-bench"));
    const binhyen::Arguments args(QCoreApplication::arguments().mid(1), {});
    const QString command = args.word(0);
    if (command == QLatin1String("generate"))
        return binhyen::bench::runGenerate(args);
    if (command == QLatin1String("run"))
        return binhyen::bench::runBenchmark(args);
    return binhyen::bench::usageError(QStringLiteral(
        "Usage:\n  binhyen-bench generate --register F --recovery-key-out R --register-key-out K "
        "--tips N [--seed S]\n  binhyen-bench run --register F --key-file K --user U\n"
        "The account's password comes from BINHYEN_PASSWORD."));
}
