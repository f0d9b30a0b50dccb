#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "app/cli/KeySources.h"
#include "models/repo/BackupLogRepo.h"
#include "models/security/Keychain.h"
#include "models/store/Backup.h"
#include "models/store/Register.h"
#include "models/store/RegisterFile.h"
#include "models/store/RegisterLock.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace binhyen::cli {

// binhyen backup --register F [--key-file K] --to DIR
int runBackup(const Arguments& args) {
    const QString path = args.value(QStringLiteral("register"));
    const QString to = args.value(QStringLiteral("to"));
    if (path.isEmpty() || to.isEmpty())
        return usage(QCoreApplication::translate(
            "BackupCommand",
            "Usage: binhyen backup --register FILE [--key-file FILE] --to FOLDER"));
    auto key = registerKeyFor(path, args.value(QStringLiteral("key-file")));
    if (!key)
        return fail(key.error());
    auto reg = Register::open(path, key.take(), {false, -1});
    if (!reg)
        return fail(reg.error());
    SystemClock clock;
    auto copy = Backup::create(*reg.value(), to, clock);
    if (!copy)
        return fail(copy.error());
    const int version =
        reg.value()->schemaVersion().ok() ? reg.value()->schemaVersion().value() : 0;
    if (auto logged = BackupLogRepo(reg.value()->database())
                          .recordFile(copy.value(), clock.now(), version, QStringLiteral("manual"));
        !logged)
        warn(logged.error().message);
    say(QCoreApplication::translate("BackupCommand", "Backup written and verified."));
    out(copy.value());
    return 0;
}

// binhyen restore --register F [--key-file K] --from BACKUP
int runRestore(const Arguments& args) {
    const QString path = args.value(QStringLiteral("register"));
    const QString from = args.value(QStringLiteral("from"));
    if (path.isEmpty() || from.isEmpty())
        return usage(QCoreApplication::translate(
            "BackupCommand",
            "Usage: binhyen restore --register FILE [--key-file FILE] --from BACKUP"));
    if (!QFileInfo::exists(from))
        return fail(makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("BackupCommand", "The backup file does not exist."), from));
    auto lock = RegisterLock::acquire(path);
    if (!lock)
        return fail(lock.error());
    // The key of the register is the key of its backups; a missing or damaged register can still
    // be restored with --key-file or the recovery key.
    auto key = registerKeyFor(QFileInfo::exists(path) ? path : from,
                              args.value(QStringLiteral("key-file")));
    if (!key)
        return fail(key.error());
    SystemClock clock;
    auto aside = Backup::restore(path, key.value(), from, clock);
    if (!aside)
        return fail(aside.error());
    if (auto id = registerfile::readId(path)) {
        if (auto stored = Keychain().storeRegisterKey(id.value(), key.value()); !stored)
            warn(stored.error().message);
    }
    say(QCoreApplication::translate(
            "BackupCommand",
            "The register was restored from %1. The file it replaced was kept as %2.")
            .arg(from, aside.value()));
    return 0;
}

} // namespace binhyen::cli
