#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <sqlite3.h>

namespace binhyen {

Error engineError(int code, const QString& engineText, const QString& context) {
    const QString detail = QStringLiteral("SQLite %1: %2").arg(code).arg(engineText);
    QString message;
    ErrorCode kind = ErrorCode::Io;
    switch (code & 0xFF) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        kind = ErrorCode::Damaged;
        message = QCoreApplication::translate(
            "Store", "The register file is damaged or is not a BinhYen register. Restore it from "
                     "a backup.");
        break;
    case SQLITE_FULL:
        kind = ErrorCode::DiskFull;
        message = QCoreApplication::translate(
            "Store", "The disk is full. Nothing was lost; free some space and try again.");
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        kind = ErrorCode::ReadOnly;
        message = QCoreApplication::translate(
            "Store", "The register file or its folder cannot be written (read-only).");
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        kind = ErrorCode::Busy;
        message = QCoreApplication::translate(
            "Store", "The register is busy with another program. Wait a moment and try again.");
        break;
    case SQLITE_CANTOPEN:
        kind = ErrorCode::NotFound;
        message = QCoreApplication::translate(
            "Store", "The register file cannot be opened (missing, or the folder is not "
                     "accessible).");
        break;
    case SQLITE_CONSTRAINT:
        kind = ErrorCode::InvalidInput;
        message = QCoreApplication::translate(
            "Store", "The change was refused because it conflicts with data already in the "
                     "register.");
        break;
    case SQLITE_IOERR:
        kind = ErrorCode::Io;
        message = QCoreApplication::translate(
            "Store", "The disk reported an error while reading or writing the register.");
        break;
    default:
        message =
            QCoreApplication::translate("Store", "The register reported an unexpected error.");
        break;
    }
    if (!context.isEmpty())
        message = context + QStringLiteral(": ") + message;
    return makeError(kind, message, detail);
}

Error engineError(sqlite3* db, int code, const QString& context) {
    const QString text =
        db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    return engineError(db ? sqlite3_extended_errcode(db) : code, text, context);
}

Error sqlError(const QSqlQuery& query, const QString& context) {
    const QSqlError e = query.lastError();
    return engineError(e.nativeErrorCode().toInt(), e.databaseText(), context);
}

} // namespace binhyen
