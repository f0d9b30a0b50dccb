#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

struct sqlite3;

namespace binhyen {

// Opens an SQLCipher handle on a register file with its 32-byte key, applies the cipher
// parameters and connection pragmas, and proves the key by reading the schema. Returns a typed
// outcome: wrong key, damaged, read-only, disk full … The caller owns the handle.
enum class HandleMode { OpenExisting, CreateNew };

Result<sqlite3*> openKeyedHandle(const QString& path, const SecretBytes& key, HandleMode mode);

} // namespace binhyen
