#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace binhyen {

// The SQLCipher handle behind a BinhYen connection, for the few store operations that need the C
// API (keying, scripts, export). nullptr when the connection is not a BinhYen SQLCipher one.
sqlite3* nativeHandle(const QSqlDatabase& db);

} // namespace binhyen
