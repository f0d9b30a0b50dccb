#include "models/store/sqlcipher/SqlCipherResult.h"

#include "models/store/sqlcipher/SqlCipherDriver.h"
#include "models/store/sqlcipher/SqlCipherValue.h"

#include <QSqlField>
#include <sqlite3.h>

namespace binhyen {

namespace {

// True when `sql` holds nothing but whitespace, ';' and SQL comments.
bool onlyCommentsLeft(const char* sql) {
    const char* p = sql;
    while (p && *p) {
        const char c = *p;
        if (c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            ++p;
        } else if (c == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                ++p;
        } else if (c == '/' && p[1] == '*') {
            p += 2;
            while (*p && !(p[0] == '*' && p[1] == '/'))
                ++p;
            if (*p)
                p += 2;
        } else {
            return false;
        }
    }
    return true;
}

// True when the statement's text starts with INSERT or REPLACE.
bool isInsert(sqlite3_stmt* stmt) {
    const QByteArray sql = QByteArray(sqlite3_sql(stmt)).trimmed().left(7).toUpper();
    return sql.startsWith("INSERT") || sql.startsWith("REPLACE");
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
    , m_driver(driver) {
    driver->attachResult(this);
}

SqlCipherResult::~SqlCipherResult() {
    finalize();
    if (m_driver)
        m_driver->detachResult(this);
}

QVariant SqlCipherResult::handle() const {
    return QVariant::fromValue(m_stmt);
}

void SqlCipherResult::finalize() {
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    clearRows();
    m_record.clear();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

sqlite3* SqlCipherResult::db() const {
    return m_driver ? m_driver->sqliteHandle() : nullptr;
}

void SqlCipherResult::clearRows() {
    m_rows.clear();
    m_rowPending = false;
    m_done = false;
}

bool SqlCipherResult::fail(int rc, const QString& what, QSqlError::ErrorType type) {
    setLastError(sqlcipher::makeError(db(), rc, what, type));
    return false;
}

bool SqlCipherResult::reset(const QString& query) {
    return prepare(query) && exec();
}

bool SqlCipherResult::prepare(const QString& query) {
    finalize();
    m_changes = -1;
    m_lastInsertId.clear();
    sqlite3* h = db();
    if (!h) {
        setLastError(QSqlError(tr("The database is not open"), {}, QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(h, sql.constData(), int(sql.size() + 1), 0, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        m_stmt = nullptr;
        return fail(rc, tr("Unable to prepare the statement"), QSqlError::StatementError);
    }
    if (!m_stmt) {
        setLastError(
            QSqlError(tr("The query contains no SQL statement"), {}, QSqlError::StatementError));
        return false;
    }
    if (!onlyCommentsLeft(tail)) {
        finalize();
        setLastError(QSqlError(tr("Only one SQL statement can be executed at a time"), {},
                               QSqlError::StatementError));
        return false;
    }
    readRecord();
    return true;
}

bool SqlCipherResult::bindAll() {
    const QVariantList& values = boundValues();
    const int count = sqlite3_bind_parameter_count(m_stmt);
    if (values.size() != count) {
        setLastError(QSqlError(
            tr("Parameter count mismatch: %1 expected, %2 bound").arg(count).arg(values.size()), {},
            QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < count; ++i) {
        const int rc = sqlcipher::bindValue(m_stmt, i + 1, values.at(i));
        if (rc != SQLITE_OK)
            return fail(rc, tr("Unable to bind parameter %1").arg(i + 1),
                        QSqlError::StatementError);
    }
    return true;
}

bool SqlCipherResult::exec() {
    if (!m_stmt || !db()) {
        setLastError(QSqlError(tr("The statement is not prepared"), {}, QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    clearRows();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    m_changes = -1;
    m_lastInsertId.clear();
    if (!bindAll())
        return false;

    const bool select = sqlite3_column_count(m_stmt) > 0;
    const qint64 rowidBefore = sqlite3_last_insert_rowid(db());
    const qint64 totalBefore = sqlite3_total_changes64(db());
    if (!step())
        return false;
    readRecord();
    if (m_rowPending)
        m_rows.append(readRow());
    if (select && !isForwardOnly()) {
        m_rowPending = false;
        while (!m_done) {
            if (!step()) {
                m_rows.clear();
                return false;
            }
            if (!m_done)
                m_rows.append(readRow());
        }
    }
    if (m_done)
        captureChanges(rowidBefore, totalBefore);
    setSelect(select);
    setActive(true);
    return true;
}

// One sqlite3_step: sets m_rowPending or m_done; on error records it and resets the statement.
bool SqlCipherResult::step() {
    const int rc = sqlite3_step(m_stmt);
    m_rowPending = rc == SQLITE_ROW;
    m_done = rc == SQLITE_DONE;
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        fail(rc, tr("Unable to execute the statement"), QSqlError::StatementError);
    sqlite3_reset(m_stmt); // ends the statement's read transaction
    return rc == SQLITE_DONE;
}

// sqlite3_changes() keeps the count of the last INSERT/UPDATE/DELETE, so a statement that changed
// nothing (DDL, a no-op UPDATE) is recognized by an unchanged total.
void SqlCipherResult::captureChanges(qint64 rowidBefore, qint64 totalBefore) {
    if (sqlite3_stmt_readonly(m_stmt)) {
        m_changes = sqlite3_column_count(m_stmt) > 0 ? -1 : 0;
        return;
    }
    m_changes = sqlite3_total_changes64(db()) == totalBefore ? 0 : int(sqlite3_changes64(db()));
    const qint64 rowid = sqlite3_last_insert_rowid(db());
    if (rowid != rowidBefore || (m_changes > 0 && isInsert(m_stmt)))
        m_lastInsertId = rowid;
}

void SqlCipherResult::readRecord() {
    m_record.clear();
    const int n = sqlite3_column_count(m_stmt);
    for (int i = 0; i < n; ++i) {
        const char* declared = sqlite3_column_decltype(m_stmt, i);
        QMetaType type = QMetaType::fromType<QString>();
        if (declared)
            type = sqlcipher::typeForDeclared(QString::fromUtf8(declared));
        else if (m_rowPending)
            type = sqlcipher::typeForStorageClass(sqlite3_column_type(m_stmt, i));
        m_record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_stmt, i)), type));
    }
}

QVariantList SqlCipherResult::readRow() const {
    QVariantList row;
    const int n = m_record.count();
    row.reserve(n);
    for (int i = 0; i < n; ++i)
        row.append(sqlcipher::columnValue(m_stmt, i, numericalPrecisionPolicy(),
                                          m_record.field(i).metaType()));
    return row;
}

const QVariantList* SqlCipherResult::currentRow() const {
    if (at() < 0 || m_rows.isEmpty())
        return nullptr;
    if (isForwardOnly())
        return &m_rows.constLast();
    return at() < m_rows.size() ? &m_rows.at(at()) : nullptr;
}

QVariant SqlCipherResult::data(int field) {
    const QVariantList* row = currentRow();
    if (!row || field < 0 || field >= row->size())
        return {};
    return row->at(field);
}

bool SqlCipherResult::isNull(int field) {
    return data(field).isNull();
}

bool SqlCipherResult::fetchNext() {
    if (!isActive() || !isSelect())
        return false;
    if (!isForwardOnly())
        return fetch(at() + 1);
    if (at() == QSql::AfterLastRow)
        return false;
    if (m_rowPending) { // the row exec already stepped onto
        m_rowPending = false;
        setAt(at() + 1);
        return true;
    }
    if (m_done || !step() || m_done)
        return false;
    m_rows = {readRow()};
    m_rowPending = false;
    setAt(at() + 1);
    return true;
}

bool SqlCipherResult::fetch(int row) {
    if (!isActive() || !isSelect() || row < 0)
        return false;
    if (isForwardOnly()) {
        if (at() == QSql::AfterLastRow || (at() >= 0 && row < at()))
            return false;
        while (at() < row) {
            if (!fetchNext())
                return false;
        }
        return true;
    }
    if (row >= m_rows.size())
        return false;
    setAt(row);
    return true;
}

bool SqlCipherResult::fetchFirst() {
    if (isForwardOnly() && at() > 0)
        return false;
    return fetch(0);
}

bool SqlCipherResult::fetchLast() {
    if (!isActive() || !isSelect())
        return false;
    if (!isForwardOnly())
        return !m_rows.isEmpty() && fetch(int(m_rows.size() - 1));
    int last = at();
    while (fetchNext())
        last = at();
    if (last < 0 || lastError().isValid())
        return false;
    setAt(last); // m_rows still holds the last row read
    return true;
}

int SqlCipherResult::size() {
    return isActive() && isSelect() && !isForwardOnly() ? int(m_rows.size()) : -1;
}

int SqlCipherResult::numRowsAffected() {
    return m_changes;
}

QVariant SqlCipherResult::lastInsertId() const {
    return m_lastInsertId;
}

QSqlRecord SqlCipherResult::record() const {
    return m_stmt && sqlite3_column_count(m_stmt) > 0 ? m_record : QSqlRecord();
}

void SqlCipherResult::detachFromResultSet() {
    if (m_stmt)
        sqlite3_reset(m_stmt);
    clearRows();
}

} // namespace binhyen
