#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "app/cli/KeySources.h"
#include "app/cli/UserSession.h"
#include "models/repo/audit/AuditAnchor.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/store/BackupLogRepo.h"
#include "models/security/Keychain.h"
#include "models/security/Permissions.h"
#include "models/store/Backup.h"
#include "models/store/Register.h"
#include "models/store/RegisterFile.h"
#include "models/store/RegisterLock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <optional>

namespace binhyen::cli {

namespace {

AuditEntry backupEvent(const QString& action, const QString& file) {
    AuditEntry e;
    e.action = action;
    e.entity = QStringLiteral("backup");
    e.detail = QFileInfo(file).fileName();
    return e;
}

// The user a restore acts as, logged on to the register it replaces — or, when that one cannot be
// opened or read (missing, damaged), to a scratch copy of the backup, so that the backup itself is
// never written to.
Result<Session> logonForRestore(const QString& path, const QString& from, const SecretBytes& key,
                                const QString& username, const SecretBytes& password) {
    if (QFileInfo::exists(path)) {
        auto reg = Register::open(path, key.copy(), {false, -1});
        if (reg) {
            auto session = logonAs(*reg.value(), username, password);
            const ErrorCode code = session ? ErrorCode::None : session.error().code;
            if (code == ErrorCode::None || code == ErrorCode::WrongKey ||
                code == ErrorCode::NotPermitted)
                return session;
        }
    }
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("restore-check.binhyen"));
    if (!scratch.isValid() || !QFile::copy(from, copy))
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("BackupCommand", "The backup could not be read."), from);
    auto reg = Register::open(copy, key.copy(), {false, -1});
    if (!reg)
        return reg.error();
    return logonAs(*reg.value(), username, password);
}

} // namespace

// binhyen backup --register F [--key-file K] --to DIR [--user NAME]
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
    std::optional<Session> session;
    if (args.has(QStringLiteral("user"))) {
        auto logon = logonFromCommandLine(*reg.value(), args);
        if (!logon)
            return logon.error().code == ErrorCode::Usage ? usage(logon.error().message)
                                                          : fail(logon.error());
        if (auto allowed = require(logon.value(), Operation::MakeBackup); !allowed)
            return fail(allowed.error());
        session = logon.take();
    }
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
    if (session) {
        if (auto audited =
                AuditRepo(reg.value()->database(), clock)
                    .append(*session, backupEvent(QStringLiteral("backup"), copy.value()));
            !audited)
            warn(audited.error().message);
        session->wipeSecrets();
    }
    if (auto manifest = auditanchor::writeBackupManifest(reg.value()->database(), reg.value()->id(),
                                                         copy.value());
        !manifest)
        warn(manifest.error().message);
    say(QCoreApplication::translate("BackupCommand", "Backup written and verified."));
    out(copy.value());
    return 0;
}

// binhyen restore --register F [--key-file K] --from BACKUP --user NAME (a chief)
int runRestore(const Arguments& args) {
    const QString path = args.value(QStringLiteral("register"));
    const QString from = args.value(QStringLiteral("from"));
    const QString username = args.value(QStringLiteral("user")).trimmed();
    if (path.isEmpty() || from.isEmpty() || username.isEmpty())
        return usage(QCoreApplication::translate("BackupCommand",
                                                 "Usage: binhyen restore --register FILE "
                                                 "[--key-file FILE] --from BACKUP --user NAME"));
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
    // A damaged backup is refused before anything is written (the logon is audited).
    if (auto checked = Backup::verify(from, key.value()); !checked)
        return fail(checked.error());
    auto password = readPassword(username);
    if (!password)
        return fail(password.error());
    {
        auto session = logonForRestore(path, from, key.value(), username, password.value());
        if (!session)
            return fail(session.error());
        if (auto allowed = require(session.value(), Operation::RestoreBackup); !allowed)
            return fail(allowed.error());
    }
    SystemClock clock;
    auto aside = Backup::restore(path, key.value(), from, clock);
    if (!aside)
        return fail(aside.error());
    if (auto id = registerfile::readId(path)) {
        if (auto stored = Keychain().storeRegisterKey(id.value(), key.value()); !stored)
            warn(stored.error().message);
    }
    // The restore is recorded in the restored register, by the chief, with a new checkpoint.
    if (auto reg = Register::open(path, key.value().copy(), {false, -1})) {
        auto session = logonAs(*reg.value(), username, password.value());
        Result<void> audited = session ? Result<void>() : Result<void>(session.error());
        if (session) {
            AuditRepo audit(reg.value()->database(), clock);
            if (auto row = audit.append(session.value(),
                                        backupEvent(QStringLiteral("backup.restore"), from));
                !row)
                audited = row.error();
            else if (auto checkpoint = audit.checkpoint(session.value(), QStringLiteral("restore"));
                     !checkpoint)
                audited = checkpoint.error();
            else if (auto remembered = auditanchor::remember(Keychain(), reg.value()->database());
                     !remembered)
                warn(remembered.error().message);
        }
        if (!audited)
            warn(audited.error().message);
    }
    say(QCoreApplication::translate(
            "BackupCommand",
            "The register was restored from %1. The file it replaced was kept as %2.")
            .arg(from, aside.value()));
    return 0;
}

} // namespace binhyen::cli
