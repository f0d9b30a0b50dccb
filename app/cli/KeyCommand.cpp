#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "app/cli/KeySources.h"
#include "models/security/KeyDerivation.h"
#include "models/security/KeyFiles.h"
#include "models/security/Keychain.h"
#include "models/security/RecoveryKey.h"
#include "models/store/Register.h"
#include "models/store/ShellStatements.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace binhyen::cli {

namespace {

// binhyen key sqlcipher-shell --register F [--key-file K]
int sqlcipherShell(const Arguments& args) {
    const QString path = args.value(QStringLiteral("register"));
    auto key = registerKeyFor(path, args.value(QStringLiteral("key-file")));
    if (!key)
        return fail(key.error());
    // Prove the key before printing anything.
    if (auto reg = Register::open(path, key.value().copy(), {false, -1}); !reg)
        return fail(reg.error());
    QByteArray text = shellStatements(key.value());
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    std::fflush(stdout);
    wipe(text);
    return 0;
}

// binhyen key recover --register F --recovery-key-file R
int recover(const Arguments& args) {
    const QString path = args.value(QStringLiteral("register"));
    const QString file = args.value(QStringLiteral("recovery-key-file"));
    auto secret = file.isEmpty() ? promptRecoverySecret() : keyfiles::readRecoveryKeyFile(file);
    if (!secret)
        return fail(secret.error());
    auto reg = Register::open(path, KeyDerivation::registerKey(secret.value()), {false, -1});
    if (!reg)
        return fail(reg.error());
    if (auto stored = Keychain().storeRegisterKey(reg.value()->id(),
                                                  KeyDerivation::registerKey(secret.value()));
        !stored)
        return fail(stored.error());
    say(QCoreApplication::translate(
        "KeyCommand", "The register key is stored in this computer's keychain again."));
    return 0;
}

// binhyen key rekey --register F [--key-file K] --recovery-key-out R2 [--register-key-out K2]
int rekey(const Arguments& args) {
    const QString path = args.value(QStringLiteral("register"));
    const QString recoveryOut = args.value(QStringLiteral("recovery-key-out"));
    const QString keyOut = args.value(QStringLiteral("register-key-out"));
    if (path.isEmpty() || recoveryOut.isEmpty())
        return usage(QCoreApplication::translate(
            "KeyCommand", "Usage: binhyen key rekey --register FILE [--key-file FILE] "
                          "--recovery-key-out FILE [--register-key-out FILE]"));
    for (const QString& f : {recoveryOut, keyOut}) {
        if (!f.isEmpty() && QFileInfo::exists(f))
            return fail(makeError(
                ErrorCode::Exists,
                QCoreApplication::translate("KeyCommand", "The file already exists; BinhYen never "
                                                          "overwrites it."),
                f));
    }
    auto key = registerKeyFor(path, args.value(QStringLiteral("key-file")));
    if (!key)
        return fail(key.error());
    auto reg = Register::open(path, key.take());
    if (!reg)
        return fail(reg.error());
    SecretBytes recovery = RecoveryKey::generateSecret();
    // The new recovery key is saved before the file changes, so it can never be lost.
    if (auto written = keyfiles::writeRecoveryKeyFile(recoveryOut, recovery); !written)
        return fail(written.error());
    if (auto done = reg.value()->rekey(KeyDerivation::registerKey(recovery)); !done)
        return fail(done.error());
    if (!keyOut.isEmpty()) {
        if (auto written =
                keyfiles::writeRegisterKeyFile(keyOut, KeyDerivation::registerKey(recovery));
            !written)
            return fail(written.error());
    }
    if (auto stored =
            Keychain().storeRegisterKey(reg.value()->id(), KeyDerivation::registerKey(recovery));
        !stored)
        warn(stored.error().message);
    say(QCoreApplication::translate(
            "KeyCommand",
            "The register has a new key. The new recovery key is in %1; the old recovery key no "
            "longer opens it.")
            .arg(recoveryOut));
    return 0;
}

} // namespace

int runKey(const Arguments& args) {
    const QString sub = args.word(1);
    if (args.value(QStringLiteral("register")).isEmpty())
        return usage(QCoreApplication::translate(
            "KeyCommand", "Usage: binhyen key sqlcipher-shell|recover|rekey --register FILE …"));
    if (sub == QLatin1String("sqlcipher-shell"))
        return sqlcipherShell(args);
    if (sub == QLatin1String("recover"))
        return recover(args);
    if (sub == QLatin1String("rekey"))
        return rekey(args);
    return usage(QCoreApplication::translate("KeyCommand", "Unknown key command: %1").arg(sub));
}

} // namespace binhyen::cli
