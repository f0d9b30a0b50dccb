#pragma once

// The few functions of the SQLCipher engine that binhyen-bench calls directly. The engine is
// linked statically into binhyen_models, whose include path for sqlite3.h is private; these are
// exactly sqlite3.h's declarations (SQLite 3.46.1 / SQLCipher 4.6.1), with the flag values the
// twin needs.
struct sqlite3;

extern "C" {
int sqlite3_open_v2(const char* filename, sqlite3** ppDb, int flags, const char* zVfs);
int sqlite3_close_v2(sqlite3*);
int sqlite3_exec(sqlite3*, const char* sql, int (*callback)(void*, int, char**, char**), void*,
                 char** errmsg);
}

namespace binhyen::bench::engine {

inline constexpr int kOk = 0;                     // SQLITE_OK
inline constexpr int kOpenReadWrite = 0x00000002; // SQLITE_OPEN_READWRITE
inline constexpr int kOpenCreate = 0x00000004;    // SQLITE_OPEN_CREATE
inline constexpr int kOpenNoMutex = 0x00008000;   // SQLITE_OPEN_NOMUTEX
inline constexpr int kOpenExResCode = 0x02000000; // SQLITE_OPEN_EXRESCODE

} // namespace binhyen::bench::engine
