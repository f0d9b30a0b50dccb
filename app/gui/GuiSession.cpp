#include "app/gui/GuiSession.h"

#include "app/cli/Arguments.h"
#include "models/repo/BackupLogRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/KeyFiles.h"
#include "models/security/Keychain.h"
#include "models/store/AutomaticBackup.h"
#include "models/store/Register.h"
#include "models/store/RegisterFile.h"
#include "models/store/RegisterLock.h"
#include "ui/dialogs/Messages.h"
#include "ui/dialogs/RecoveryKeyDialog.h"
#include "ui/main/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace binhyen {

namespace {

QString defaultRegisterPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("register.binhyen"));
}

// --key-file first (scripts, the quick-start demo); then the keychain; then the recovery key,
// asked until it opens the register or the user cancels.
Result<std::unique_ptr<Register>> unlock(const QString& path, const QString& id,
                                         const QString& keyFile) {
    if (!keyFile.isEmpty()) {
        auto key = keyfiles::readRegisterKeyFile(keyFile);
        if (!key)
            return key.error();
        return Register::open(path, key.take());
    }
    Keychain keychain;
    auto stored = keychain.readRegisterKey(id);
    QString reason = QCoreApplication::translate(
        "GuiSession", "This computer's keychain has no key for this register.");
    if (stored.status == Keychain::Status::Found) {
        auto reg = Register::open(path, std::move(stored.key));
        if (reg || reg.error().code != ErrorCode::WrongKey)
            return reg;
        reason = QCoreApplication::translate(
            "GuiSession",
            "The key kept in this computer's keychain no longer opens this register.");
    } else if (stored.status == Keychain::Status::Unavailable) {
        reason = stored.message;
    }
    ui::RecoveryKeyDialog dialog(reason);
    while (dialog.exec() == QDialog::Accepted) {
        SecretBytes secret = dialog.takeSecret();
        auto reg = Register::open(path, KeyDerivation::registerKey(secret));
        if (reg) {
            if (stored.status != Keychain::Status::Unavailable)
                (void)keychain.storeRegisterKey(reg.value()->id(),
                                                KeyDerivation::registerKey(secret));
            return reg;
        }
        if (reg.error().code != ErrorCode::WrongKey)
            return reg;
        dialog.showProblem(reg.error().message);
    }
    return makeError(ErrorCode::NoKey,
                     QCoreApplication::translate("GuiSession", "The register was not opened."));
}

// Nothing is lost: every session ends with a verified automatic backup beside the register.
void backUpOnClose(Register& reg) {
    SystemClock clock;
    BackupLogRepo log(reg.database());
    auto made = AutomaticBackup::run(reg, AutomaticBackup::defaultFolder(reg.path()), clock,
                                     log.automaticKeep());
    if (!made) {
        ui::showError(nullptr, QCoreApplication::translate("GuiSession", "Automatic backup"),
                      made.error());
        return;
    }
    const int version = reg.schemaVersion().ok() ? reg.schemaVersion().value() : 0;
    (void)log.recordFile(made.value(), clock.now(), version, QStringLiteral("automatic"));
}

} // namespace

int runGui(const Arguments& args) {
    const QString path = QFileInfo(args.value(QStringLiteral("register")).isEmpty()
                                       ? defaultRegisterPath()
                                       : args.value(QStringLiteral("register")))
                             .absoluteFilePath();
    const QString title = QCoreApplication::translate("GuiSession", "BinhYen");
    if (auto check = registerfile::checkBeforeOpen(path); !check) {
        ui::showError(nullptr, title, check.error());
        return exitCodeFor(check.error().code);
    }
    auto lock = RegisterLock::acquire(path);
    if (!lock) {
        ui::showError(nullptr, title, lock.error());
        return exitCodeFor(lock.error().code);
    }
    auto id = registerfile::readId(path);
    if (!id) {
        ui::showError(nullptr, title, id.error());
        return exitCodeFor(id.error().code);
    }
    auto reg = unlock(path, id.value(), args.value(QStringLiteral("key-file")));
    if (!reg) {
        if (reg.error().code != ErrorCode::NoKey)
            ui::showError(nullptr, title, reg.error());
        return exitCodeFor(reg.error().code);
    }
    int rc = 0;
    {
        ui::MainWindow window(*reg.value());
        window.show();
        rc = QApplication::exec();
    }
    backUpOnClose(*reg.value());
    return rc;
}

} // namespace binhyen
