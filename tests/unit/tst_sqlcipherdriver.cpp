// The in-app SQLCipher driver, on real files: binds and types, catalog, transactions, navigation,
// Qt's SQL models, errors, adopted keyed handles and the silence of the engine's own log.
#include "models/store/sqlcipher/SqlCipherDriver.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTemporaryDir>
#include <QTest>
#include <limits>
#include <tuple>

// The few C functions the test needs to open a keyed handle; binhyen_sqlcipher is linked in, but
// its header is private to binhyen_models.
extern "C" {
int sqlite3_open_v2(const char* filename, sqlite3** db, int flags, const char* vfs);
int sqlite3_key(sqlite3* db, const void* key, int keyLength);
int sqlite3_close_v2(sqlite3* db);
int sqlite3_exec(sqlite3* db, const char* sql, int (*callback)(void*, int, char**, char**),
                 void* arg, char** errmsg);
}

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

constexpr int kOpenReadWriteCreate = 0x02 | 0x04;     // SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
const char kChildEnv[] = "BINHYEN_DRIVER_TEST_CHILD"; // "driver:<path>" or "raw:<path>"

// Opens `path` keyed with a raw 32-byte key (SQLCipher's x'…' form: no key derivation).
sqlite3* openKeyed(const QString& path, const QByteArray& key) {
    sqlite3* h = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &h, kOpenReadWriteCreate, nullptr) != 0) {
        sqlite3_close_v2(h);
        return nullptr;
    }
    const QByteArray raw = "x'" + key.toHex() + "'";
    sqlite3_key(h, raw.constData(), int(raw.size()));
    return h;
}

QByteArray randomKey() {
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(key.data()), 8);
    return key;
}

QVariant scalar(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return QVariant(u"<error: %1>"_s.arg(q.lastError().text()));
    return q.value(0);
}

// "name:type" of each field.
QString describe(const QSqlRecord& rec) {
    QStringList fields;
    for (int i = 0; i < rec.count(); ++i)
        fields << rec.fieldName(i) + u':' + QLatin1String(rec.field(i).metaType().name());
    return fields.join(u' ');
}

// The first column after a move, or -1 when the move failed.
int moved(bool ok, const QSqlQuery& q) {
    return ok ? q.value(0).toInt() : -1;
}

bool run(const QSqlDatabase& db, const QString& sql) {
    QSqlQuery q(db);
    const bool ok = q.exec(sql);
    if (!ok)
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return ok;
}

} // namespace

