// Migrations: a register at every earlier schema version, holding data, upgrades to the latest
// without losing a row; the version is recorded in the file.
#include "models/store/Migrator.h"
#include "models/store/Script.h"
#include "tests/support/TempRegister.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;

namespace {

QMap<QString, qint64> rowCounts(QSqlDatabase db) {
    QStringList tables;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                          "'sqlite_%' ORDER BY name"));
    while (q.next())
        tables << q.value(0).toString();
    QMap<QString, qint64> counts;
    for (const QString& t : std::as_const(tables)) {
        QSqlQuery c(db);
        if (c.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t)) && c.next())
            counts.insert(t, c.value(0).toLongLong());
    }
    return counts;
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void stepsAreNumberedWithoutGaps() {
        const auto steps = Migrator::steps();
        QVERIFY(steps.size() >= 2);
        for (int i = 0; i < steps.size(); ++i)
            QCOMPARE(steps.at(i).version, i + 1);
    }

    void everyEarlierVersionUpgradesWithoutLosingARow_data() {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Migrator::latestVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }

    void everyEarlierVersionUpgradesWithoutLosingARow() {
        QFETCH(int, version);
        TempRegister t(version);
        QCOMPARE(t.reg->schemaVersion().value(), version);
        QFile fixture(QStringLiteral(BINHYEN_TEST_DATA "/migrations/v%1-data.sql").arg(version));
        QVERIFY2(fixture.open(QIODevice::ReadOnly),
                 "each schema version needs its frozen data fixture in tests/data/migrations");
        {
            QSqlDatabase db = t.reg->database();
            QVERIFY(db.transaction());
            auto loaded = executeScript(db, QString::fromUtf8(fixture.readAll()));
            QVERIFY2(loaded.ok(), qPrintable(loaded.error().text()));
            QVERIFY(db.commit());
        }
        const auto before = rowCounts(t.reg->database());
        qint64 total = 0;
        for (qint64 n : before)
            total += n;
        QVERIFY(total > 100);
        t.reg.reset();

        auto upgraded = Register::open(t.path, t.key());
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error().text()));
        QCOMPARE(upgraded.value()->schemaVersion().value(), Migrator::latestVersion());
        const auto after = rowCounts(upgraded.value()->database());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(after.value(it.key()) >= it.value(),
                     qPrintable(QStringLiteral("%1: %2 rows before, %3 after")
                                    .arg(it.key())
                                    .arg(it.value())
                                    .arg(after.value(it.key()))));
        }
        QSqlQuery q(upgraded.value()->database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY2(!q.next(), "foreign keys broken by the upgrade");
        QVERIFY(upgraded.value()->checkIntegrity().ok());
    }

    void openingWithoutMigrateLeavesTheVersion() {
        TempRegister t(1);
        t.reg.reset();
        auto opened = Register::open(t.path, t.key(), {false, -1});
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->schemaVersion().value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
