#include "models/store/Transaction.h"

#include "models/store/EngineErrors.h"
#include "models/store/NativeHandle.h"

#include <QAtomicInteger>
#include <sqlite3.h>

namespace binhyen {

namespace {
QAtomicInteger<quint64> g_savepoints;
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db)) {
    sqlite3* h = nativeHandle(m_db);
    if (!h) {
        m_error = makeError(ErrorCode::Io, QStringLiteral("not a BinhYen connection"));
        return;
    }
    int rc;
    if (sqlite3_get_autocommit(h)) {
        rc = sqlite3_exec(h, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    } else {
        m_savepoint = QStringLiteral("sp%1").arg(++g_savepoints);
        rc = sqlite3_exec(h, QByteArray("SAVEPOINT " + m_savepoint.toLatin1()).constData(), nullptr,
                          nullptr, nullptr);
    }
    if (rc == SQLITE_OK)
        m_active = true;
    else
        m_error = engineError(h, rc);
}

Transaction::~Transaction() {
    if (!m_active)
        return;
    sqlite3* h = nativeHandle(m_db);
    if (m_savepoint.isEmpty()) {
        sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
    } else {
        const QByteArray sp = m_savepoint.toLatin1();
        sqlite3_exec(h, QByteArray("ROLLBACK TO " + sp + "; RELEASE " + sp).constData(), nullptr,
                     nullptr, nullptr);
    }
}

Result<void> Transaction::commit() {
    if (!m_active)
        return m_error;
    sqlite3* h = nativeHandle(m_db);
    const QByteArray sql = m_savepoint.isEmpty() ? QByteArray("COMMIT")
                                                 : QByteArray("RELEASE " + m_savepoint.toLatin1());
    const int rc = sqlite3_exec(h, sql.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return engineError(h, rc);
    m_active = false;
    return {};
}

} // namespace binhyen
