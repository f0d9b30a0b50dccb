#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QString>

namespace binhyen {

class Register;

// Encrypted, consistent copies of a register. A backup is written with sqlcipher_export into an
// attached file under the same key (never the online-backup API, which writes plaintext), then
// reopened and integrity-checked before it gets its final name. A restore checks the copy first,
// then moves the current file (and its WAL) aside and never deletes it.
class Backup {
public:
    // Returns the path of the new backup in `folder`.
    static Result<QString> create(Register& reg, const QString& folder, const Clock& clock);
    // Replaces the register at `registerPath` (which must not be open) with `backupPath`.
    // Returns the path where the replaced file was kept.
    static Result<QString> restore(const QString& registerPath, const SecretBytes& key,
                                   const QString& backupPath, const Clock& clock);
    // Opens `path` with `key` and runs the integrity checks.
    static Result<void> verify(const QString& path, const SecretBytes& key);
};

} // namespace binhyen
