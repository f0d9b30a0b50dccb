// binhyen-bench generate is deterministic for a seed: two registers generated with the same seed
// hold the same data, table by table; another seed gives other data. Runs the built binhyen-bench
// on real files in a temporary folder.
#include "models/domain/Clock.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/security/KeyFiles.h"
#include "models/store/Register.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

[[maybe_unused]] const QString kPassword = u"Mat-khau-2024!"_s;

// Not compared, and why:
// - tables of key material, random on every generation: user_keys, station_keys, key_wraps;
// - FTS shadow tables (tip_search_*, case_search_*): derived from tips and cases, which are
//   compared, and the index is checked through the searches of tst_bench_twin.
const QStringList kSkippedTables = {u"user_keys"_s, u"station_keys"_s, u"key_wraps"_s};
// Columns of compared tables that hold key material, signatures, or the time of the generation
// (and hashes over those).
const QStringList kSkippedColumns = {
    u"users.password_hash"_s,             // Argon2id with a random salt
    u"users.wrap_salt"_s,                 // random
    u"users.record_signature"_s,          // signed with the random station key
    u"users.created_at"_s,                // generation time (SQL default 'now')
    u"places.valid_from"_s,               // the generation day (the hamlets are set up "today")
    u"station_identity.effective_from"_s, // the generation day
    u"audit_log.at"_s,                    // generation time
    u"audit_log.monotonic_ms"_s,          // generation time
    u"audit_log.prev_hash"_s,             // the chain's hashes cover the times
    u"audit_log.hash"_s,
    u"audit_log.record_hash"_s, // covers users.created_at and the random key material
    u"audit_log.signature"_s,   // random signing key
    u"audit_checkpoints.at"_s,
    u"audit_checkpoints.head_hash"_s,
    u"audit_checkpoints.prev_hash"_s,
    u"audit_checkpoints.hash"_s,
    u"audit_checkpoints.signature"_s,
};

struct Generated {
    QString path;
    QString keyFile;
};

[[maybe_unused]] Generated generate(const QTemporaryDir& dir, const QString& name, quint32 seed,
                                    int tips) {
    Generated g{dir.filePath(name + u".binhyen"_s), dir.filePath(name + u".key"_s)};
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BINHYEN_PASSWORD"_s, kPassword);
    p.setProcessEnvironment(env);
#ifdef BINHYEN_BENCH_BINARY
    p.start(QStringLiteral(BINHYEN_BENCH_BINARY),
            {u"generate"_s, u"--register"_s, g.path, u"--recovery-key-out"_s,
             dir.filePath(name + u".recovery"_s), u"--register-key-out"_s, g.keyFile, u"--tips"_s,
             QString::number(tips), u"--seed"_s, QString::number(seed)});
#else
    Q_UNUSED(seed);
    Q_UNUSED(tips);
#endif
    if (!p.waitForFinished(300000) || p.exitCode() != 0)
        qWarning("generate failed: %s", p.readAllStandardError().constData());
    return g;
}

// Every compared table as sorted text lines "table|col=value|…".
[[maybe_unused]] QMap<QString, QStringList> dump(const Generated& g) {
    QMap<QString, QStringList> out;
    auto key = keyfiles::readRegisterKeyFile(g.keyFile);
    if (!key)
        return out;
    auto reg = Register::open(g.path, key.take());
    if (!reg)
        return out;
    QSqlDatabase db = reg.value()->database();
    // The generated register's audit trail verifies (chain, signatures, checkpoints).
    SystemClock clock;
    auto verdict = AuditRepo(db, clock).verify(nullptr);
    out[u"~audit verify"_s] << (!verdict                 ? verdict.error().text()
                                : verdict.value().intact ? u"intact"_s
                                                         : verdict.value().problem);
    QSqlQuery tables(db);
    tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names) {
        if (kSkippedTables.contains(table) || table.startsWith(u"tip_search"_s) ||
            table.startsWith(u"case_search"_s) || table.startsWith(u"sqlite_"_s))
            continue;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM "_s + table)) {
            out[table] << u"error"_s;
            continue;
        }
        QStringList& lines = out[table];
        while (q.next()) {
            QString line;
            for (int i = 0; i < q.record().count(); ++i) {
                const QString column = q.record().fieldName(i);
                if (kSkippedColumns.contains(table + u'.' + column))
                    continue;
                line += u'|' + column + u'=' + q.value(i).toString();
            }
            lines << line;
        }
        lines.sort();
    }
    return out;
}

} // namespace

class TestBenchGenerate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameData() {
#ifndef BINHYEN_BENCH_BINARY
        QSKIP("binhyen-bench is not built (BINHYEN_BUILD_BENCH=OFF)");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto a = dump(generate(dir, u"a"_s, 7, 2000));
        const auto b = dump(generate(dir, u"b"_s, 7, 2000));
        const auto c = dump(generate(dir, u"c"_s, 8, 2000));
        QVERIFY(!a.isEmpty());
        QCOMPARE(a.value(u"~audit verify"_s), QStringList{u"intact"_s});
        // The generation covers every kind of record, in the expected amounts.
        QCOMPARE(a.value(u"tips"_s).size(), 2000);
        QCOMPARE(a.value(u"cases"_s).size(), 400);
        QCOMPARE(a.value(u"persons"_s).size(), 600);
        for (const QString& table :
             {u"tip_case_links"_s, u"case_persons"_s, u"case_events"_s, u"movement_models"_s,
              u"movement_model_places"_s, u"zalo_groups"_s, u"zalo_moderation"_s, u"activities"_s,
              u"results"_s})
            QVERIFY2(!a.value(table).isEmpty(), qPrintable(table));
        QCOMPARE(a.keys(), b.keys());
        for (const QString& table : a.keys()) {
            const QStringList& left = a.value(table);
            const QStringList& right = b.value(table);
            QCOMPARE(left.size(), right.size());
            for (int i = 0; i < left.size(); ++i)
                QCOMPARE(left.at(i), right.at(i));
        }
        // Another seed: other tips, cases and persons.
        QVERIFY(a.value(u"tips"_s) != c.value(u"tips"_s));
        QVERIFY(a.value(u"cases"_s) != c.value(u"cases"_s));
        QVERIFY(a.value(u"persons"_s) != c.value(u"persons"_s));
#endif
    }
};

QTEST_GUILESS_MAIN(TestBenchGenerate)
#include "tst_bench_generate.moc"
