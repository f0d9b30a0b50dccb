#pragma once

// Value and error conversion between Qt and the SQLCipher (SQLite) C API, shared by
// SqlCipherDriver and SqlCipherResult. Only their .cpp files include sqlite3.h.

#include <QMetaType>
#include <QSqlError>
#include <QString>
#include <QVariant>
#include <QtSql/qtsqlglobal.h>

struct sqlite3;
struct sqlite3_stmt;

namespace binhyen::sqlcipher {

// The Qt type for an SQLite declared column type. Follows SQLite's affinity rules (INT → qint64,
// CHAR/CLOB/TEXT → QString, BLOB or none → QByteArray, REAL/FLOA/DOUB → double) and refines a few
// common names first (BOOL → bool, DATETIME/TIMESTAMP → QDateTime, DATE → QDate, TIME → QTime).
// Anything else (NUMERIC affinity: NUMERIC, DECIMAL, JSON…) maps to QString.
QMetaType typeForDeclared(const QString& declaredType);

// The Qt type of an SQLite storage class (SQLITE_INTEGER…); QString for NULL.
QMetaType typeForStorageClass(int storageClass);

// Binds `value` to the 1-based parameter `index`. Any null QVariant → NULL; bool → 0/1; integers →
// 64-bit integer; float/double → REAL; QString → UTF-8 TEXT; QByteArray → BLOB; QDate, QTime,
// QDateTime → ISO 8601 TEXT (isoText). Returns an SQLite result code (SQLITE_MISMATCH for a type
// that has no SQL form, SQLITE_RANGE for an unsigned value above 2^63-1).
int bindValue(sqlite3_stmt* stmt, int index, const QVariant& value);

// The value of `column` in the statement's current row: INTEGER → qint64, REAL → double (or an
// integer under the LowPrecisionInt32/64 policies), TEXT → QString, BLOB → QByteArray,
// NULL → a null QVariant of `nullType`.
QVariant columnValue(sqlite3_stmt* stmt, int column, QSql::NumericalPrecisionPolicy policy,
                     QMetaType nullType);

// ISO 8601 text of a QDate ("2024-05-01"), QTime ("10:20:30.123") or QDateTime
// ("2024-05-01T10:20:30.123", plus "Z" or "+07:00" when not local time); the forms SQLite's date
// functions read.
QString isoText(const QVariant& value);

// The SQL literal for `value` stored in a field of type `type` (QSqlDriver::formatValue).
QString sqlLiteral(const QVariant& value, QMetaType type, bool trimStrings);

// A QSqlError for a failure with result code `rc` on `db` (db may be null): nativeErrorCode is
// the extended result code in decimal, databaseText is sqlite3_errmsg (or sqlite3_errstr).
QSqlError makeError(sqlite3* db, int rc, const QString& driverText, QSqlError::ErrorType type);

} // namespace binhyen::sqlcipher