class TestSqlCipherDriver : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;

    QSqlDatabase openPlain(const QString& file = {}, const QString& options = {}) {
        const QString name = u"c%1"_s.arg(++m_counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(kSqlCipherDriverName), name);
        db.setDatabaseName(m_dir.filePath(file.isEmpty() ? name + u".db"_s : file));
        db.setConnectOptions(options);
        if (!db.open())
            qWarning("open: %s", qPrintable(db.lastError().text()));
        return db;
    }
    QSqlDatabase adopt(sqlite3* h) {
        return QSqlDatabase::addDatabase(new SqlCipherDriver(h), u"k%1"_s.arg(++m_counter));
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        if (!qEnvironmentVariable(kChildEnv).startsWith(QLatin1String("raw:")))
            registerSqlCipherDriver();
    }
    void cleanup() {
        for (const QString& name : QSqlDatabase::connectionNames())
            QSqlDatabase::removeDatabase(name);
    }

    void registrationIsIdempotentAndEngineLogIsOff() {
        registerSqlCipherDriver();
        registerSqlCipherDriver();
        QCOMPARE(QSqlDatabase::drivers().count(QLatin1String(kSqlCipherDriverName)), 1);
        QVERIFY(!lcSqlCipherEngine().isWarningEnabled() && !lcSqlCipherEngine().isDebugEnabled());
        QSqlDatabase db = openPlain();
        QCOMPARE(scalar(db, u"PRAGMA cipher_log_level"_s).toString(), u"NONE"_s);
        QCOMPARE(scalar(db, u"PRAGMA busy_timeout"_s).toInt(), 5000);
        QCOMPARE(scalar(db, u"PRAGMA cipher_version"_s).toString(), u"4.6.1 community"_s);
        // Enabled, the category receives SQLite's own log lines.
        QLoggingCategory::setFilterRules(u"binhyen.engine=true"_s);
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"^\\(1\\) near \"SELEC\": syntax"_s));
        QVERIFY(!QSqlQuery(db).exec(u"SELEC 1"_s));
        QLoggingCategory::setFilterRules({});
    }

    void positionalAndNamedBinds() {
        QSqlDatabase db = openPlain();
        QVERIFY(run(db, u"CREATE TABLE t(a INTEGER, b TEXT)"_s));
        QSqlQuery q(db);
        QVERIFY(q.prepare(u"INSERT INTO t(a, b) VALUES (?, ?)"_s));
        q.addBindValue(1);
        q.addBindValue(u"một"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        q.bindValue(0, 2);
        q.bindValue(1, u"hai"_s);
        QVERIFY(q.exec());
        QVERIFY(q.prepare(u"INSERT INTO t(b, a) VALUES (:b, :a)"_s));
        q.bindValue(u":a"_s, 3);
        q.bindValue(u":b"_s, u"ba"_s);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        // A name used twice binds both places.
        QVERIFY(q.prepare(u"SELECT b FROM t WHERE a = :n OR a = :n + 10"_s));
        q.bindValue(u":n"_s, 3);
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), u"ba"_s);
        QCOMPARE(scalar(db, u"SELECT group_concat(b) FROM t"_s).toString(), u"một,hai,ba"_s);
        QVERIFY(q.prepare(u"SELECT ?, ?"_s));
        q.addBindValue(1);
        QVERIFY(!q.exec()); // one value for two parameters
        QCOMPARE(q.lastError().type(), QSqlError::StatementError);
    }

    void valuesRoundTrip() {
        QSqlDatabase db = openPlain();
        QVERIFY(run(db, u"CREATE TABLE v(x)"_s));
        const QByteArray blob("\x00\x01\xff\xfe", 4);
        const qint64 minInt = std::numeric_limits<qint64>::min();
        const qint64 maxInt = std::numeric_limits<qint64>::max();
        const QString vi = u"Láng Dài trộm cắp, Đất Đỏ"_s;
        const QDateTime when(QDate(2024, 5, 1), QTime(10, 20, 30, 123));
        using Case = std::tuple<QVariant, const char*, QVariant>; // in, typeof, out (invalid: NULL)
        const QList<Case> cases = {
            {QVariant(), "null", {}},
            {QVariant(QMetaType::fromType<int>()), "null", {}},
            {QVariant(QString()), "null", {}},
            {blob, "blob", blob},
            {QByteArray(""), "blob", QByteArray("")},
            {qint64(9007199254740993LL), "integer", qint64(9007199254740993LL)},
            {minInt, "integer", minInt},
            {maxInt, "integer", maxInt},
            {0.1, "real", 0.1},
            {-1.5e-300, "real", -1.5e-300},
            {vi, "text", vi},
            {true, "integer", qint64(1)},
            {when, "text", u"2024-05-01T10:20:30.123"_s},
            {QDate(2024, 12, 31), "text", u"2024-12-31"_s},
        };
        QSqlQuery ins(db), sel(db);
        QVERIFY(ins.prepare(u"INSERT INTO v(x) VALUES (?)"_s));
        QVERIFY(sel.prepare(u"SELECT x, typeof(x) FROM v WHERE rowid = ?"_s));
        for (const auto& [in, type, out] : cases) {
            ins.addBindValue(in);
            QVERIFY2(ins.exec(), qPrintable(ins.lastError().text()));
            sel.addBindValue(ins.lastInsertId());
            QVERIFY(sel.exec() && sel.next());
            QCOMPARE(sel.value(1).toString(), QLatin1String(type));
            QCOMPARE(sel.value(0).isNull(), !out.isValid());
            if (out.isValid())
                QCOMPARE(sel.value(0), out);
        }
        QCOMPARE(scalar(db, u"SELECT length(x) FROM v WHERE typeof(x) = 'text' LIMIT 1"_s), 25);
    }

    void lastInsertIdAndRowsAffected() {
        QSqlDatabase db = openPlain();
        QVERIFY(run(db, u"CREATE TABLE t(id INTEGER PRIMARY KEY, n INTEGER)"_s));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO t(id, n) VALUES (5000000000, 1)"_s));
        QCOMPARE(q.lastInsertId().toLongLong(), 5000000000LL);
        QCOMPARE(q.numRowsAffected(), 1);
        QVERIFY(q.exec(u"INSERT INTO t(n) VALUES (2), (3)"_s));
        QCOMPARE(q.lastInsertId().toLongLong(), 5000000002LL);
        QCOMPARE(q.numRowsAffected(), 2);
        QVERIFY(q.exec(u"UPDATE t SET n = n + 1 WHERE n >= 2"_s));
        QCOMPARE(q.numRowsAffected(), 2);
        QVERIFY(!q.lastInsertId().isValid()); // an UPDATE inserts nothing
        QVERIFY(q.exec(u"DELETE FROM t"_s));
        QCOMPARE(q.numRowsAffected(), 3);
        QVERIFY(q.exec(u"CREATE TABLE t2(x)"_s));
        QCOMPARE(q.numRowsAffected(), 0); // not the DELETE's count
    }

    void recordTablesAndPrimaryIndex() {
        QSqlDatabase db = openPlain();
        QVERIFY(run(db,
                    u"CREATE TABLE p(id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL "
                    u"DEFAULT 'x', score REAL, photo BLOB, born DATE, ok BOOLEAN, at DATETIME)"_s));
        QVERIFY(run(db, u"CREATE TABLE k(a TEXT, b INTEGER, c, PRIMARY KEY (b, a))"_s));
        QVERIFY(run(db, u"CREATE VIEW pv AS SELECT name FROM p"_s));
        QVERIFY(run(db, u"CREATE VIRTUAL TABLE f USING fts5(body)"_s));
        QVERIFY(run(db, u"INSERT INTO p(name) VALUES ('a')"_s));
        const QSqlRecord rec = db.record(u"p"_s);
        QCOMPARE(describe(rec), u"id:qlonglong name:QString score:double photo:QByteArray "
                                u"born:QDate ok:bool at:QDateTime"_s);
        QVERIFY(rec.field(0).isAutoValue());
        QCOMPARE(rec.field(1).requiredStatus(), QSqlField::Required);
        QCOMPARE(rec.field(1).defaultValue().toString(), u"'x'"_s);
        QCOMPARE(db.primaryIndex(u"p"_s).fieldName(0), u"id"_s);
        const QSqlIndex key = db.primaryIndex(u"k"_s);
        QCOMPARE(key.count(), 2);
        QCOMPARE(key.fieldName(0) + key.fieldName(1), u"ba"_s); // in key order
        QVERIFY(db.primaryIndex(u"pv"_s).isEmpty());
        QCOMPARE(db.record(u"main.k"_s).count(), 3);
        QCOMPARE(db.tables(QSql::Tables), QStringList({u"f"_s, u"k"_s, u"p"_s}));
        QCOMPARE(db.tables(QSql::Views), QStringList(u"pv"_s));
        const QStringList system = db.tables(QSql::SystemTables);
        QVERIFY(system.contains(u"sqlite_schema"_s) && system.contains(u"sqlite_sequence"_s) &&
                system.contains(u"f_data"_s)); // FTS5 shadow table
        QCOMPARE(db.tables(QSql::AllTables).size(), 4 + system.size());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT id, name AS label, score * 2, born FROM p"_s));
        QVERIFY(q.next() && q.isNull(2));
        QCOMPARE(describe(q.record()),
                 u"id:qlonglong label:QString score * 2:QString born:QDate"_s);
        QCOMPARE(db.driver()->escapeIdentifier(u"a\"b"_s, QSqlDriver::FieldName), u"\"a\"\"b\""_s);
        QCOMPARE(db.driver()->escapeIdentifier(u"main.p"_s, QSqlDriver::TableName),
                 u"\"main\".\"p\""_s);
    }

    void transactionsCommitRollbackAndLockEarly() {
        QSqlDatabase a = openPlain(u"tx.db"_s);
        QVERIFY(run(a, u"CREATE TABLE t(x)"_s));
        QVERIFY(a.transaction());
        QVERIFY(run(a, u"INSERT INTO t VALUES (1)"_s));
        QVERIFY(a.rollback());
        QCOMPARE(scalar(a, u"SELECT count(*) FROM t"_s).toInt(), 0);
        QVERIFY(a.transaction());
        // BEGIN IMMEDIATE: the write lock is held from BEGIN, so a second writer is refused at
        // its own BEGIN (after its busy timeout) rather than failing mid-transaction.
        QSqlDatabase b = openPlain(u"tx.db"_s, u"QSQLITE_BUSY_TIMEOUT=50"_s);
        QVERIFY(!b.transaction());
        QCOMPARE(b.lastError().nativeErrorCode(), u"5"_s);
        QCOMPARE(b.lastError().type(), QSqlError::TransactionError);
        QVERIFY(run(a, u"INSERT INTO t VALUES (2)"_s));
        QVERIFY(a.commit());
        QCOMPARE(scalar(b, u"SELECT x FROM t"_s).toInt(), 2);
    }

    void forwardOnlyStreamsScrollableCaches() {
        QSqlDatabase a = openPlain(u"nav.db"_s);
        QVERIFY(run(a, u"CREATE TABLE t(v INTEGER)"_s));
        QVERIFY(run(a, u"INSERT INTO t VALUES (1), (2), (3), (4), (5)"_s));
        QSqlDatabase b = openPlain(u"nav.db"_s, u"QSQLITE_BUSY_TIMEOUT=50"_s);

        QSqlQuery s(a);
        QVERIFY(s.exec(u"SELECT v FROM t ORDER BY v"_s));
        QCOMPARE(s.size(), 5);
        QVERIFY(run(b, u"INSERT INTO t VALUES (6)"_s)); // rows cached, no lock held
        QCOMPARE(moved(s.last(), s), 5);
        QCOMPARE(moved(s.previous(), s), 4);
        QCOMPARE(moved(s.seek(1), s), 2);
        QCOMPARE(moved(s.seek(2, true), s), 4);
        QCOMPARE(moved(s.first(), s), 1);
        QVERIFY(!s.previous());
        QVERIFY(!s.seek(5));

        QSqlQuery f(a);
        f.setForwardOnly(true);
        QVERIFY(f.exec(u"SELECT v FROM t ORDER BY v"_s));
        QCOMPARE(f.size(), -1);
        QCOMPARE(moved(f.next(), f), 1);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"database is locked"_s));
        QVERIFY(!run(b, u"INSERT INTO t VALUES (7)"_s)); // streaming: read lock held
        QCOMPARE(moved(f.next() && f.next(), f), 3);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"cannot seek backwards"_s));
        QVERIFY(!f.previous());
        QCOMPARE(moved(f.last(), f), 6);
        QVERIFY(!f.next());
        f.finish();
        QVERIFY(run(b, u"INSERT INTO t VALUES (7)"_s));
        QVERIFY(f.exec(u"SELECT v FROM t WHERE v > 100"_s));
        QVERIFY(!f.next());
    }

    void queryModelAndTableModel() {
        QSqlDatabase db = openPlain();
        QVERIFY(run(db, u"CREATE TABLE p(id INTEGER PRIMARY KEY, name TEXT NOT NULL, age INT)"_s));
        QVERIFY(run(
            db, u"INSERT INTO p(name, age) VALUES ('Nguyễn Văn An', 30), ('Trần Thị Bé', 25)"_s));
        QSqlQueryModel qm;
        qm.setQuery(u"SELECT name, age FROM p ORDER BY id"_s, db);
        QVERIFY2(!qm.lastError().isValid(), qPrintable(qm.lastError().text()));
        QCOMPARE(qm.rowCount(), 2);
        QCOMPARE(qm.data(qm.index(1, 0)).toString(), u"Trần Thị Bé"_s);
        QCOMPARE(qm.headerData(1, Qt::Horizontal).toString(), u"age"_s);

        QSqlTableModel tm(nullptr, db);
        tm.setTable(u"p"_s);
        tm.setEditStrategy(QSqlTableModel::OnManualSubmit);
        tm.setSort(0, Qt::AscendingOrder);
        QVERIFY2(tm.select(), qPrintable(tm.lastError().text()));
        QCOMPARE(tm.rowCount(), 2);
        QVERIFY(tm.setData(tm.index(0, 1), u"Nguyễn Văn Ân"_s));
        QSqlRecord fresh = tm.record();
        fresh.setValue(u"name"_s, u"Lê Đức Đạt"_s);
        fresh.setValue(u"age"_s, 41);
        fresh.setGenerated(u"id"_s, false);
        QVERIFY(tm.insertRecord(-1, fresh));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM p"_s).toInt(), 2); // not yet
        QVERIFY2(tm.submitAll(), qPrintable(tm.lastError().text()));
        QCOMPARE(scalar(db, u"SELECT name FROM p WHERE id = 1"_s).toString(), u"Nguyễn Văn Ân"_s);
        QCOMPARE(scalar(db, u"SELECT age FROM p WHERE name = 'Lê Đức Đạt'"_s).toInt(), 41);
        QVERIFY(tm.select());
        QCOMPARE(tm.rowCount(), 3);
        QCOMPARE(tm.data(tm.index(2, 1)).toString(), u"Lê Đức Đạt"_s);
        QVERIFY(tm.removeRows(1, 1));
        QVERIFY(tm.submitAll());
        QCOMPARE(scalar(db, u"SELECT count(*) FROM p"_s).toInt(), 2);

        tm.setEditStrategy(QSqlTableModel::OnFieldChange);
        QVERIFY(tm.select());
        QVERIFY(tm.setData(tm.index(0, 2), 31));
        QCOMPARE(scalar(db, u"SELECT age FROM p WHERE id = 1"_s).toInt(), 31);
        QVERIFY(!tm.setData(tm.index(0, 1), QVariant(QMetaType::fromType<QString>()))); // NOT NULL
        QCOMPARE(tm.lastError().nativeErrorCode(), u"1299"_s);
    }

    void errorsCarryEngineCodeAndText() {
        const auto check = [](const QSqlError& e, QSqlError::ErrorType type, const char* code,
                              const char* text) {
            return e.type() == type && e.nativeErrorCode() == QLatin1String(code) &&
                   e.databaseText().contains(QLatin1String(text));
        };
        QSqlDatabase db = openPlain();
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"SELEC 1"_s));
        QVERIFY(check(q.lastError(), QSqlError::StatementError, "1", "syntax error"));
        QVERIFY(!q.prepare(u"SELECT * FROM missing"_s));
        QVERIFY(check(q.lastError(), QSqlError::StatementError, "1", "no such table: missing"));
        QVERIFY(run(db, u"CREATE TABLE u(x TEXT UNIQUE)"_s));
        QVERIFY(q.prepare(u"INSERT INTO u VALUES (?)"_s));
        q.addBindValue(u"a"_s);
        QVERIFY(q.exec() && !q.exec()); // 2067: SQLITE_CONSTRAINT_UNIQUE
        QVERIFY(
            check(q.lastError(), QSqlError::StatementError, "2067", "UNIQUE constraint failed"));
        // One statement per exec; a tail of only comments and ';' is fine.
        QVERIFY(!q.exec(u"INSERT INTO u VALUES ('b'); DROP TABLE u"_s));
        QCOMPARE(q.lastError().type(), QSqlError::StatementError);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM u"_s).toInt(), 1);
        QVERIFY(q.exec(u"SELECT 1; -- done\n /* really */ ;"_s));

        QSqlDatabase bad = QSqlDatabase::addDatabase(QLatin1String(kSqlCipherDriverName), u"bad"_s);
        bad.setDatabaseName(m_dir.filePath(u"no/such/dir/x.db"_s));
        QVERIFY(!bad.open()); // 14: SQLITE_CANTOPEN
        QVERIFY(check(bad.lastError(), QSqlError::ConnectionError, "14", "unable to open"));
    }

    void adoptedKeyedHandle() {
        const QString path = m_dir.filePath(u"keyed.db"_s);
        const QByteArray key = randomKey();
        {
            sqlite3* h = openKeyed(path, key);
            QVERIFY(h);
            QSqlDatabase db = adopt(h);
            QVERIFY(db.isOpen());
            QCOMPARE(db.driver()->handle().value<sqlite3*>(), h);
            QCOMPARE(scalar(db, u"PRAGMA cipher_version"_s).toString(), u"4.6.1 community"_s);
            QVERIFY(run(db, u"CREATE TABLE secret(t TEXT)"_s));
            QVERIFY(run(db, u"INSERT INTO secret VALUES ('Láng Dài trộm cắp')"_s));
            QVERIFY(db.open()); // keeps the adopted handle
            db.close();
        }
        cleanup();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(u"Láng Dài"_s.toUtf8()) && !bytes.startsWith("SQLite format 3"));
        QCOMPARE(scalar(adopt(openKeyed(path, key)), u"SELECT t FROM secret"_s).toString(),
                 u"Láng Dài trộm cắp"_s);
        QSqlDatabase wrong = adopt(openKeyed(path, randomKey()));
        QSqlQuery q(wrong);
        QVERIFY(!q.exec(u"SELECT count(*) FROM sqlite_schema"_s));
        QCOMPARE(q.lastError().nativeErrorCode(), u"26"_s); // SQLITE_NOTADB
    }

    // Runs this binary's childWrongKey in a child process: with the driver, stderr stays free of
    // engine lines; with the raw C API only (control), SQLCipher's default stderr log shows up.
    void engineLogNeverReachesStderr() {
        const QString path = m_dir.filePath(u"log.db"_s);
        sqlite3* h = openKeyed(path, randomKey());
        QCOMPARE(sqlite3_exec(h, "CREATE TABLE t(x)", nullptr, nullptr, nullptr), 0);
        sqlite3_close_v2(h);
        for (const QString& mode : {u"driver"_s, u"raw"_s}) {
            QProcess child;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QLatin1String(kChildEnv), mode + QLatin1Char(':') + path);
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), {u"childWrongKey"_s});
            QVERIFY(child.waitForFinished(60000));
            const QByteArray err = child.readAllStandardError().toLower();
            QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().constData());
            const bool leaked = err.contains("hmac") || err.contains("sqlcipher");
            QVERIFY2(leaked == (mode == QLatin1String("raw")), err.constData());
            QVERIFY2(mode == QLatin1String("raw") || err.isEmpty(), err.constData());
        }
    }

    void childWrongKey() {
        const QString spec = qEnvironmentVariable(kChildEnv);
        if (spec.isEmpty())
            QSKIP("runs only as the child process of engineLogNeverReachesStderr");
        const QString path = spec.section(QLatin1Char(':'), 1);
        sqlite3* h = openKeyed(path, QByteArray(32, 'Z'));
        QVERIFY(h);
        if (spec.startsWith(QLatin1String("raw:"))) {
            const int rc =
                sqlite3_exec(h, "SELECT 1 FROM sqlite_schema", nullptr, nullptr, nullptr);
            QCOMPARE(rc, 26);
            sqlite3_close_v2(h);
            return;
        }
        QSqlQuery q(adopt(h));
        QVERIFY(!q.exec(u"SELECT count(*) FROM sqlite_schema"_s));
        QCOMPARE(q.lastError().nativeErrorCode(), u"26"_s);
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
