#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QString>

namespace binhyen::cli {

// Finds the register key, in the order docs/CLI.md promises: --key-file, then this machine's
// keychain entry for the register, then the recovery key typed at a terminal prompt (no echo).
// Without any of them: ErrorCode::NoKey.
Result<SecretBytes> registerKeyFor(const QString& registerPath, const QString& keyFile);

// Shows `prompt` on stderr and reads one line typed at the terminal without echo (a password, a
// recovery key). ErrorCode::NoKey (empty message) when stdin is not a terminal.
Result<SecretBytes> readHidden(const QString& prompt);

// Reads the recovery key typed at the terminal (no echo). NoKey when stdin is not a terminal.
Result<SecretBytes> promptRecoverySecret();

} // namespace binhyen::cli
