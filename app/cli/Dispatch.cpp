#include "app/cli/Dispatch.h"

#include "app/cli/Arguments.h"
#include "app/cli/AuditCommand.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "app/gui/GuiSession.h"
#include "app/session/Translations.h"
#include "models/store/CipherSettings.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <cerrno>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

namespace binhyen {

namespace {

const QSet<QString> kFlags = {QStringLiteral("help"), QStringLiteral("version"),
                              QStringLiteral("skip-bad-rows")};

void disableCoreDumps() {
#ifdef NDEBUG
    rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
}

// The command decides which application object it needs: the window needs QApplication, a
// command that writes a PDF needs QGuiApplication (offscreen when there is no display).
std::unique_ptr<QCoreApplication> makeApp(int& argc, char** argv, const Arguments& args) {
    const QString command = args.word(0);
    if (command.isEmpty() && !args.has(QStringLiteral("help")) &&
        !args.has(QStringLiteral("version")))
        return std::make_unique<QApplication>(argc, argv);
    if (args.has(QStringLiteral("recovery-sheet-out")) ||
        (command == QLatin1String("report") &&
         args.value(QStringLiteral("format")) == QLatin1String("pdf"))) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a desktop session Qt warns on stderr about a missing runtime folder: give it
        // the private one it would choose, so a command's output holds only what it says.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray runtime = "/tmp/runtime-" + QByteArray::number(getuid());
            if (::mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
                qputenv("XDG_RUNTIME_DIR", runtime);
        }
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

// The options of each headless command (docs/CLI.md); any other is a usage error (exit 1), so a
// misspelt option is never silently ignored. Empty for a word that is not a headless command.
QSet<QString> knownOptions(const QString& command) {
    QSet<QString> known = kFlags;
    known << QStringLiteral("register");
    if (command == QLatin1String("init") || command == QLatin1String("demo"))
        known << QStringLiteral("recovery-key-out") << QStringLiteral("register-key-out")
              << QStringLiteral("recovery-sheet-out");
    if (command == QLatin1String("init"))
        known << QStringLiteral("station-name") << QStringLiteral("parent-body")
              << QStringLiteral("commune-code") << QStringLiteral("province-code")
              << QStringLiteral("province-name") << QStringLiteral("place-name")
              << QStringLiteral("report-recipient") << QStringLiteral("hamlets")
              << QStringLiteral("chief-user") << QStringLiteral("chief-name");
    if (command == QLatin1String("init") || command == QLatin1String("demo"))
        return known;
    if (command == QLatin1String("key"))
        return known << QStringLiteral("key-file") << QStringLiteral("recovery-key-file")
                     << QStringLiteral("recovery-key-out") << QStringLiteral("register-key-out");
    if (command == QLatin1String("backup"))
        return known << QStringLiteral("key-file") << QStringLiteral("to")
                     << QStringLiteral("user");
    if (command == QLatin1String("restore"))
        return known << QStringLiteral("key-file") << QStringLiteral("from")
                     << QStringLiteral("user");
    if (command == QLatin1String("audit"))
        return known << QStringLiteral("key-file");
    if (command == QLatin1String("account"))
        return known << QStringLiteral("key-file") << QStringLiteral("recovery-key-file")
                     << QStringLiteral("user");
    if (command == QLatin1String("import"))
        return known << QStringLiteral("key-file") << QStringLiteral("user")
                     << QStringLiteral("csv") << QStringLiteral("file")
                     << QStringLiteral("encoding") << QStringLiteral("skip-bad-rows");
    if (command == QLatin1String("search"))
        return known << QStringLiteral("key-file") << QStringLiteral("user")
                     << QStringLiteral("limit");
    if (command == QLatin1String("stats"))
        return known << QStringLiteral("key-file") << QStringLiteral("user")
                     << QStringLiteral("month") << QStringLiteral("out");
    if (command == QLatin1String("report"))
        return known << QStringLiteral("key-file") << QStringLiteral("user")
                     << QStringLiteral("month") << QStringLiteral("format")
                     << QStringLiteral("out");
    if (command == QLatin1String("verify-package"))
        return known << QStringLiteral("public-key");
    return {};
}

} // namespace

int dispatch(int argc, char** argv) {
    disableCoreDumps();
    ::umask(077); // every file BinhYen writes (register, WAL, backups, key files) is owner-only
    QStringList raw;
    for (int i = 1; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));
    const Arguments args(raw, kFlags);
    auto app = makeApp(argc, argv, args);
    QCoreApplication::setOrganizationName(QStringLiteral("BinhYen"));
    QCoreApplication::setApplicationName(QStringLiteral("BinhYen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BINHYEN_VERSION));
    installTranslations(*app);

    if (auto engine = cipher::verifyEngine(); !engine)
        return cli::fail(engine.error());
    if (!args.missingValue().isEmpty())
        return cli::usage(QCoreApplication::translate("Cli", "Option --%1 needs a value.")
                              .arg(args.missingValue()));

    const QString command = args.word(0);
    if (args.has(QStringLiteral("version"))) {
        cli::out(QStringLiteral(BINHYEN_VERSION));
        return 0;
    }
    if (args.has(QStringLiteral("help")) || command == QLatin1String("help"))
        return cli::runHelp();
    if (command.isEmpty())
        return runGui(args);
    if (const QSet<QString> known = knownOptions(command); !known.isEmpty()) {
        if (const QStringList unknown = args.unknown(known); !unknown.isEmpty())
            return cli::usage(QCoreApplication::translate("Cli", "Unknown option: %1")
                                  .arg(unknown.join(QStringLiteral(", "))));
    }
    if (command == QLatin1String("init"))
        return cli::runInit(args, false);
    if (command == QLatin1String("demo"))
        return cli::runInit(args, true);
    if (command == QLatin1String("key"))
        return cli::runKey(args);
    if (command == QLatin1String("backup"))
        return cli::runBackup(args);
    if (command == QLatin1String("restore"))
        return cli::runRestore(args);
    if (command == QLatin1String("audit"))
        return cli::runAuditCommand(args);
    if (command == QLatin1String("account"))
        return cli::runAccount(args);
    if (command == QLatin1String("import"))
        return cli::runImport(args);
    if (command == QLatin1String("search"))
        return cli::runSearch(args);
    if (command == QLatin1String("stats"))
        return cli::runStats(args);
    if (command == QLatin1String("report"))
        return cli::runReport(args);
    if (command == QLatin1String("verify-package"))
        return cli::runVerifyPackage(args);
    return cli::usage(QCoreApplication::translate("Cli", "Unknown command: %1").arg(command));
}

} // namespace binhyen
