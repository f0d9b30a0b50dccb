#include "app/cli/UserSession.h"

#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/KeySources.h"
#include "models/domain/Clock.h"
#include "models/repo/audit/AuditAnchor.h"
#include "models/security/Keychain.h"
#include "models/security/LogonService.h"
#include "models/store/Register.h"

#include <QCoreApplication>

namespace binhyen::cli {

namespace {

constexpr char kPasswordVariable[] = "BINHYEN_PASSWORD";

} // namespace

Result<SecretBytes> readPassword(const QString& username) {
    if (qEnvironmentVariableIsSet(kPasswordVariable)) {
        QByteArray value = qgetenv(kPasswordVariable);
        return SecretBytes::takeFrom(value);
    }
    auto typed = readHidden(
        QCoreApplication::translate("UserSession", "Password of %1 (it is not shown), then Enter:")
            .arg(username));
    if (!typed)
        return makeError(ErrorCode::NoKey,
                         QCoreApplication::translate(
                             "UserSession",
                             "No password: set the environment variable BINHYEN_PASSWORD or run "
                             "the command at a terminal to type it."));
    return typed;
}

Result<SecretBytes> readNewPassword(const QString& username) {
    if (qEnvironmentVariableIsSet(kPasswordVariable))
        return readPassword(username);
    auto first = readHidden(QCoreApplication::translate(
                                "UserSession", "New password of %1 (it is not shown), then Enter:")
                                .arg(username));
    if (!first)
        return readPassword(username); // the "no password" error
    auto second = readHidden(
        QCoreApplication::translate("UserSession", "Type the same password again, then Enter:"));
    if (!second || !second.value().equals(first.value()))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("UserSession", "The two passwords are not the same."));
    return first;
}

Result<Session> logonAs(Register& reg, const QString& username, const SecretBytes& password) {
    // The windows' logon: audited ("logon" signed by the user, "logon.failed" by the
    // application), and a chief's logon signs an audit checkpoint.
    // Its security alarms (audit trail, identity keys) go to stderr; the checkpoint is
    // remembered on this computer by the service.
    const SystemClock clock;
    LogonService service(reg.database(), clock);
    auto session = service.logon(username, password);
    for (const QString& alarm : service.alarms())
        warn(alarm);
    return session;
}

Result<Session> logonFromCommandLine(Register& reg, const Arguments& args) {
    const QString username = args.value(QStringLiteral("user")).trimmed();
    if (username.isEmpty())
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate("UserSession",
                                                     "This command acts as a user: give --user "
                                                     "NAME (the password is asked for)."));
    auto password = readPassword(username);
    if (!password)
        return password.error();
    return logonAs(reg, username, password.value());
}

Result<UserRegister> openAsUser(const Arguments& args) {
    const QString path = args.value(QStringLiteral("register"));
    auto key = registerKeyFor(path, args.value(QStringLiteral("key-file")));
    if (!key)
        return key.error();
    auto reg = Register::open(path, key.take());
    if (!reg)
        return reg.error();
    auto session = logonFromCommandLine(*reg.value(), args);
    if (!session)
        return session.error();
    return UserRegister{reg.take(), session.take()};
}

int exitForOpenError(const Error& error) {
    return error.code == ErrorCode::Usage ? usage(error.message) : fail(error);
}

} // namespace binhyen::cli
