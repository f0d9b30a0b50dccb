#pragma once

#include "models/domain/Result.h"

class QSqlQuery;
struct sqlite3;

namespace binhyen {

// Maps an SQLite/SQLCipher result code to BinhYen's error model with a Vietnamese message.
// `context` is a short translated phrase of what was being done ("opening the register").
Error engineError(int code, const QString& engineText, const QString& context = {});
Error engineError(sqlite3* db, int code, const QString& context = {});
// The engine error of a failed Qt SQL statement (its native code and text), with `context`.
Error sqlError(const QSqlQuery& query, const QString& context);

} // namespace binhyen
