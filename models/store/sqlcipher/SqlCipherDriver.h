#pragma once

#include <QList>
#include <QLoggingCategory>
#include <QMetaType>
#include <QSqlDriver>

struct sqlite3;
struct sqlite3_stmt;

// QVariant forms of the raw handles (as Qt's QSQLITE does): SqlCipherDriver::handle() holds a
// sqlite3*, SqlCipherResult::handle() a sqlite3_stmt*.
Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)
Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)

namespace binhyen {

inline constexpr char kSqlCipherDriverName[] = "BINHYEN_SQLCIPHER";

// SQLite's own log (sqlite3_config(SQLITE_CONFIG_LOG)) goes to this category, off by default:
// enable with QT_LOGGING_RULES="binhyen.engine=true".
Q_DECLARE_LOGGING_CATEGORY(lcSqlCipherEngine)

class SqlCipherResult;

// A Qt SQL driver over the SQLCipher C API, with public Qt API only (no QSqlCachedResult).
//
// - A connection belongs to one thread (Qt's rule); nothing is shared between drivers.
// - open() opens a plain (unkeyed) file by name with a 5000 ms busy timeout. Connect options:
//   QSQLITE_OPEN_READONLY, QSQLITE_OPEN_URI, QSQLITE_BUSY_TIMEOUT=<ms>. Keyed registers are
//   opened and keyed elsewhere and adopted with the second constructor.
// - beginTransaction() runs BEGIN IMMEDIATE: the write lock is taken at BEGIN, where the busy
//   timeout can wait for it. A DEFERRED transaction that reads and then writes fails with
//   SQLITE_BUSY at the upgrade without waiting (SQLite cannot wait there without risking a
//   deadlock), so every writer would need its own retry loop.
// - Errors: nativeErrorCode() is SQLite's extended result code in decimal ("2067" for a UNIQUE
//   violation), databaseText() is sqlite3_errmsg(). Statement semantics: see SqlCipherResult.h.
class SqlCipherDriver : public QSqlDriver {
    Q_OBJECT

public:
    explicit SqlCipherDriver(QObject* parent = nullptr);
    // Adopts an open (and keyed) handle: isOpen() is true at once, open() keeps the handle, and
    // close() or the destructor closes it with sqlite3_close_v2.
    explicit SqlCipherDriver(sqlite3* adopted, QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    // The raw connection (nullptr when closed). handle() gives the same as a QVariant.
    sqlite3* sqliteHandle() const { return m_db; }
    QVariant handle() const override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host,
              int port, const QString& options) override;
    void close() override;
    QSqlResult* createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlIndex primaryIndex(const QString& table) const override;
    QSqlRecord record(const QString& table) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QString formatValue(const QSqlField& field, bool trimStrings = false) const override;

private:
    friend class SqlCipherResult;
    void attachResult(SqlCipherResult* result) const;
    void detachResult(SqlCipherResult* result) const;
    bool execTransaction(const char* sql, const QString& what);

    sqlite3* m_db = nullptr;
    bool m_adopted = false;
    mutable QList<SqlCipherResult*> m_results; // finalized before the connection closes
};

// Registers the driver under kSqlCipherDriverName (idempotent, thread-safe) and configures the
// engine once: SQLite's log → lcSqlCipherEngine (must run before anything initializes SQLite),
// and SQLCipher's own logging (stderr by default in 4.6.1) switched off. The driver's
// constructors also run that engine set-up, so adopting a handle never prints engine lines.
void registerSqlCipherDriver();

} // namespace binhyen
