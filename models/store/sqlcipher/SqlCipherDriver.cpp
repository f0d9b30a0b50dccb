#include "models/store/sqlcipher/SqlCipherDriver.h"

#include "models/store/sqlcipher/SqlCipherResult.h"
#include "models/store/sqlcipher/SqlCipherValue.h"

#include <QSqlDatabase>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <mutex>
#include <sqlite3.h>

namespace binhyen {

Q_LOGGING_CATEGORY(lcSqlCipherEngine, "binhyen.engine", QtFatalMsg)

namespace {

constexpr int kDefaultBusyTimeoutMs = 5000;

#ifdef Q_OS_WIN
#define BINHYEN_NULL_DEVICE "NUL"
#else
#define BINHYEN_NULL_DEVICE "/dev/null"
#endif

// SQLITE_CONFIG_LOG callback: may run on any thread, must not call SQLite.
void routeEngineLog(void*, int code, const char* message) {
    const int primary = code & 0xff;
    if (primary == SQLITE_NOTICE || primary == SQLITE_WARNING)
        qCInfo(lcSqlCipherEngine, "(%d) %s", code, message);
    else
        qCWarning(lcSqlCipherEngine, "(%d) %s", code, message);
}

// SQLCipher 4.6.1 keeps its log settings in process-wide variables. The first time a key is
// attached anywhere it installs defaults (level WARN, target stderr) unless a target is already
// set, so: point the log at the null device, trigger that first activation on a scratch keyed
// in-memory database, then set the level to NONE and the target to off. The settings stay for
// the life of the process (the defaults are installed only once).
void silenceCipherLog() {
    sqlite3* scratch = nullptr;
    if (sqlite3_open_v2(":memory:", &scratch, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr) == SQLITE_OK) {
        sqlite3_exec(scratch, "PRAGMA cipher_log = '" BINHYEN_NULL_DEVICE "'", nullptr, nullptr,
                     nullptr);
        static const char kScratchKey[] = "binhyen-engine-setup";
        sqlite3_key(scratch, kScratchKey, int(sizeof(kScratchKey) - 1));
        sqlite3_exec(scratch, "PRAGMA cipher_log_level = NONE; PRAGMA cipher_log = off;", nullptr,
                     nullptr, nullptr);
    }
    sqlite3_close_v2(scratch);
}

void configureEngineOnce() {
    static std::once_flag once;
    std::call_once(once, [] {
        // Only possible before SQLite is initialized; otherwise its log stays unrouted (and
        // SQLite's default is to log nowhere, so nothing reaches stderr either way).
        if (sqlite3_config(SQLITE_CONFIG_LOG, &routeEngineLog, nullptr) != SQLITE_OK)
            qCWarning(lcSqlCipherEngine, "SQLite was initialized before its log was routed");
        sqlite3_initialize();
        silenceCipherLog();
    });
}

// Rows of a catalog query with text parameters; every column as text (NULL → null QString).
QList<QStringList> textRows(sqlite3* db, const QByteArray& sql, const QStringList& args = {}) {
    QList<QStringList> rows;
    sqlite3_stmt* stmt = nullptr;
    if (!db || sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK)
        return rows;
    for (int i = 0; i < args.size(); ++i) {
        const QByteArray arg = args.at(i).toUtf8();
        sqlite3_bind_text(stmt, i + 1, arg.constData(), int(arg.size()), SQLITE_TRANSIENT);
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        QStringList row;
        for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            row.append(text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, c)) : QString());
        }
        rows.append(row);
    }
    sqlite3_finalize(stmt);
    return rows;
}

