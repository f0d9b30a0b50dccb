#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QString>

namespace binhyen {

// The two files through which key material may leave BinhYen, only on explicit request, written
// with owner-only permissions and never over an existing file:
// - a register-key file: first line exactly the 32-byte register key in lower-case hex;
// - a recovery-key file: first line exactly the recovery key (RecoveryKey format).
namespace keyfiles {

Result<void> writeRegisterKeyFile(const QString& path, const SecretBytes& registerKey);
Result<SecretBytes> readRegisterKeyFile(const QString& path);

Result<void> writeRecoveryKeyFile(const QString& path, const SecretBytes& recoverySecret);
// Returns the recovery secret.
Result<SecretBytes> readRecoveryKeyFile(const QString& path);

} // namespace keyfiles
} // namespace binhyen
