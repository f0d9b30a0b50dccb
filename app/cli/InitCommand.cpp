#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "models/domain/Clock.h"
#include "models/repo/DemoRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/KeyFiles.h"
#include "models/security/Keychain.h"
#include "models/security/RecoveryKey.h"
#include "models/store/Register.h"
#include "models/store/RegisterFile.h"
#include "reports/recovery/RecoverySheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace binhyen::cli {

// binhyen init|demo --register F --recovery-key-out R [--register-key-out K] [--recovery-sheet-out
// P]
int runInit(const Arguments& args, bool demo) {
    const QString path = args.value(QStringLiteral("register"));
    const QString recoveryOut = args.value(QStringLiteral("recovery-key-out"));
    const QString keyOut = args.value(QStringLiteral("register-key-out"));
    const QString sheetOut = args.value(QStringLiteral("recovery-sheet-out"));
    if (path.isEmpty() || recoveryOut.isEmpty())
        return usage(QCoreApplication::translate(
                         "InitCommand", "Usage: binhyen %1 --register FILE --recovery-key-out FILE "
                                        "[--register-key-out FILE] [--recovery-sheet-out PDF]")
                         .arg(args.word(0)));
    for (const QString& f : {path, recoveryOut, keyOut, sheetOut}) {
        if (!f.isEmpty() && QFileInfo::exists(f))
            return fail(makeError(
                ErrorCode::Exists,
                QCoreApplication::translate("InitCommand", "The file already exists; BinhYen never "
                                                           "overwrites it."),
                f));
    }

    SecretBytes recovery = RecoveryKey::generateSecret();
    auto reg = Register::create(path, KeyDerivation::registerKey(recovery));
    if (!reg)
        return fail(reg.error());
    // A failure half-way leaves nothing behind, so the same command can simply be run again.
    QStringList created{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    auto undo = [&](const Error& error) {
        reg.value().reset();
        for (const QString& f : std::as_const(created))
            QFile::remove(f);
        return fail(error);
    };
    if (auto written = keyfiles::writeRecoveryKeyFile(recoveryOut, recovery); !written)
        return undo(written.error());
    created << recoveryOut;
    const QString id = reg.value()->id();
    if (demo) {
        SystemClock clock;
        if (auto filled = DemoRepo(reg.value()->database()).fill(clock); !filled)
            return undo(filled.error());
    }
    if (!keyOut.isEmpty()) {
        if (auto written =
                keyfiles::writeRegisterKeyFile(keyOut, KeyDerivation::registerKey(recovery));
            !written)
            return undo(written.error());
        created << keyOut;
    }
    if (!sheetOut.isEmpty()) {
        RecoverySheetData sheet;
        QString text = RecoveryKey::format(recovery);
        sheet.recoveryKey = text;
        sheet.registerId = id;
        sheet.registerPath = QFileInfo(path).fileName();
        sheet.createdAt = SystemClock().now();
        auto written = writeRecoverySheet(sheet, sheetOut);
        wipe(text);
        wipe(sheet.recoveryKey);
        if (!written)
            return undo(written.error());
    }
    if (auto stored = Keychain().storeRegisterKey(id, KeyDerivation::registerKey(recovery));
        !stored)
        warn(stored.error().message);
    say(demo ? QCoreApplication::translate("InitCommand", "Demo register created: %1").arg(path)
             : QCoreApplication::translate("InitCommand", "Register created: %1").arg(path));
    say(QCoreApplication::translate(
            "InitCommand",
            "The recovery key is in %1: print it (or write it down), keep it offline, then delete "
            "that file.")
            .arg(recoveryOut));
    out(id);
    return 0;
}

} // namespace binhyen::cli
