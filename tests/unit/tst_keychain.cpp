// The real keychain (gnome-keyring in its own D-Bus session, tests/support/with-keyring.sh):
// round trip, the missing-entry path to the recovery key, and no stored secret yields the escrow
// key.
#include "models/security/KeyDerivation.h"
#include "models/security/KeyFiles.h"
#include "models/security/Keychain.h"
#include "models/store/RegisterFile.h"
#include "tests/support/TempRegister.h"

#include <QDir>
#include <QDirIterator>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;

class TestKeychain : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(qEnvironmentVariableIsSet("BINHYEN_TEST_KEYCHAIN"),
                 "run through ctest: this test needs tests/support/with-keyring.sh");
    }

    void storeReadForget() {
        Keychain keychain(QStringLiteral("BinhYenTest"));
        const QString id = QStringLiteral("00112233445566778899aabbccddeeff");
        QCOMPARE(keychain.readRegisterKey(id).status, Keychain::Status::NotFound);
        SecretBytes key = SecretBytes::random(32);
        QElapsedTimer timer;
        timer.start();
        auto stored = keychain.storeRegisterKey(id, key);
        QVERIFY2(stored.ok(), qPrintable(stored.error().text()));
        qInfo("keychain write %lld ms", static_cast<long long>(timer.restart()));
        auto read = keychain.readRegisterKey(id);
        qInfo("keychain read %lld ms", static_cast<long long>(timer.elapsed()));
        QCOMPARE(read.status, Keychain::Status::Found);
        QVERIFY(read.key.equals(key));
        QVERIFY(keychain.forgetRegisterKey(id).ok());
        QCOMPARE(keychain.readRegisterKey(id).status, Keychain::Status::NotFound);
    }

    void commandLineUsesTheKeychainThenTheRecoveryKey() {
        const QString reg = file(QStringLiteral("r.binhyen"));
        const QString recovery = file(QStringLiteral("r.recovery"));
        QByteArray out;
        QByteArray err;
        QCOMPARE(runBinhyen({QStringLiteral("init"), QStringLiteral("--register"), reg,
                             QStringLiteral("--recovery-key-out"), recovery},
                            &out, &err),
                 0);
        QVERIFY2(!err.contains("Warning") && !err.contains("Cảnh báo"), err.constData());
        const QString id = registerfile::readId(reg).value();
        QCOMPARE(QString::fromLatin1(out.trimmed()), id);

        // The keychain entry opens the register: no key file needed.
        QCOMPARE(runBinhyen({QStringLiteral("backup"), QStringLiteral("--register"), reg,
                             QStringLiteral("--to"), file(QStringLiteral("backups"))},
                            &out, &err),
                 0);

        // The entry holds the register key and nothing else; the escrow key is nowhere.
        auto secret = keyfiles::readRecoveryKeyFile(recovery);
        QVERIFY(secret.ok());
        SecretBytes escrow = KeyDerivation::escrowKey(secret.value());
        const QByteArray escrowBytes(reinterpret_cast<const char*>(escrow.data()), 32);
        const QByteArray escrowHex = escrow.toHex();
        auto entry = Keychain().readRegisterKey(id);
        QCOMPARE(entry.status, Keychain::Status::Found);
        QVERIFY(entry.key.equals(KeyDerivation::registerKey(secret.value())));
        QVERIFY(!entry.key.equals(escrow));
        QDirIterator files(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int scanned = 0;
        while (files.hasNext()) {
            const QByteArray bytes = readAll(files.next());
            QVERIFY(!bytes.contains(escrowBytes));
            QVERIFY(!bytes.contains(escrowHex));
            ++scanned;
        }
        QVERIFY(scanned >= 3);
        QDirIterator home(QDir::homePath(), QDir::Files | QDir::Hidden,
                          QDirIterator::Subdirectories);
        while (home.hasNext()) {
            const QByteArray bytes = readAll(home.next());
            QVERIFY(!bytes.contains(escrowBytes));
            QVERIFY(!bytes.contains(escrowHex));
        }

        // Entry missing (another PC, reinstalled system): no key → exit 3 with a message …
        QVERIFY(Keychain().forgetRegisterKey(id).ok());
        QCOMPARE(runBinhyen({QStringLiteral("backup"), QStringLiteral("--register"), reg,
                             QStringLiteral("--to"), file(QStringLiteral("backups"))},
                            &out, &err),
                 3);
        QVERIFY2(err.contains("binhyen key recover"), err.constData());
        // … until the recovery key stores it again.
        QCOMPARE(runBinhyen({QStringLiteral("key"), QStringLiteral("recover"),
                             QStringLiteral("--register"), reg,
                             QStringLiteral("--recovery-key-file"), recovery},
                            &out, &err),
                 0);
        QCOMPARE(Keychain().readRegisterKey(id).status, Keychain::Status::Found);
        QCOMPARE(runBinhyen({QStringLiteral("backup"), QStringLiteral("--register"), reg,
                             QStringLiteral("--to"), file(QStringLiteral("backups2"))},
                            &out, &err),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
