#include "models/store/CipherSettings.h"

#include "models/store/EngineErrors.h"
#include "models/store/sqlcipher/SqlCipherDriver.h"

#include <QCoreApplication>
#include <cstring>
#include <sqlite3.h>

namespace binhyen::cipher {

namespace {

constexpr const char* kCipherPragmas[] = {
    "PRAGMA cipher_page_size = 4096",
    "PRAGMA kdf_iter = 256000",
    "PRAGMA cipher_hmac_algorithm = HMAC_SHA512",
    "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512",
    "PRAGMA cipher_plaintext_header_size = 0",
};

// "x'<64 hex>'": SQLCipher's raw-key form, passed to sqlite3_key as bytes (not SQL).
SecretBytes rawKeyBlob(const SecretBytes& key) {
    SecretBytes blob(key.size() * 2 + 3);
    blob.data()[0] = 'x';
    blob.data()[1] = '\'';
    static constexpr char hex[] = "0123456789abcdef";
    for (std::size_t i = 0; i < key.size(); ++i) {
        blob.data()[2 + 2 * i] = static_cast<unsigned char>(hex[key.data()[i] >> 4]);
        blob.data()[3 + 2 * i] = static_cast<unsigned char>(hex[key.data()[i] & 15]);
    }
    blob.data()[blob.size() - 1] = '\'';
    return blob;
}

int execAll(sqlite3* db) {
    for (const char* sql : kCipherPragmas) {
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

} // namespace

int applyKey(sqlite3* db, const SecretBytes& key) {
    const SecretBytes blob = rawKeyBlob(key);
    const int rc = sqlite3_key(db, blob.data(), static_cast<int>(blob.size()));
    return rc == SQLITE_OK ? execAll(db) : rc;
}

int applyRekey(sqlite3* db, const SecretBytes& key) {
    const SecretBytes blob = rawKeyBlob(key);
    return sqlite3_rekey(db, blob.data(), static_cast<int>(blob.size()));
}

Result<void> applyConnectionPragmas(sqlite3* db) {
    static constexpr const char* pragmas[] = {
        "PRAGMA journal_mode = WAL",  "PRAGMA synchronous = FULL",  "PRAGMA foreign_keys = ON",
        "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY",
    };
    for (const char* sql : pragmas) {
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return engineError(db, rc);
    }
    sqlite3_busy_timeout(db, 5000);
    return {};
}

Result<void> verifyEngine() {
    registerSqlCipherDriver(); // routes engine logging before SQLite initialises
    sqlite3* db = nullptr;
    sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QByteArray version;
    sqlite3_stmt* stmt = nullptr;
    if (db && sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        version = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    sqlite3_close_v2(db);
    if (version != kRequiredVersion) {
        return makeError(ErrorCode::WrongEngine,
                         QCoreApplication::translate(
                             "Store", "BinhYen was built with the wrong encryption engine and "
                                      "refuses to run. Reinstall BinhYen."),
                         QStringLiteral("cipher_version=") + QString::fromUtf8(version));
    }
    return {};
}

} // namespace binhyen::cipher
