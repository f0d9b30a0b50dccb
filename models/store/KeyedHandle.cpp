#include "models/store/KeyedHandle.h"

#include "models/store/CipherSettings.h"
#include "models/store/EngineErrors.h"
#include "models/store/SqlFunctions.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace binhyen {

namespace {

// Pages whose HMAC does not verify, according to SQLCipher (-1 when the check cannot run).
int failingPages(sqlite3* db) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_integrity_check", -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    int failures = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW)
        ++failures;
    sqlite3_finalize(stmt);
    return failures;
}

// After the first read failed with "not a database": a wrong key fails on every page, a damaged
// file only on some.
Error classifyUnreadable(sqlite3* db, const QString& path, int rc) {
    const qint64 pages = QFileInfo(path).size() / cipher::kPageSize;
    const int failures = failingPages(db);
    if (failures >= 0 && pages > 1 && failures < pages) {
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate(
                "Store", "The register file is damaged: some pages are unreadable. Restore it "
                         "from a backup; the damaged file is left as it is."),
            QStringLiteral("SQLite %1; %2 of %3 pages fail").arg(rc).arg(failures).arg(pages));
    }
    return makeError(ErrorCode::WrongKey,
                     QCoreApplication::translate(
                         "Store",
                         "The key does not open this register (wrong key, or the file is not a "
                         "BinhYen register). The file was not changed."),
                     QStringLiteral("SQLite %1").arg(rc));
}

} // namespace

Result<sqlite3*> openKeyedHandle(const QString& path, const SecretBytes& key, HandleMode mode) {
    if (key.size() != 32)
        return makeError(ErrorCode::NoKey, QCoreApplication::translate(
                                               "Store", "No key is available for the register."));
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    if (mode == HandleMode::CreateNew)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* db = nullptr;
    const QByteArray native = QFile::encodeName(path);
    int rc = sqlite3_open_v2(native.constData(), &db, flags, nullptr);
    auto fail = [&db](Error error) -> Result<sqlite3*> {
        sqlite3_close_v2(db);
        db = nullptr;
        return error;
    };
    if (rc != SQLITE_OK)
        return fail(engineError(db, rc));
    rc = cipher::applyKey(db, key);
    if (rc != SQLITE_OK)
        return fail(engineError(db, rc));
    rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    if ((rc & 0xFF) == SQLITE_NOTADB)
        return fail(classifyUnreadable(db, path, rc));
    if (rc != SQLITE_OK)
        return fail(engineError(db, rc));
    if (auto pragmas = cipher::applyConnectionPragmas(db); !pragmas)
        return fail(pragmas.error());
    if (rc = registerSqlFunctions(db); rc != SQLITE_OK)
        return fail(engineError(db, rc));
    return db;
}

} // namespace binhyen
