#include "tests/bench/TwinRegister.h"

#include "models/store/CipherSettings.h"
#include "models/store/Migrator.h"
#include "models/store/Register.h"
#include "models/store/SqlFunctions.h"
#include "models/store/sqlcipher/SqlCipherDriver.h"
#include "tests/bench/TwinEngine.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace binhyen {

using namespace Qt::StringLiterals;

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

    // Opened as openKeyedHandle opens a register (same flags, same driver), without sqlite3_key.
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
    std::unique_ptr<Register> reg(new Register(path, u"plain-twin"_s, SecretBytes()));
    const QString name = reg->connectionName(QThread::currentThread());
    QSqlDatabase db = QSqlDatabase::addDatabase(new SqlCipherDriver(handle), name);
    reg->m_connections.insert(QThread::currentThread(), name);
    {
        // SQLCipher writes 4096-byte pages (cipher_page_size); the twin's must match. Only takes
        // effect on a new file, before the first write.
        QSqlQuery q(db);
        if (create && !q.exec(u"PRAGMA page_size = 4096"_s))
            return makeError(ErrorCode::Io, u"page_size"_s, q.lastError().text());
    }
    if (auto pragmas = cipher::applyConnectionPragmas(handle); !pragmas)
        return pragmas.error();
    {
        // SQLCipher turns secure_delete on for every keyed database (freed pages are zeroed
        // before they are encrypted); the twin does the same work on its writes.
        QSqlQuery q(db);
        if (!q.exec(u"PRAGMA secure_delete = ON"_s))
            return makeError(ErrorCode::Io, u"secure_delete"_s, q.lastError().text());
    }
    if (registerSqlFunctions(handle) != 0)
        return makeError(ErrorCode::Io, u"Registering the SQL functions failed"_s, path);
    if (auto migrated = Migrator::migrate(handle); !migrated)
        return migrated.error();
    if (create)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return reg;
}

} // namespace binhyen
