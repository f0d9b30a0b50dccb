// Encryption checks that can fail: no register text in the raw bytes of the register, its WAL and
// shared-memory files or a backup — while the same check on a plaintext export finds it; the
// plain sqlite3 shell cannot read the register; the upstream sqlcipher shell can, with the
// statements of `binhyen key sqlcipher-shell`.
#include "models/domain/TextFold.h"
#include "models/security/KeyFiles.h"
#include "models/store/Backup.h"
#include "tests/support/TempRegister.h"

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;

namespace {

// Text the demo register certainly holds, in UTF-8 (as stored) and folded to ASCII.
QStringList demoTexts() {
    return {QStringLiteral("Cây Cám"), QStringLiteral("Láng Dài"), QStringLiteral("Đất Đỏ"),
            QStringLiteral("CÔNG AN XÃ LÁNG DÀI"), QStringLiteral("Phước Long Thọ")};
}

QList<QByteArray> needles() {
    QList<QByteArray> out;
    for (const QString& t : demoTexts()) {
        out << t.toUtf8() << foldText(t).toUtf8() << foldText(t).toUpper().toUtf8();
    }
    return out;
}

QStringList found(const QByteArray& bytes) {
    QStringList hits;
    const QByteArray lower = bytes.toLower();
    for (const QByteArray& n : needles()) {
        if (bytes.contains(n) || lower.contains(n.toLower()))
            hits << QString::fromUtf8(n);
    }
    return hits;
}

} // namespace

class TestEncryption : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_register;
    QString m_keyFile;

private Q_SLOTS:
    void initTestCase() {
        m_register = m_dir.filePath(QStringLiteral("demo.binhyen"));
        m_keyFile = m_dir.filePath(QStringLiteral("demo.key"));
        QByteArray err;
        const int rc = runBinhyen({QStringLiteral("demo"), QStringLiteral("--register"), m_register,
                                   QStringLiteral("--recovery-key-out"),
                                   m_dir.filePath(QStringLiteral("demo.recovery")),
                                   QStringLiteral("--register-key-out"), m_keyFile},
                                  nullptr, &err);
        QVERIFY2(rc == 0, err.constData());
    }

    void rawBytesHoldNoRegisterText() {
        auto key = keyfiles::readRegisterKeyFile(m_keyFile);
        QVERIFY(key.ok());
        auto reg = Register::open(m_register, key.take());
        QVERIFY2(reg.ok(), qPrintable(reg.error().text()));
        // Fresh writes sit in the WAL while the connection stays open.
        QSqlQuery q(reg.value()->database());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE places SET note = 'Ghi chú: ấp Cây Cám, xã Láng Dài, Đất Đỏ' "
                           "WHERE id IN (SELECT id FROM places LIMIT 5)")));
        QVERIFY(QFile::exists(m_register + QStringLiteral("-wal")));
        QVERIFY(QFile(m_register + QStringLiteral("-wal")).size() > 0);
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            const QByteArray bytes = readAll(m_register + suffix);
            QVERIFY(!bytes.isEmpty());
            QVERIFY2(found(bytes).isEmpty(),
                     qPrintable(suffix + QStringLiteral(": ") + found(bytes).join(u", ")));
        }
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0)));
        auto copy = Backup::create(*reg.value(), m_dir.filePath(QStringLiteral("backups")), clock);
        QVERIFY2(copy.ok(), qPrintable(copy.error().text()));
        const QByteArray backupBytes = readAll(copy.value());
        QVERIFY(backupBytes.size() > 4096);
        QVERIFY2(found(backupBytes).isEmpty(), qPrintable(found(backupBytes).join(u", ")));
    }

    void plaintextExportShowsTheSameText() {
        // The check above can fail: on a plaintext copy of the same data it finds the text.
        QByteArray statements;
        QVERIFY(runBinhyen({QStringLiteral("key"), QStringLiteral("sqlcipher-shell"),
                            QStringLiteral("--register"), m_register, QStringLiteral("--key-file"),
                            m_keyFile},
                           &statements) == 0);
        const QString plain = m_dir.filePath(QStringLiteral("plain.db"));
        const QByteArray script =
            statements + "ATTACH DATABASE '" + QFile::encodeName(plain) +
            "' AS plain KEY '';\nSELECT sqlcipher_export('plain');\nDETACH DATABASE plain;\n";
        QByteArray out;
        QByteArray err;
        QCOMPARE(
            runProgram(QStringLiteral(BINHYEN_SQLCIPHER_SHELL), {m_register}, &out, &err, script),
            0);
        const QByteArray bytes = readAll(plain);
        QVERIFY(bytes.startsWith("SQLite format 3"));
        const QStringList hits = found(bytes);
        for (const QString& t : demoTexts())
            QVERIFY2(hits.contains(t), qPrintable(t));
    }

    void plainSqliteCannotReadTheRegister() {
        const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (sqlite3.isEmpty())
            QSKIP("sqlite3 shell not installed (installer/setup-debian.sh installs it)");
        QByteArray out;
        QByteArray err;
        const int rc =
            runProgram(sqlite3, {m_register, QStringLiteral("SELECT count(*) FROM sqlite_master;")},
                       &out, &err);
        QVERIFY(rc != 0);
        QVERIFY2(err.contains("not a database"), err.constData());
        QVERIFY(out.isEmpty());
    }

    void upstreamShellReadsItWithTheKeyStatements() {
        QByteArray statements;
        QByteArray err;
        QCOMPARE(
            runBinhyen({QStringLiteral("--register"), m_register, QStringLiteral("key"),
                        QStringLiteral("--key-file"), m_keyFile, QStringLiteral("sqlcipher-shell")},
                       &statements, &err),
            0);
        QVERIFY(statements.startsWith("PRAGMA key = \"x'"));
        QByteArray out;
        QCOMPARE(runProgram(QStringLiteral(BINHYEN_SQLCIPHER_SHELL), {m_register}, &out, &err,
                            statements + "SELECT 'places=' || count(*) FROM places;\n"
                                         "SELECT name FROM places WHERE name = 'Cây Cám';\n"),
                 0);
        QVERIFY2(out.contains("places=40"), out.constData());
        QVERIFY2(out.contains("Cây Cám"), out.constData());
        // Without the statements the shell cannot read it either.
        QByteArray out2;
        QByteArray err2;
        QVERIFY(runProgram(QStringLiteral(BINHYEN_SQLCIPHER_SHELL), {m_register}, &out2, &err2,
                           "SELECT count(*) FROM places;\n") != 0 ||
                !out2.contains("40"));
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
