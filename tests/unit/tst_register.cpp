// The register file: keyed open, connection settings, typed outcomes for every refusal.
#include "models/security/KeyDerivation.h"
#include "models/security/KeyFiles.h"
#include "models/security/RecoveryKey.h"
#include "models/store/Migrator.h"
#include "models/store/RegisterFile.h"
#include "models/store/RegisterLock.h"
#include "tests/support/TempRegister.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <csignal>

using namespace binhyen;
using namespace binhyen::test;

namespace {

QString pragma(QSqlDatabase db, const char* name) {
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name));
    return q.next() ? q.value(0).toString() : QString();
}

void overwrite(const QString& path, qint64 offset, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    f.write(bytes);
}

} // namespace

class TestRegister : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createdRegisterIsAtLatestSchemaAndOwnerOnly() {
        TempRegister t;
        QCOMPARE(t.reg->schemaVersion().value(), Migrator::latestVersion());
        QVERIFY(Migrator::latestVersion() >= 1);
        QCOMPARE(QFile::permissions(t.path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QCOMPARE(t.reg->id().size(), 32);
        QCOMPARE(t.reg->id(), registerfile::readId(t.path).value());
    }

    void everyConnectionRunsWalFullAndForeignKeys() {
        TempRegister t;
        const QString mainName = t.reg->database().connectionName();
        QCOMPARE(pragma(t.reg->database(), "journal_mode"), QStringLiteral("wal"));
        QCOMPARE(pragma(t.reg->database(), "synchronous"), QStringLiteral("2")); // FULL
        QCOMPARE(pragma(t.reg->database(), "foreign_keys"), QStringLiteral("1"));
        QCOMPARE(pragma(t.reg->database(), "cipher_version"), QStringLiteral("4.6.1 community"));
        QCOMPARE(pragma(t.reg->database(), "temp_store"), QStringLiteral("2"));

        // A worker thread gets its own connection with the same settings.
        QStringList seen;
        QThread* worker = QThread::create([&] {
            QSqlDatabase db = t.reg->database();
            seen << pragma(db, "journal_mode") << pragma(db, "synchronous")
                 << pragma(db, "foreign_keys");
            seen << db.connectionName();
            t.reg->closeThreadConnection();
        });
        worker->start();
        QVERIFY(worker->wait(20000));
        delete worker;
        QCOMPARE(seen.mid(0, 3),
                 (QStringList{QStringLiteral("wal"), QStringLiteral("2"), QStringLiteral("1")}));
        QVERIFY(seen.at(3) != mainName);

        // And a reopen of the file too.
        t.reg.reset();
        auto again = Register::open(t.path, t.key());
        QVERIFY2(again.ok(), qPrintable(again.error().text()));
        QCOMPARE(pragma(again.value()->database(), "synchronous"), QStringLiteral("2"));
        QCOMPARE(pragma(again.value()->database(), "journal_mode"), QStringLiteral("wal"));
    }

    void wrongKeyIsReportedAndFileUnchanged() {
        TempRegister t;
        t.reg.reset();
        const QByteArray before = readAll(t.path);
        auto opened =
            Register::open(t.path, KeyDerivation::registerKey(RecoveryKey::generateSecret()));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::WrongKey);
        QVERIFY(!opened.error().message.isEmpty());
        QCOMPARE(readAll(t.path), before);
        QCOMPARE(exitCodeFor(opened.error().code), 3);
    }

    void noKeyIsReported() {
        TempRegister t;
        t.reg.reset();
        auto opened = Register::open(t.path, SecretBytes());
        QCOMPARE(opened.error().code, ErrorCode::NoKey);
    }

    void truncatedFileIsDamaged() {
        TempRegister t;
        QVERIFY(t.reg->checkpoint().ok());
        t.reg.reset();
        QFile f(t.path);
        QVERIFY(f.resize(f.size() - 1000));
        auto opened = Register::open(t.path, t.key());
        QCOMPARE(opened.error().code, ErrorCode::Damaged);
        QVERIFY(f.resize(0));
        QCOMPARE(Register::open(t.path, t.key()).error().code, ErrorCode::Damaged);
    }

