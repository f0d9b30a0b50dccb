#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"
#include "models/security/Session.h"

#include <QString>

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

} // namespace cli

} // namespace binhyen
