// Backups: encrypted, consistent, verified; restore checks the copy before replacing anything.
#include "models/store/AutomaticBackup.h"
#include "models/store/Backup.h"
#include "models/store/RegisterFile.h"
#include "tests/support/TempRegister.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;

namespace {

int probeCount(Register& reg) {
    QSqlQuery q(reg.database());
    return q.exec(QStringLiteral("SELECT count(*) FROM probe")) && q.next() ? q.value(0).toInt()
                                                                            : -1;
}

void addProbes(Register& reg, int n) {
    QSqlQuery q(reg.database());
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS probe(x TEXT)")));
    for (int i = 0; i < n; ++i) {
        q.prepare(QStringLiteral("INSERT INTO probe VALUES (?)"));
        q.addBindValue(QStringLiteral("Tin báo ấp Cây Cám số %1").arg(i));
        QVERIFY(q.exec());
    }
}

} // namespace

class TestBackup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void backupAndRestoreRoundTrip() {
        TempRegister t;
        addProbes(*t.reg, 25);
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
        auto copy = Backup::create(*t.reg, t.file(QStringLiteral("backups")), clock);
        QVERIFY2(copy.ok(), qPrintable(copy.error().text()));
        QVERIFY(copy.value().endsWith(QLatin1String(".binhyen-backup")));
        QVERIFY(!QFile::exists(copy.value() + QStringLiteral(".part")));
        QVERIFY(!QFile::exists(copy.value() + QStringLiteral("-wal")));
        // The copy is encrypted with the register's key and at the same schema version.
        QVERIFY(Backup::verify(copy.value(), t.key()).ok());
        auto opened = Register::open(copy.value(), t.key(), {false, -1});
        QVERIFY2(opened.ok(), qPrintable(opened.error().text()));
        QCOMPARE(opened.value()->schemaVersion().value(), t.reg->schemaVersion().value());
        QCOMPARE(probeCount(*opened.value()), 25);
        opened.value().reset();

        // Changes after the backup are undone by a restore; the replaced file is kept aside.
        addProbes(*t.reg, 5);
        QCOMPARE(probeCount(*t.reg), 30);
        t.reg.reset();
        clock.advanceSecs(60);
        auto aside = Backup::restore(t.path, t.key(), copy.value(), clock);
        QVERIFY2(aside.ok(), qPrintable(aside.error().text()));
        QVERIFY(QFile::exists(aside.value()));
        auto restored = Register::open(t.path, t.key());
        QVERIFY2(restored.ok(), qPrintable(restored.error().text()));
        QCOMPARE(probeCount(*restored.value()), 25);
        restored.value().reset();
        auto replaced = Register::open(aside.value(), t.key());
        QVERIFY2(replaced.ok(), qPrintable(replaced.error().text()));
        QCOMPARE(probeCount(*replaced.value()), 30);
    }

    void corruptedBackupIsRejectedBeforeAnythingIsReplaced() {
        TempRegister t;
        addProbes(*t.reg, 200);
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(11, 0)));
        auto copy = Backup::create(*t.reg, t.file(QStringLiteral("backups")), clock);
        QVERIFY(copy.ok());
        QVERIFY(t.reg->checkpoint().ok());
        t.reg.reset();
        {
            QFile f(copy.value());
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() >= 3 * 4096);
            QVERIFY(f.seek(2 * 4096 + 500));
            f.write(QByteArray(64, '\0'));
        }
        const QByteArray before = readAll(t.path);
        const QStringList filesBefore = QDir(t.dir.path()).entryList(QDir::Files);
        auto result = Backup::restore(t.path, t.key(), copy.value(), clock);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::VerificationFailed);
        QCOMPARE(readAll(t.path), before);
        QCOMPARE(QDir(t.dir.path()).entryList(QDir::Files), filesBefore);
    }

    void backupWithAnotherKeyIsRejected() {
        TempRegister a;
        TempRegister b;
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(12, 0)));
        auto copy = Backup::create(*a.reg, a.file(QStringLiteral("backups")), clock);
        QVERIFY(copy.ok());
        b.reg.reset();
        auto result = Backup::restore(b.path, b.key(), copy.value(), clock);
        QCOMPARE(result.error().code, ErrorCode::VerificationFailed);
    }

    void automaticBackupsKeepTheNewest() {
        TempRegister t;
        addProbes(*t.reg, 3);
        const QString folder = AutomaticBackup::defaultFolder(t.path);
        QCOMPARE(folder, t.file(QStringLiteral("register-backups")));
        // A manual backup in the same folder is never pruned.
        QFile manual(QDir(folder).filePath(QStringLiteral("kept-by-hand.binhyen-backup")));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(manual.open(QIODevice::WriteOnly));
        manual.close();
        FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(17, 0)));
        QString newest;
        for (int i = 0; i < 6; ++i) {
            auto made = AutomaticBackup::run(*t.reg, folder, clock, 4);
            QVERIFY2(made.ok(), qPrintable(made.error().text()));
            newest = made.value();
            clock.advanceSecs(86400);
        }
        const QStringList left = QDir(folder).entryList(
            {QStringLiteral("register-*.binhyen-backup")}, QDir::Files, QDir::Name);
        QCOMPARE(left.size(), 4);
        QCOMPARE(left.first(), QStringLiteral("register-20261103-170000.binhyen-backup"));
        QCOMPARE(QDir(folder).filePath(left.last()), newest);
        QVERIFY(manual.exists());
        QVERIFY(Backup::verify(newest, t.key()).ok());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