    void overwrittenFileIsDamaged() {
        TempRegister t;
        QVERIFY(t.reg->checkpoint().ok());
        t.reg.reset();
        QVERIFY(QFile(t.path).size() > 3 * 4096);
        overwrite(t.path, 100, QByteArray(300, 'Z')); // inside page 1, after the salt
        auto opened = Register::open(t.path, t.key());
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::Damaged);
    }

    void notARegisterIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        auto opened =
            Register::open(path, KeyDerivation::registerKey(RecoveryKey::generateSecret()));
        QVERIFY(opened.error().code == ErrorCode::WrongKey ||
                opened.error().code == ErrorCode::Damaged);
        QCOMPARE(Register::open(dir.filePath(QStringLiteral("missing")), SecretBytes::random(32))
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    void newerSchemaIsRefused() {
        TempRegister t;
        QSqlQuery q(t.reg->database());
        QVERIFY(
            q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)));
        t.reg.reset();
        const QByteArray before = readAll(t.path);
        auto opened = Register::open(t.path, t.key());
        QCOMPARE(opened.error().code, ErrorCode::NewerSchema);
        QCOMPARE(exitCodeFor(opened.error().code), 4);
        QCOMPARE(readAll(t.path), before);
    }

    void createNeverOverwrites() {
        TempRegister t;
        auto again = Register::create(t.path, t.key());
        QCOMPARE(again.error().code, ErrorCode::Exists);
    }

    void networkSharesAreRecognised() {
        QVERIFY(registerfile::isNetworkFileSystem("nfs"));
        QVERIFY(registerfile::isNetworkFileSystem("nfs4"));
        QVERIFY(registerfile::isNetworkFileSystem("cifs"));
        QVERIFY(registerfile::isNetworkFileSystem("smb3"));
        QVERIFY(registerfile::isNetworkFileSystem("fuse.sshfs"));
        QVERIFY(!registerfile::isNetworkFileSystem("ext4"));
        QVERIFY(!registerfile::isNetworkFileSystem("tmpfs"));
        QVERIFY(!registerfile::isNetworkFileSystem("btrfs"));
    }

    void oneWindowPerRegister() {
        TempRegister t;
        auto first = RegisterLock::acquire(t.path);
        QVERIFY(first.ok());
        // A second window (another process) is refused; the check is per process, so ask a child.
        QByteArray err;
        const int rc = runBinhyen({QStringLiteral("restore"), QStringLiteral("--register"), t.path,
                                   QStringLiteral("--from"), t.path, QStringLiteral("--user"),
                                   QStringLiteral("truong")},
                                  nullptr, &err, {QStringLiteral("BINHYEN_PASSWORD=x")});
        QCOMPARE(rc, 6);
        first.value().reset();
        auto again = RegisterLock::acquire(t.path);
        QVERIFY(again.ok());
    }

    void lockOfAKilledWindowIsTakenOver() {
        TempRegister t;
        const QString keyFile = t.file(QStringLiteral("k"));
        QVERIFY(keyfiles::writeRegisterKeyFile(keyFile, t.key()).ok());
        t.reg.reset();
        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(BINHYEN_BINARY),
                     {QStringLiteral("--register"), t.path, QStringLiteral("--key-file"), keyFile});
        QVERIFY(window.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(t.path + QStringLiteral(".lock")), 20000);
        QCOMPARE(RegisterLock::acquire(t.path).error().code, ErrorCode::AlreadyOpen);
        ::kill(static_cast<pid_t>(window.processId()), SIGKILL);
        QVERIFY(window.waitForFinished());
        QVERIFY(QFile::exists(t.path + QStringLiteral(".lock")));
        auto taken = RegisterLock::acquire(t.path);
        QVERIFY2(taken.ok(), qPrintable(taken.error().text()));
    }

    void rekeyKeepsIdAndRetiresOldKey() {
        TempRegister t;
        QSqlQuery q(t.reg->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE probe(x TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO probe VALUES ('Láng Dài')")));
        const QString id = t.reg->id();
        SecretBytes fresh = RecoveryKey::generateSecret();
        QVERIFY(t.reg->rekey(KeyDerivation::registerKey(fresh)).ok());
        QCOMPARE(pragma(t.reg->database(), "journal_mode"), QStringLiteral("wal"));
        t.reg.reset();
        QCOMPARE(registerfile::readId(t.path).value(), id);
        QCOMPARE(Register::open(t.path, t.key()).error().code, ErrorCode::WrongKey);
        auto reopened = Register::open(t.path, KeyDerivation::registerKey(fresh));
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().text()));
        QSqlQuery r(reopened.value()->database());
        QVERIFY(r.exec(QStringLiteral("SELECT x FROM probe")) && r.next());
        QCOMPARE(r.value(0).toString(), QStringLiteral("Láng Dài"));
    }

    void integrityCheckPassesOnAHealthyRegister() {
        TempRegister t;
        QVERIFY(t.reg->checkIntegrity().ok());
    }
};

QTEST_GUILESS_MAIN(TestRegister)
#include "tst_register.moc"
