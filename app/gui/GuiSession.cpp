#include "app/gui/GuiSession.h"

#include "app/cli/Arguments.h"
#include "app/gui/SessionController.h"
#include "models/repo/accounts/StationRepo.h"
#include "models/repo/audit/AuditAnchor.h"
#include "models/repo/store/BackupLogRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/KeyFiles.h"
#include "models/security/Keychain.h"
#include "models/security/StationSetup.h"
#include "models/store/AutomaticBackup.h"
#include "models/store/Register.h"
#include "models/store/RegisterFile.h"
#include "models/store/RegisterLock.h"
#include "ui/dialogs/Messages.h"
#include "ui/dialogs/RecoveryKeyDialog.h"
#include "ui/session/FirstRunWizard.h"

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

// A register made by `binhyen init` without a chief: the recovery key gives the escrow key (it
// must open this very register), then the wizard sets up the station and the first chief.
bool completeFirstRun(Register& reg, const Clock& clock, QString* chief) {
    ui::RecoveryKeyDialog dialog(QCoreApplication::translate(
        "GuiSession", "This register has no account yet. The station chief sets it up with the "
                      "register's recovery key."));
    SecretBytes secret;
    while (secret.isEmpty()) {
        if (dialog.exec() != QDialog::Accepted)
            return false;
        SecretBytes typed = dialog.takeSecret();
        auto check = Register::open(reg.path(), KeyDerivation::registerKey(typed));
        if (check)
            secret = std::move(typed);
        else
            dialog.showProblem(
                check.error().code == ErrorCode::WrongKey
                    ? QCoreApplication::translate(
                          "GuiSession", "This recovery key does not belong to this register.")
                    : check.error().message);
    }
    auto station = StationRepo(reg.database()).current(clock.now().date());
    const bool withStation = !station || !station.value().has_value();
    ui::FirstRunWizard wizard(reg, KeyDerivation::escrowKey(secret), withStation, clock);
    if (wizard.exec() != QDialog::Accepted)
        return false;
    *chief = wizard.chiefUsername();
    return true;
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
    (void)auditanchor::writeBackupManifest(reg.database(), reg.id(), made.value());
}

} // namespace

int runGui(const Arguments& args) {
    const QString path = QFileInfo(args.value(QStringLiteral("register")).isEmpty()
                                       ? defaultRegisterPath()
                                       : args.value(QStringLiteral("register")))
                             .absoluteFilePath();
    const QString title = QCoreApplication::translate("GuiSession", "BinhYen");
    SystemClock clock;
    std::unique_ptr<Register> reg;
    std::unique_ptr<RegisterLock> lock;
    QString chief;
    if (!QFileInfo::exists(path) && args.value(QStringLiteral("key-file")).isEmpty()) {
        // First run: offer to create the register (station, first chief, recovery key).
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (auto check = registerfile::checkBeforeCreate(path); !check) {
            ui::showError(nullptr, title, check.error());
            return exitCodeFor(check.error().code);
        }
        auto locked = RegisterLock::acquire(path);
        if (!locked) {
            ui::showError(nullptr, title, locked.error());
            return exitCodeFor(locked.error().code);
        }
        lock = locked.take();
        ui::FirstRunWizard wizard(path, clock);
        if (wizard.exec() != QDialog::Accepted || !wizard.isCreated())
            return 0;
        reg = wizard.takeRegister();
        chief = wizard.chiefUsername();
    } else {
        if (auto check = registerfile::checkBeforeOpen(path); !check) {
            ui::showError(nullptr, title, check.error());
            return exitCodeFor(check.error().code);
        }
        auto locked = RegisterLock::acquire(path);
        if (!locked) {
            ui::showError(nullptr, title, locked.error());
            return exitCodeFor(locked.error().code);
        }
        lock = locked.take();
        auto id = registerfile::readId(path);
        if (!id) {
            ui::showError(nullptr, title, id.error());
            return exitCodeFor(id.error().code);
        }
        auto opened = unlock(path, id.value(), args.value(QStringLiteral("key-file")));
        if (!opened) {
            if (opened.error().code != ErrorCode::NoKey)
                ui::showError(nullptr, title, opened.error());
            return exitCodeFor(opened.error().code);
        }
        reg = opened.take();
        auto needed = StationSetup::needsFirstChief(*reg, clock);
        if (!needed) {
            ui::showError(nullptr, title, needed.error());
            return exitCodeFor(needed.error().code);
        }
        if (needed.value() && !completeFirstRun(*reg, clock, &chief))
            return 0;
    }
    int rc = 0;
    {
        QApplication::setQuitOnLastWindowClosed(false);
        SessionController session(*reg, clock);
        QObject::connect(&session, &SessionController::finished, qApp,
                         [](int code) { QApplication::exit(code); });
        session.start(chief);
        rc = QApplication::exec();
    }
    backUpOnClose(*reg);
    return rc;
}

} // namespace binhyen
