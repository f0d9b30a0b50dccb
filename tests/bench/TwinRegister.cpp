#include "tests/bench/TwinRegister.h"

#include "models/store/CipherSettings.h"
#include "models/store/Migrator.h"
#include "models/store/Register.h"
#include "models/store/SqlFunctions.h"
#include "models/store/sqlcipher/SqlCipherDriver.h"
#include "tests/bench/TwinEngine.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QThread>

namespace binhyen {

using namespace Qt::StringLiterals;

namespace {

Result<void> exec(sqlite3* handle, const char* sql) {
    if (sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) != bench::engine::kOk)
        return makeError(ErrorCode::Io, u"Setting up the plain twin failed"_s,
                         QString::fromLatin1(sql));
    return {};
}

// One connection to the twin, set up as openKeyedHandle sets up a register's (same flags, same
// driver, same pragmas and SQL functions), without sqlite3_key.
Result<sqlite3*> openPlainHandle(const QString& path, bool create) {
    int flags =
        bench::engine::kOpenReadWrite | bench::engine::kOpenNoMutex | bench::engine::kOpenExResCode;
    if (create)
        flags |= bench::engine::kOpenCreate;
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr) !=
        bench::engine::kOk) {
        sqlite3_close_v2(handle);
        return makeError(ErrorCode::Io, u"Opening the plain twin failed"_s, path);
    }
    // SQLCipher writes 4096-byte pages (cipher_page_size); the twin's must match. Only takes
    // effect on a new file, before the first write.
    Result<void> ready = create ? exec(handle, "PRAGMA page_size = 4096") : Result<void>();
    if (ready)
        ready = cipher::applyConnectionPragmas(handle);
    // SQLCipher turns secure_delete on for every keyed database (freed pages are zeroed before
    // they are encrypted); the twin does the same work on its writes.
    if (ready)
        ready = exec(handle, "PRAGMA secure_delete = ON");
    if (ready && registerSqlFunctions(handle) != 0)
        ready = makeError(ErrorCode::Io, u"Registering the SQL functions failed"_s, path);
    if (!ready) {
        sqlite3_close_v2(handle);
        return ready.error();
    }
    return handle;
}

} // namespace

Result<std::unique_ptr<Register>> PlainTwin::create(const QString& path) {
    return start(path, true);
}

Result<std::unique_ptr<Register>> PlainTwin::open(const QString& path) {
    return start(path, false);
}

Result<std::unique_ptr<Register>> PlainTwin::start(const QString& path, bool create) {
    if (auto verified = cipher::verifyEngine(); !verified)
        return verified.error();
    registerSqlCipherDriver();
    if (create && QFileInfo::exists(path))
        return makeError(ErrorCode::Exists, u"The plain twin already exists"_s, path);
    if (!create && !QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, u"The plain twin does not exist"_s, path);
    auto handle = openPlainHandle(path, create);
    if (!handle)
        return handle.error();
    if (auto migrated = Migrator::migrate(handle.value()); !migrated) {
        sqlite3_close_v2(handle.value());
        return migrated.error();
    }
    if (create)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    std::unique_ptr<Register> reg(new Register(path, u"plain-twin"_s, SecretBytes()));
    // Every other thread (the statistics page's worker, the export's) opens its own plain
    // connection the same way.
    reg->m_openHandle = [](const QString& p) {
        return openPlainHandle(p, false);
    };
    const QString name = reg->connectionName(QThread::currentThread());
    QSqlDatabase::addDatabase(new SqlCipherDriver(handle.value()), name);
    reg->m_connections.insert(QThread::currentThread(), name);
    return reg;
}

} // namespace binhyen