// Splits "table" or "schema.table" (each part optionally double-quoted) into unquoted parts.
QStringList splitTableName(const QString& name) {
    QStringList parts;
    QString part;
    bool quoted = false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == QLatin1Char('"')) {
            if (quoted && i + 1 < name.size() && name.at(i + 1) == QLatin1Char('"')) {
                part += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == QLatin1Char('.') && !quoted) {
            parts.append(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.append(part);
    return parts;
}

// PRAGMA table_info rows of `table`: name, declared type, notnull, default (SQL text), pk.
QList<QStringList> tableColumns(sqlite3* db, const QString& table) {
    const QStringList parts = splitTableName(table);
    if (parts.size() == 2)
        return textRows(db,
                        "SELECT name, type, \"notnull\", dflt_value, pk "
                        "FROM pragma_table_info(?2, ?1) ORDER BY cid",
                        parts);
    return textRows(db,
                    "SELECT name, type, \"notnull\", dflt_value, pk "
                    "FROM pragma_table_info(?1) ORDER BY cid",
                    {parts.join(QLatin1Char('.'))});
}

QString quoteIdentifier(QString identifier) {
    identifier.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + identifier + QLatin1Char('"');
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent) {
    configureEngineOnce();
}

SqlCipherDriver::SqlCipherDriver(sqlite3* adopted, QObject* parent)
    : QSqlDriver(parent)
    , m_db(adopted)
    , m_adopted(adopted != nullptr) {
    configureEngineOnce();
    if (m_db) {
        sqlite3_extended_result_codes(m_db, 1);
        setOpen(true);
        setOpenError(false);
    }
}

SqlCipherDriver::~SqlCipherDriver() {
    SqlCipherDriver::close();
}

QVariant SqlCipherDriver::handle() const {
    return QVariant::fromValue(m_db);
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const {
    switch (feature) {
    case Transactions:
    case QuerySize:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    case NamedPlaceholders: // QSqlQuery maps ":name" to positions for us
    case BatchOperations:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString& db, const QString&, const QString&, const QString&, int,
                           const QString& options) {
    if (isOpen() && m_adopted)
        return true; // keep the adopted (keyed) handle
    if (isOpen())
        close();
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    int busyTimeout = kDefaultBusyTimeoutMs;
    const QStringList opts = options.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString& raw : opts) {
        const QString opt = raw.trimmed();
        if (opt == QLatin1String("QSQLITE_OPEN_READONLY"))
            flags = (flags & ~(SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)) | SQLITE_OPEN_READONLY;
        else if (opt == QLatin1String("QSQLITE_OPEN_URI"))
            flags |= SQLITE_OPEN_URI;
        else if (opt.startsWith(QLatin1String("QSQLITE_BUSY_TIMEOUT=")))
            busyTimeout = opt.section(QLatin1Char('='), 1).trimmed().toInt();
    }
    sqlite3* handle = nullptr;
    const int rc = sqlite3_open_v2(db.toUtf8().constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(sqlcipher::makeError(handle, rc, tr("Unable to open the database"),
                                          QSqlError::ConnectionError));
        sqlite3_close_v2(handle);
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, busyTimeout);
    m_db = handle;
    m_adopted = false;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close() {
    const QList<SqlCipherResult*> results = m_results;
    for (SqlCipherResult* result : results)
        result->finalize();
    if (m_db) {
        // sqlite3_close_v2 never fails with SQLITE_BUSY: unfinalized statements (none left
        // here) would only defer the close.
        const int rc = sqlite3_close_v2(m_db);
        if (rc != SQLITE_OK)
            setLastError(sqlcipher::makeError(m_db, rc, tr("Unable to close the database"),
                                              QSqlError::ConnectionError));
    }
    m_db = nullptr;
    m_adopted = false;
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const {
    return new SqlCipherResult(this);
}

void SqlCipherDriver::attachResult(SqlCipherResult* result) const {
    m_results.append(result);
}

void SqlCipherDriver::detachResult(SqlCipherResult* result) const {
    m_results.removeOne(result);
}

bool SqlCipherDriver::execTransaction(const char* sql, const QString& what) {
    if (!m_db) {
        setLastError(QSqlError(what, tr("The database is not open"), QSqlError::ConnectionError));
        return false;
    }
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return true;
    setLastError(sqlcipher::makeError(m_db, rc, what, QSqlError::TransactionError));
    return false;
}

bool SqlCipherDriver::beginTransaction() {
    return execTransaction("BEGIN IMMEDIATE", tr("Unable to begin the transaction"));
}

bool SqlCipherDriver::commitTransaction() {
    return execTransaction("COMMIT", tr("Unable to commit the transaction"));
}

bool SqlCipherDriver::rollbackTransaction() {
    return execTransaction("ROLLBACK", tr("Unable to roll back the transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const {
    // sqlite_schema, sqlite_sequence, sqlite_stat1… and the shadow tables of virtual tables
    // (FTS5 …_data, …_idx) are system tables.
    QStringList conditions;
    if (type & QSql::Tables)
        conditions << QStringLiteral(
            "(type IN ('table', 'virtual') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\')");
    if (type & QSql::Views)
        conditions << QStringLiteral("type = 'view'");
    if (type & QSql::SystemTables)
        conditions << QStringLiteral("(type = 'shadow' OR name LIKE 'sqlite\\_%' ESCAPE '\\')");
    QStringList names;
    if (conditions.isEmpty())
        return names;
    const QString sql =
        QStringLiteral(
            "SELECT name FROM pragma_table_list WHERE schema IN ('main', 'temp') AND (") +
        conditions.join(QLatin1String(" OR ")) + QStringLiteral(") ORDER BY name");
    const QList<QStringList> rows = textRows(m_db, sql.toUtf8());
    for (const QStringList& row : rows)
        names.append(row.at(0));
    return names;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& table) const {
    QSqlIndex index(table);
    QMap<int, QSqlField> keyFields; // by position in the key
    const QList<QStringList> columns = tableColumns(m_db, table);
    for (const QStringList& c : columns) {
        if (c.at(4).toInt() > 0)
            keyFields.insert(c.at(4).toInt(),
                             QSqlField(c.at(0), sqlcipher::typeForDeclared(c.at(1)), table));
    }
    for (const QSqlField& field : std::as_const(keyFields))
        index.append(field);
    return index;
}

QSqlRecord SqlCipherDriver::record(const QString& table) const {
    QSqlRecord record;
    const QList<QStringList> columns = tableColumns(m_db, table);
    int keyColumns = 0;
    for (const QStringList& c : columns)
        keyColumns += c.at(4).toInt() > 0 ? 1 : 0;
    for (const QStringList& c : columns) {
        QSqlField field(c.at(0), sqlcipher::typeForDeclared(c.at(1)), table);
        field.setRequired(c.at(2) == QLatin1String("1"));
        if (!c.at(3).isNull())
            field.setDefaultValue(c.at(3));
        // An INTEGER PRIMARY KEY column is the rowid: SQLite assigns it when left out.
        field.setAutoValue(keyColumns == 1 && c.at(4).toInt() == 1 &&
                           c.at(1).compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0);
        record.append(field);
    }
    return record;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const {
    if (identifier.isEmpty() || isIdentifierEscaped(identifier, type))
        return identifier;
    if (type == TableName && identifier.contains(QLatin1Char('.'))) {
        QStringList parts = splitTableName(identifier);
        for (QString& part : parts)
            part = quoteIdentifier(part);
        return parts.join(QLatin1Char('.'));
    }
    return quoteIdentifier(identifier);
}

QString SqlCipherDriver::formatValue(const QSqlField& field, bool trimStrings) const {
    return sqlcipher::sqlLiteral(field.value(), field.metaType(), trimStrings);
}

void registerSqlCipherDriver() {
    static std::once_flag once;
    std::call_once(once, [] {
        configureEngineOnce();
        QSqlDatabase::registerSqlDriver(QLatin1String(kSqlCipherDriverName),
                                        new QSqlDriverCreator<SqlCipherDriver>());
    });
}

} // namespace binhyen
