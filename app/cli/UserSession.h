#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"
#include "models/security/Session.h"

#include <QString>
#include <memory>

namespace binhyen {

class Arguments;
class Register;

namespace cli {

// The password of `username` for a command that acts as a user (docs/CLI.md): the environment
// variable BINHYEN_PASSWORD, else typed at a terminal prompt without echo — never an argument.
// NoKey when neither is available.
Result<SecretBytes> readPassword(const QString& username);

// A new password (the first chief's at init): BINHYEN_PASSWORD, else typed twice at a terminal.
Result<SecretBytes> readNewPassword(const QString& username);

// Logs `username` on to `reg` through LogonService (UserRepo::logon: lockout applies; a failure
// is audited by the application, a success as the user; a chief's logon signs a checkpoint).
// Wrong password: WrongKey (exit 3); locked, deactivated or without a password: NotPermitted
// (exit 5).
Result<Session> logonAs(Register& reg, const QString& username, const SecretBytes& password);

// --user NAME with the password from readPassword(). Usage error when --user is missing.
Result<Session> logonFromCommandLine(Register& reg, const Arguments& args);

// The register of --register opened with its key (--key-file, else this computer's keychain)
// and --user logged on: what every command that reads or writes records as a user starts with.
struct UserRegister {
    std::unique_ptr<Register> reg;
    Session session;
};
Result<UserRegister> openAsUser(const Arguments& args);
// The exit code for an error of openAsUser(): a usage error prints the usage.
int exitForOpenError(const Error& error);

} // namespace cli

} // namespace binhyen
