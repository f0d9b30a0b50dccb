#include "models/store/Register.h"

#include "models/store/Backup.h"
#include "models/store/CipherSettings.h"
#include "models/store/EngineErrors.h"
#include "models/store/KeyedHandle.h"
#include "models/store/Migrator.h"
#include "models/store/NativeHandle.h"
#include "models/store/RegisterFile.h"
#include "models/store/sqlcipher/SqlCipherDriver.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QThread>
#include <sqlite3.h>

namespace binhyen {

namespace {

QAtomicInteger<quint64> g_instances;

QSqlDatabase adopt(sqlite3* handle, const QString& name) {
    return QSqlDatabase::addDatabase(new SqlCipherDriver(handle), name);
}

// The register id (the file's 16-byte salt, as registerfile::readId gives it) from the open
// handle. Never read the file through another descriptor while a connection is open: closing it
// drops every POSIX lock this process holds on the file, and another process closing its last
// connection would then delete the WAL this connection still writes to.
Result<QString> saltId(sqlite3* db) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, "PRAGMA cipher_salt", -1, &stmt, nullptr);
    QString id;
    if (rc == SQLITE_OK && (rc = sqlite3_step(stmt)) == SQLITE_ROW)
        id = QString::fromLatin1(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)))
                 .toLower();
    sqlite3_finalize(stmt);
    if (id.size() != 32)
        return engineError(db, rc == SQLITE_ROW ? SQLITE_CORRUPT : rc);
    return id;
}

} // namespace

Register::Register(QString path, QString id, SecretBytes key)
    : m_path(std::move(path))
    , m_id(std::move(id))
    , m_key(std::move(key))
    , m_instance(++g_instances) {}

Register::~Register() {
    closeAllConnections();
}

Result<std::unique_ptr<Register>> Register::create(const QString& path, SecretBytes key) {
    return start(path, std::move(key), Options{}, true);
}

Result<std::unique_ptr<Register>> Register::create(const QString& path, SecretBytes key,
                                                   const Options& options) {
    return start(path, std::move(key), options, true);
}

Result<std::unique_ptr<Register>> Register::open(const QString& path, SecretBytes key) {
    return start(path, std::move(key), Options{}, false);
}

Result<std::unique_ptr<Register>> Register::open(const QString& path, SecretBytes key,
                                                 const Options& options) {
    return start(path, std::move(key), options, false);
}

Result<std::unique_ptr<Register>> Register::start(const QString& path, SecretBytes key,
                                                  const Options& options, bool create) {
    if (auto engine = cipher::verifyEngine(); !engine)
        return engine.error();
    registerSqlCipherDriver();
    if (auto check =
            create ? registerfile::checkBeforeCreate(path) : registerfile::checkBeforeOpen(path);
        !check)
        return check.error();
    auto handle =
        openKeyedHandle(path, key, create ? HandleMode::CreateNew : HandleMode::OpenExisting);
    if (!handle)
        return handle.error();
    sqlite3* db = handle.value();
    int target = options.targetVersion;
    if (!options.migrate && !create) {
        auto current = Migrator::currentVersion(db);
        if (!current) {
            sqlite3_close_v2(db);
            return current.error();
        }
        target = current.value(); // only the "newer register" check runs
    }
    if (auto migrated = Migrator::migrate(db, target); !migrated) {
        sqlite3_close_v2(db);
        return migrated.error();
    }
    if (create) {
        // Owner-only, like every file BinhYen writes that holds register data.
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    auto id = saltId(db);
    if (!id) {
        sqlite3_close_v2(db);
        return id.error();
    }
    std::unique_ptr<Register> reg(new Register(path, id.value(), std::move(key)));
    const QString name = reg->connectionName(QThread::currentThread());
    adopt(db, name);
    reg->m_connections.insert(QThread::currentThread(), name);
    return reg;
}

QString Register::connectionName(QThread* thread) const {
    return QStringLiteral("binhyen-%1-%2")
        .arg(m_instance)
        .arg(reinterpret_cast<quintptr>(thread), 0, 16);
}

Result<QSqlDatabase> Register::connection() {
    QThread* thread = QThread::currentThread();
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_connections.constFind(thread); it != m_connections.constEnd())
            return QSqlDatabase::database(*it, false);
    }
    auto handle = openThreadHandle();
    if (!handle)
        return handle.error();
    const QString name = connectionName(thread);
    QSqlDatabase db = adopt(handle.value(), name);
    QMutexLocker lock(&m_mutex);
    m_connections.insert(thread, name);
    return db;
}

Result<sqlite3*> Register::openThreadHandle() const {
    if (m_openHandle)
        return m_openHandle(m_path);
    return openKeyedHandle(m_path, m_key, HandleMode::OpenExisting);
}

QSqlDatabase Register::database() {
    auto db = connection();
    return db ? db.value() : QSqlDatabase();
}

void Register::closeThreadConnection() {
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        name = m_connections.take(QThread::currentThread());
    }
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void Register::closeAllConnections() {
    QMutexLocker lock(&m_mutex);
    // Connections of other threads must have been closed by their threads; this closes whatever
    // is left (the creating thread's, in the normal case).
    for (const QString& name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

Result<int> Register::schemaVersion() {
    auto db = connection();
    if (!db)
        return db.error();
    return Migrator::currentVersion(nativeHandle(db.value()));
}

Result<void> Register::checkpoint() {
    auto db = connection();
    if (!db)
        return db.error();
    sqlite3* h = nativeHandle(db.value());
    const int rc =
        sqlite3_wal_checkpoint_v2(h, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return engineError(h, rc);
    return {};
}

Result<void> Register::rekey(SecretBytes newKey) {
    if (newKey.size() != 32)
        return makeError(ErrorCode::NoKey, QStringLiteral("bad key size"));
    auto db = connection();
    if (!db)
        return db.error();
    sqlite3* h = nativeHandle(db.value());
    // Rekeying rewrites every page; it needs rollback-journal mode, then WAL is restored.
    int rc = sqlite3_exec(h, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        rc = cipher::applyRekey(h, newKey);
    const int walRc = sqlite3_exec(h, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return engineError(h, rc);
    if (walRc != SQLITE_OK)
        return engineError(h, walRc);
    m_key = std::move(newKey);
    return {};
}

Result<void> Register::verifyCopy(const QString& copyPath) const {
    return Backup::verify(copyPath, m_key);
}

Result<void> Register::checkIntegrity() {
    auto db = connection();
    if (!db)
        return db.error();
    sqlite3* h = nativeHandle(db.value());
    QByteArrayList problems;
    for (const char* sql : {"PRAGMA integrity_check", "PRAGMA cipher_integrity_check"}) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return engineError(h, sqlite3_errcode(h));
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const QByteArray row = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            if (row != "ok")
                problems.append(row);
        }
        sqlite3_finalize(stmt);
    }
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Damaged,
                         QCoreApplication::translate("Store", "The register's integrity check "
                                                              "found damage."),
                         QString::fromUtf8(problems.join("; ")));
    }
    return {};
}

} // namespace binhyen
