#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

struct sqlite3;

namespace binhyen {

// SQLCipher parameters, explicit so a register moves between Linux and Windows (and SQLCipher
// builds with other defaults) unchanged. Applied after keying on every open, before any read.
namespace cipher {

constexpr int kPageSize = 4096;
constexpr char kRequiredVersion[] = "4.6.1 community";

// Keys a freshly opened handle with a 32-byte raw key (sqlite3_key with the raw-key blob
// form, built in a locked buffer that is wiped; never SQL text) and applies the parameters.
int applyKey(sqlite3* db, const SecretBytes& key);
// Changes the key of an open, keyed handle (sqlite3_rekey, same raw-key form).
int applyRekey(sqlite3* db, const SecretBytes& key);
// The connection settings every BinhYen connection runs with: WAL, synchronous=FULL, foreign keys.
Result<void> applyConnectionPragmas(sqlite3* db);
// Checks that the linked engine is the pinned SQLCipher build.
Result<void> verifyEngine();

} // namespace cipher
} // namespace binhyen
