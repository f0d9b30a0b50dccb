#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "app/cli/KeySources.h"
#include "app/cli/UserSession.h"
#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/KeyFiles.h"
#include "models/store/Register.h"

#include <QCoreApplication>

namespace binhyen::cli {

// binhyen account recover --register F [--key-file K] --recovery-key-file R --user NAME
// A chief locked out or with a forgotten password gets a new password (BINHYEN_PASSWORD or typed
// twice) through the recovery key: the escrow key opens the station keys again.
int runAccount(const Arguments& args) {
    const QString path = args.value(QStringLiteral("register"));
    const QString username = args.value(QStringLiteral("user")).trimmed();
    const QString recoveryFile = args.value(QStringLiteral("recovery-key-file"));
    if (args.word(1) != QLatin1String("recover") || path.isEmpty() || username.isEmpty() ||
        recoveryFile.isEmpty())
        return usage(QCoreApplication::translate(
            "AccountCommand", "Usage: binhyen account recover --register FILE [--key-file FILE] "
                              "--recovery-key-file FILE --user NAME"));
    auto secret = keyfiles::readRecoveryKeyFile(recoveryFile);
    if (!secret)
        return fail(secret.error());
    // The recovery key also opens the register, when no other key source is given.
    auto key = args.value(QStringLiteral("key-file")).isEmpty()
                   ? Result<SecretBytes>(KeyDerivation::registerKey(secret.value()))
                   : registerKeyFor(path, args.value(QStringLiteral("key-file")));
    if (!key)
        return fail(key.error());
    auto reg = Register::open(path, key.take());
    if (!reg)
        return fail(reg.error());
    const SystemClock clock;
    UserRepo users(reg.value()->database(), clock);
    auto account = users.find(username);
    if (!account)
        return fail(account.error());
    auto password = readNewPassword(username);
    if (!password)
        return fail(password.error());
    if (auto done = users.resetWithEscrow(
            account.value().id, KeyDerivation::escrowKey(secret.value()), password.value());
        !done)
        return fail(done.error());
    // The chief logs on with the new password at once: audited, and the chief's checkpoint.
    auto session = logonAs(*reg.value(), username, password.value());
    if (!session)
        return fail(session.error());
    AuditEntry recovered;
    recovered.action = QStringLiteral("user.recover");
    recovered.entity = QStringLiteral("user");
    recovered.entityId = account.value().id;
    recovered.detail = QStringLiteral("recovery key");
    if (auto logged = AuditRepo(reg.value()->database(), clock).append(session.value(), recovered);
        !logged)
        warn(logged.error().message);
    say(QCoreApplication::translate("AccountCommand",
                                    "The chief's account %1 has a new password and is unlocked.")
            .arg(username));
    return 0;
}

} // namespace binhyen::cli
