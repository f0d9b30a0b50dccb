#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace binhyen {

class SqlCipherDriver;

// One statement of a SqlCipherDriver connection (public QSqlResult API only).
//
// - One statement per exec: SQL after the first statement must be only whitespace, ';' or
//   comments, otherwise prepare fails (StatementError) — scripts go through the C API.
// - Placeholders: the driver reports positional placeholders only, so QSqlQuery turns ":name"
//   into "?" and maps bindValue(":name") to positions; both styles work.
// - Forward-only queries stream rows with sqlite3_step and keep only the current row; size() is
//   -1. Scrollable queries (QSqlQuery's default, and QSqlQueryModel) read every row at exec and
//   reset the statement at once, so no read lock outlives exec and seek/previous/last/size work.
//   Use forward-only for large results.
class SqlCipherResult : public QSqlResult {
    Q_DECLARE_TR_FUNCTIONS(SqlCipherResult)

public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    // Finalizes the statement; called by the driver before it closes the connection.
    void finalize();

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;

private:
    sqlite3* db() const;
    void clearRows();
    bool fail(int rc, const QString& what, QSqlError::ErrorType type);
    bool checkTail(const char* tail);
    void captureChanges(qint64 rowidBefore, qint64 totalBefore);
    bool bindAll();
    bool step();
    void readRecord();
    QVariantList readRow() const;
    const QVariantList* currentRow() const;

    QPointer<const SqlCipherDriver> m_driver;
    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    QList<QVariantList> m_rows; // every row (scrollable) or the current one (forward-only)
    bool m_rowPending = false;  // forward-only: exec's first sqlite3_step produced a row
    bool m_done = false;        // forward-only: the statement reported SQLITE_DONE
    int m_changes = -1;
    QVariant m_lastInsertId;
};

} // namespace binhyen
