// The audit checkpoint kept outside the register (gnome-keyring in its own D-Bus session,
// tests/support/with-keyring.sh) and `binhyen audit verify` through the real binary: an older
// backup put in place is caught; exit 0 when intact, 7 when broken.
#include "models/repo/audit/AuditAnchor.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/security/KeyFiles.h"
#include "models/security/Keychain.h"
#include "models/store/Backup.h"
#include "tests/support/AuditFixture.h"

#include <QTest>

using namespace binhyen;
using namespace binhyen::test;

namespace {

int verifyWithCli(AuditStation& s, QByteArray* out, QByteArray* err) {
    const QString keyFile = s.t.file(QStringLiteral("register.key"));
    if (!QFile::exists(keyFile) && !keyfiles::writeRegisterKeyFile(keyFile, s.t.key()).ok())
        return -2;
    return runBinhyen({QStringLiteral("audit"), QStringLiteral("verify"),
                       QStringLiteral("--register"), s.t.path, QStringLiteral("--key-file"),
                       keyFile},
                      out, err, {QStringLiteral("LANG=en_US.UTF-8")});
}

} // namespace

class TestKeychainAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(qEnvironmentVariableIsSet("BINHYEN_TEST_KEYCHAIN"),
                 "run through ctest: this test needs tests/support/with-keyring.sh");
    }

    void checkpointEntryRoundTrip() {
        Keychain keychain(QStringLiteral("BinhYenTest"));
        const QString chain = QStringLiteral("0123456789abcdef0123456789abcdef");
        QCOMPARE(keychain.readCheckpoint(chain).status, Keychain::Status::NotFound);
        const QByteArray hash(32, '\x5a');
        QVERIFY(keychain.storeCheckpoint(chain, 7, hash).ok());
        auto read = keychain.readCheckpoint(chain);
        QCOMPARE(read.status, Keychain::Status::Found);
        QCOMPARE(read.number, 7);
        QCOMPARE(read.hash, hash);
        QVERIFY(keychain.storeCheckpoint(chain, 8, hash).ok()); // overwritten, not added
        QCOMPARE(keychain.readCheckpoint(chain).number, 8);
        // The register key entry of the same id is another entry.
        QCOMPARE(keychain.readRegisterKey(chain).status, Keychain::Status::NotFound);
        QVERIFY(keychain.forgetCheckpoint(chain).ok());
        QCOMPARE(keychain.readCheckpoint(chain).status, Keychain::Status::NotFound);
    }

    void olderBackupPutInPlaceIsCaught() {
        AuditStation s;
        QVERIFY(s.audit().checkpoint(s.chief, QStringLiteral("logon")).ok());
        QVERIFY(auditanchor::remember(Keychain(), s.db()).ok());
        auto older = Backup::create(*s.t.reg, s.t.file(QStringLiteral("backups")), s.clock);
        QVERIFY2(older.ok(), qPrintable(older.error().text()));
        auto manifest = auditanchor::writeBackupManifest(s.db(), s.t.reg->id(), older.value());
        QVERIFY2(manifest.ok(), qPrintable(manifest.error().text()));
        auto fromManifest = auditanchor::readBackupManifest(older.value());
        QVERIFY(fromManifest.ok());
        QCOMPARE(fromManifest.value().checkpoint.number, 1);
        QCOMPARE(fromManifest.value().chainId, s.audit().chainId().value());
        QCOMPARE(fromManifest.value().registerId, s.t.reg->id());

        // Later work, signed by a newer checkpoint that this computer remembers.
        s.clock.advanceSecs(3600);
        s.tipEvent(s.officer, QStringLiteral("tip.update"));
        QVERIFY(s.audit().checkpoint(s.chief, QStringLiteral("manual")).ok());
        QVERIFY(auditanchor::remember(Keychain(), s.db()).ok());
        QByteArray out, err;
        QCOMPARE(verifyWithCli(s, &out, &err), 0);
        QVERIFY2(out.startsWith("intact\n"), out.constData());
        QVERIFY2(out.contains("checkpoints: 2"), out.constData());

        // The insider puts the older copy back (its own checkpoints are all valid).
        s.t.reg.reset();
        QVERIFY(Backup::restore(s.t.path, s.t.key(), older.value(), s.clock).ok());
        auto reopened = Register::open(s.t.path, s.t.key(), {false, -1});
        QVERIFY(reopened.ok());
        auto recalled = auditanchor::recall(Keychain(), reopened.value()->database());
        QCOMPARE(recalled.status, Keychain::Status::Found);
        QCOMPARE(recalled.number, 2);
        AuditRepo restored(reopened.value()->database(), s.clock);
        const Checkpoint remembered{recalled.number, recalled.hash, QString()};
        auto v = restored.verify(&remembered);
        QVERIFY(v.ok());
        QVERIFY(!v.value().intact);
        QCOMPARE(v.value().where, QStringLiteral("audit_checkpoints.number=2"));
        QVERIFY(restored.verify(nullptr).value().intact); // on its own the copy is consistent
        s.t.reg = reopened.take();

        QCOMPARE(verifyWithCli(s, &out, &err), 7);
        QVERIFY2(out.startsWith("BROKEN: "), out.constData());
        QVERIFY2(out.contains("checkpoint 2 was made before"), out.constData());
    }

    void commandLineExitCodes() {
        AuditStation s;
        QByteArray out, err;
        // No checkpoint remembered on this computer: a note, still intact; the unsigned tail is a
        // warning.
        QCOMPARE(verifyWithCli(s, &out, &err), 0);
        QVERIFY2(out.startsWith("intact\n"), out.constData());
        QVERIFY2(out.contains("rows: 5\n"), out.constData());
        QVERIFY2(out.contains("rows after last checkpoint: 5\n"), out.constData());
        QVERIFY2(err.contains("remembers no audit checkpoint"), err.constData());
        QVERIFY2(err.contains("Warning: 5 audit row"), err.constData());

        // One row deleted (triggers dropped) and the chain recomputed: exit 7, the row named.
        insider::dropAppendOnlyTriggers(s.db());
        insider::exec(s.db(), QStringLiteral("DELETE FROM audit_log WHERE id = 4"));
        insider::rechain(s.db(), 5, &s.officer);
        QVERIFY(!s.audit().verify(nullptr).value().intact);
        const int rc = verifyWithCli(s, &out, &err);
        QVERIFY2(rc == 7, QByteArray(out + err).constData());
        QVERIFY2(out.startsWith("BROKEN: Audit row 4 is missing"), out.constData());
        QVERIFY2(err.contains("broken"), err.constData());

        // Usage errors.
        QCOMPARE(runBinhyen({QStringLiteral("audit"), QStringLiteral("check"),
                             QStringLiteral("--register"), s.t.path},
                            &out, &err),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestKeychainAudit)
#include "tst_keychain_audit.moc"
