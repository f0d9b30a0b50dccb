// No secret service at all (tests/support/without-keyring.sh): BinhYen says so in Vietnamese and
// works with the recovery key or a key file; it never falls back to storing the key in a file.
#include "models/security/Keychain.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;

class TestNoKeychain : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(qEnvironmentVariableIsSet("BINHYEN_TEST_NO_KEYCHAIN"),
                 "run through ctest: this test needs tests/support/without-keyring.sh");
        useVietnamese();
    }

    void keychainReportsUnavailable() {
        QElapsedTimer timer;
        timer.start();
        auto read = Keychain().readRegisterKey(QStringLiteral("0011"));
        QCOMPARE(read.status, Keychain::Status::Unavailable);
        QVERIFY(read.message.contains(QStringLiteral("khóa khôi phục")));
        auto stored = Keychain().storeRegisterKey(QStringLiteral("0011"), SecretBytes::random(32));
        QCOMPARE(stored.error().code, ErrorCode::KeychainUnavailable);
        QVERIFY(timer.elapsed() < 10000);
    }

    void commandLineFallsBackToTheRecoveryKey() {
        const QString reg = m_dir.filePath(QStringLiteral("r.binhyen"));
        QByteArray out;
        QByteArray err;
        QCOMPARE(runBinhyen({QStringLiteral("init"), QStringLiteral("--register"), reg,
                             QStringLiteral("--recovery-key-out"),
                             m_dir.filePath(QStringLiteral("r.recovery")),
                             QStringLiteral("--register-key-out"),
                             m_dir.filePath(QStringLiteral("r.key"))},
                            &out, &err),
                 0);
        QVERIFY2(QString::fromUtf8(err).contains(QStringLiteral("khóa khôi phục")),
                 err.constData());
        // Nothing but the files asked for was written.
        QStringList files;
        QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        QVERIFY2(files.isEmpty(), qPrintable(files.join(u", ")));

        QCOMPARE(runBinhyen({QStringLiteral("backup"), QStringLiteral("--register"), reg,
                             QStringLiteral("--to"), m_dir.filePath(QStringLiteral("b"))},
                            &out, &err),
                 3);
        QVERIFY2(QString::fromUtf8(err).contains(QStringLiteral("khóa khôi phục")),
                 err.constData());
        QCOMPARE(runBinhyen({QStringLiteral("backup"), QStringLiteral("--register"), reg,
                             QStringLiteral("--to"), m_dir.filePath(QStringLiteral("b")),
                             QStringLiteral("--key-file"), m_dir.filePath(QStringLiteral("r.key"))},
                            &out, &err),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestNoKeychain)
#include "tst_nokeychain.moc"
