// The audit trail against an insider who holds the register key and writes SQL directly (the
// append-only triggers dropped first): every attack of issue 3 is caught by verify(), which names
// the first problem's place; an untouched register verifies intact.
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/security/AuditChain.h"
#include "models/security/ClockWatch.h"
#include "models/security/Crypto.h"
#include "tests/support/AuditFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;

namespace {

AuditRepo::Verdict verdictOf(AuditStation& s, const Checkpoint* remembered = nullptr) {
    auto v = s.audit().verify(remembered);
    if (!v)
        qFatal("verify: %s", qPrintable(v.error().text()));
    return v.value();
}

// Appends a forged row at the end of the chain, as the insider would.
void forgeRow(AuditStation& s, qint64 userId, qint64 keyId, const SecretBytes* signingKey,
              const QString& action) {
    QSqlQuery last(s.db());
    QVERIFY(last.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")));
    QVERIFY(last.next());
    auditchain::ChainRow row;
    row.prevHash = last.value(0).toByteArray();
    row.at = QStringLiteral("2020-09-03T21:00:00");
    row.userId = userId;
    row.action = action;
    row.objectType = QStringLiteral("tip");
    row.objectId = s.tipId;
    row.keyId = keyId;
    row.monotonicMs = 1;
    const QByteArray hash = auditchain::rowHash(row);
    QSqlQuery q(s.db());
    q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_id, action, object_type, object_id, "
                             "prev_hash, hash, key_id, signature, monotonic_ms) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(row.at);
    q.addBindValue(userId ? QVariant(userId) : QVariant());
    q.addBindValue(action);
    q.addBindValue(row.objectType);
    q.addBindValue(row.objectId);
    q.addBindValue(row.prevHash);
    q.addBindValue(hash);
    q.addBindValue(keyId ? QVariant(keyId) : QVariant());
    q.addBindValue(signingKey
                       ? QVariant(crypto::sign(*signingKey, hash, auditchain::kRowSignatureContext))
                       : QVariant());
    q.addBindValue(row.monotonicMs);
    QVERIFY(q.exec());
}

#define EXPECT_BROKEN(verdict, place, words)                                                       \
    do {                                                                                           \
        const AuditRepo::Verdict& v_ = (verdict);                                                  \
        QVERIFY2(!v_.intact, "expected a broken audit trail");                                     \
        QCOMPARE(v_.where, QStringLiteral(place));                                                 \
        QVERIFY2(v_.problem.contains(QStringLiteral(words)), qPrintable(v_.problem));              \
    } while (false)

} // namespace

class TestAudit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void untouchedRegisterIsIntact() {
        AuditStation s;
        auto v = verdictOf(s);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.rowsChecked, 5);
        QCOMPARE(v.checkpoints, 0);
        QCOMPARE(v.rowsAfterCheckpoint, 5); // the unsigned tail: a warning only

        auto cp = s.audit().checkpoint(s.chief, QStringLiteral("manual"));
        QVERIFY2(cp.ok(), qPrintable(cp.error().text()));
        QCOMPARE(cp.value().number, 1);
        s.tipEvent(s.officer, QStringLiteral("tip.update"));
        v = verdictOf(s, &cp.value());
        QVERIFY2(v.intact, qPrintable(v.problem));
        QCOMPARE(v.rowsChecked, 7); // + the checkpoint's own row + one after it
        QCOMPARE(v.checkpoints, 1);
        QCOMPARE(v.rowsAfterCheckpoint, 1);
        auto fast = s.audit().verifySinceCheckpoint(&cp.value());
        QVERIFY(fast.ok() && fast.value().intact);
        QCOMPARE(fast.value().rowsChecked, 2); // the checkpoint's head and the row after it
    }

    void logonsAndPasswordChangesDoNotInvalidateUsers() {
        AuditStation s;
        UserRepo users(s.db(), s.clock);
        QByteArray wrong("Sai-mat-khau-1");
        QVERIFY(!users.logon(QStringLiteral("canbo1"), SecretBytes::takeFrom(wrong)).ok());
        QByteArray oldPw("Tam-thoi-2020"), newPw("Mat-khau-moi-2020");
        QVERIFY(users
                    .changePassword(s.officer, SecretBytes::takeFrom(oldPw),
                                    SecretBytes::takeFrom(newPw))
                    .ok());
        auto v = verdictOf(s);
        QVERIFY2(v.intact, qPrintable(v.problem));
    }

    void deletedRowIsCaught() {
        AuditStation s;
        insider::dropAppendOnlyTriggers(s.db());
        insider::exec(s.db(), QStringLiteral("DELETE FROM audit_log WHERE id = 4"));
        insider::rechain(s.db(), 5, &s.officer);
        EXPECT_BROKEN(verdictOf(s), "audit_log.id=4", "Audit row 4 is missing");
    }

    void deletedAndRenumberedRowIsCaught() {
        AuditStation s;
        insider::dropAppendOnlyTriggers(s.db());
        // Delete the officer's own tip.create (row 3), close the gap, recompute every later hash
        // and re-sign the officer's rows: the chief's row 4 (now 3) can no longer be re-signed.
        insider::exec(s.db(), QStringLiteral("DELETE FROM audit_log WHERE id = 3"));
        insider::exec(s.db(), QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = 4"));
        insider::exec(s.db(), QStringLiteral("UPDATE audit_log SET id = 4 WHERE id = 5"));
        insider::rechain(s.db(), 3, &s.officer);
        EXPECT_BROKEN(verdictOf(s), "audit_log.id=3", "valid signature of its user");
    }

    void editedRowIsCaught() {
        AuditStation s;
        insider::dropAppendOnlyTriggers(s.db());
        insider::exec(s.db(),
                      QStringLiteral("UPDATE audit_log SET detail = 'nothing' WHERE id = 4"));
        EXPECT_BROKEN(verdictOf(s), "audit_log.id=4", "was changed after it was written");
        insider::rechain(s.db(), 4, &s.officer);
        EXPECT_BROKEN(verdictOf(s), "audit_log.id=4", "valid signature of its user");
    }

    void ownRowEditedAndResignedIsCaughtAtTheNextRow() {
        AuditStation s;
        insider::dropAppendOnlyTriggers(s.db());
        insider::exec(s.db(), QStringLiteral("UPDATE audit_log SET detail = 'other' WHERE id = 3"));
        insider::rechain(s.db(), 3, &s.officer);
        EXPECT_BROKEN(verdictOf(s), "audit_log.id=4", "valid signature of its user");
    }

    void ownRowsCoveredByACheckpointAreCaught() {
        AuditStation s;
        auto cp = s.audit().checkpoint(s.chief, QStringLiteral("logon"));
        QVERIFY(cp.ok());
        insider::dropAppendOnlyTriggers(s.db());
        // The officer rewrites his own last row (5) and every later hash: the chief's checkpoint
        // row 6 no longer carries its signature, and checkpoint 1 no longer matches its head.
        insider::exec(s.db(), QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE id = 5"));
        insider::rechain(s.db(), 5, &s.officer);
        EXPECT_BROKEN(verdictOf(s), "audit_log.id=6", "valid signature");
    }

    void reorderedRowsAreCaught() {
        AuditStation s;
        insider::dropAppendOnlyTriggers(s.db());
        insider::exec(s.db(), QStringLiteral("UPDATE audit_log SET id = 100 WHERE id = 4"));
        insider::exec(s.db(), QStringLiteral("UPDATE audit_log SET id = 4 WHERE id = 5"));
        insider::exec(s.db(), QStringLiteral("UPDATE audit_log SET id = 5 WHERE id = 100"));
        EXPECT_BROKEN(verdictOf(s), "audit_log.id=4", "does not follow the row before it");
        insider::rechain(s.db(), 4, &s.officer);
        EXPECT_BROKEN(verdictOf(s), "audit_log.id=5", "valid signature of its user");
    }

    void rowForgedInAnotherUsersNameIsCaught() {
        {
            AuditStation s; // signed with the forger's own key
            forgeRow(s, s.chief.userId(), s.officer.signingKeyId(), &s.officer.signingSecret(),
                     QStringLiteral("tip.update"));
            EXPECT_BROKEN(verdictOf(s), "audit_log.id=6", "key of another user");
        }
        {
            AuditStation s; // the victim's key id, the forger's signature
            forgeRow(s, s.chief.userId(), s.chief.signingKeyId(), &s.officer.signingSecret(),
                     QStringLiteral("tip.update"));
            EXPECT_BROKEN(verdictOf(s), "audit_log.id=6", "valid signature of its user");
        }
        {
            AuditStation s; // unsigned, in the chief's name
            forgeRow(s, s.chief.userId(), 0, nullptr, QStringLiteral("tip.update"));
            EXPECT_BROKEN(verdictOf(s), "audit_log.id=6", "no valid signature");
        }
        {
            AuditStation s; // unsigned, as if by the application, but not a system action
            forgeRow(s, 0, 0, nullptr, QStringLiteral("identity.reveal"));
            EXPECT_BROKEN(verdictOf(s), "audit_log.id=6", "no valid signature");
        }
        {
            AuditStation s; // a real system event is fine
            forgeRow(s, 0, 0, nullptr, QStringLiteral("logon.failed"));
            const auto v = verdictOf(s);
            QVERIFY2(v.intact, qPrintable(v.problem));
        }
    }

    void deletedCheckpointsAreCaught() {
        AuditStation s;
        QVERIFY(s.audit().checkpoint(s.chief, QStringLiteral("logon")).ok());
        s.tipEvent(s.officer, QStringLiteral("tip.update"));
        auto second = s.audit().checkpoint(s.chief, QStringLiteral("manual"));
        QVERIFY(second.ok());
        const Checkpoint remembered = second.value();
        insider::dropAppendOnlyTriggers(s.db());
        insider::exec(s.db(), QStringLiteral("DELETE FROM audit_checkpoints WHERE number = 2"));
        // Without the copy kept outside the register the deletion only shows as an unsigned tail.
        auto alone = verdictOf(s);
        QVERIFY(alone.intact);
        QCOMPARE(alone.rowsAfterCheckpoint, 2);
        EXPECT_BROKEN(verdictOf(s, &remembered), "audit_checkpoints.number=2",
                      "checkpoint 2 was made before");
        insider::exec(s.db(), QStringLiteral("DELETE FROM audit_checkpoints WHERE number = 1"));
        EXPECT_BROKEN(verdictOf(s, &remembered), "audit_checkpoints.number=2",
                      "checkpoint 2 was made before");
    }

    void checkpointGapAndTruncatedRowsAreCaught() {
        AuditStation s;
        QVERIFY(s.audit().checkpoint(s.chief, QStringLiteral("logon")).ok());
        QVERIFY(s.audit().checkpoint(s.chief, QStringLiteral("manual")).ok());
        insider::dropAppendOnlyTriggers(s.db());
        insider::exec(s.db(), QStringLiteral("DELETE FROM audit_log WHERE id = 7"));
        EXPECT_BROKEN(verdictOf(s), "audit_log.id=7", "signed by checkpoint 2, is missing");
        insider::exec(s.db(), QStringLiteral("DELETE FROM audit_checkpoints WHERE number = 1"));
        EXPECT_BROKEN(verdictOf(s), "audit_checkpoints.number=1", "checkpoint 1 is missing");
    }

    void rememberedCheckpointFromAnotherCopyIsCaught() {
        AuditStation s;
        auto cp = s.audit().checkpoint(s.chief, QStringLiteral("logon"));
        QVERIFY(cp.ok());
        Checkpoint other = cp.value();
        other.hash[0] = static_cast<char>(other.hash[0] ^ 1);
        EXPECT_BROKEN(verdictOf(s, &other), "audit_checkpoints.number=1", "not the one remembered");
    }

    void tipEditedWithoutAuditRowIsCaught() {
        AuditStation s;
        insider::exec(
            s.db(),
            QStringLiteral("UPDATE tips SET summary = 'Không có gì' WHERE id = %1").arg(s.tipId));
        EXPECT_BROKEN(verdictOf(s), "tips.id=1", "tip 1 was changed outside BinhYen");
    }

    void tipAddedWithoutAuditRowIsCaught() {
        AuditStation s;
        insider::exec(s.db(), QStringLiteral("INSERT INTO tips (year, seq, received_at, channel, "
                                             "receiving_officer_id, summary, created_at, "
                                             "updated_at, created_by) SELECT year, seq + 1, "
                                             "received_at, channel, receiving_officer_id, "
                                             "'Thêm lén', created_at, updated_at, created_by "
                                             "FROM tips WHERE id = 1"));
        EXPECT_BROKEN(verdictOf(s), "tips.id=2", "tip 2 has no audit row");
        // A chief who vouches for it (import, demo) makes it part of the trail.
        auto vouched = s.audit().baseline(s.chief, QStringLiteral("import"));
        QVERIFY(vouched.ok());
        QCOMPARE(vouched.value(), 1);
        QVERIFY(verdictOf(s).intact);
    }

    void roleChangedWithSqlIsCaught() {
        AuditStation s;
        insider::exec(s.db(), QStringLiteral("UPDATE users SET role = 'chief' WHERE id = %1")
                                  .arg(s.officer.userId()));
        EXPECT_BROKEN(verdictOf(s), "users.id=2", "user 2 (canbo1) was changed outside BinhYen");
    }

    void roleChangedThroughBinhYenIsIntact() {
        AuditStation s;
        UserRepo users(s.db(), s.clock);
        QVERIFY(users.setRole(s.chief, s.officer.userId(), Role::Inspector).ok());
        AuditEntry e;
        e.action = QStringLiteral("user.role");
        e.entity = QStringLiteral("user");
        e.entityId = s.officer.userId();
        e.changes = {{QStringLiteral("role"),
                      QVariantMap{{QStringLiteral("before"), QStringLiteral("officer")},
                                  {QStringLiteral("after"), QStringLiteral("inspector")}}}};
        QVERIFY(s.audit().appendRecordChange(s.chief, e).ok());
        const auto v = verdictOf(s);
        QVERIFY2(v.intact, qPrintable(v.problem));
    }

    void accountSignatureIsChecked() {
        AuditStation s;
        // The record hash check comes first; with the after-image forged too (the insider's own
        // row), the station's account signature still catches the change.
        insider::exec(s.db(),
                      QStringLiteral("UPDATE users SET full_name = 'Kẻ khác' WHERE id = 2"));
        AuditEntry e;
        e.action = QStringLiteral("user.update");
        e.entity = QStringLiteral("user");
        e.entityId = s.officer.userId();
        QVERIFY(s.audit().appendRecordChange(s.officer, e).ok());
        EXPECT_BROKEN(verdictOf(s), "users.id=2", "canbo1");
    }

    void systemRowsOnlyForSystemActions() {
        AuditStation s;
        AuditEntry e;
        e.action = QStringLiteral("tip.update");
        QCOMPARE(s.audit().appendSystem(e).error().code, ErrorCode::Usage);
        e.action = QStringLiteral("logon.failed");
        e.entity = QStringLiteral("user");
        e.entityId = s.officer.userId();
        QVERIFY(s.audit().appendSystem(e).ok());
        QVERIFY(verdictOf(s).intact);
    }

    void clockJumpIsRecorded() {
        AuditStation s;
        qint64 mono = 1000;
        ClockWatch watch([&mono] { return mono; });
        AuditRepo audit = s.audit();
        audit.setClockWatch(&watch);
        AuditEntry e;
        e.action = QStringLiteral("tip.view");
        QVERIFY(audit.append(s.officer, e).ok());
        s.clock.advanceSecs(90); // 90 s on both clocks: no jump
        mono += 90'000;
        QVERIFY(audit.append(s.officer, e).ok());
        const qint64 before = s.lastRowId();
        s.clock.advanceSecs(3 * 3600); // the wall clock set 3 hours forward
        mono += 5'000;
        QVERIFY(audit.append(s.officer, e).ok());
        QCOMPARE(s.lastRowId(), before + 2);
        QSqlQuery q(s.db());
        QVERIFY(q.exec(QStringLiteral("SELECT action, user_id IS NULL, signature IS NULL, detail "
                                      "FROM audit_log WHERE id = %1")
                           .arg(before + 1)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("clock.jump"));
        QVERIFY(q.value(1).toBool() && q.value(2).toBool());
        QVERIFY2(q.value(3).toString().contains(QStringLiteral("10795 s")),
                 qPrintable(q.value(3).toString()));
        QVERIFY(verdictOf(s).intact);
    }

    void permissions() {
        AuditStation s;
        QCOMPARE(s.audit().list(s.officer, {}).error().code, ErrorCode::NotPermitted);
        QCOMPARE(s.audit().checkpoint(s.officer, QStringLiteral("manual")).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(s.audit().baseline(s.officer, QStringLiteral("x")).error().code,
                 ErrorCode::NotPermitted);
        QVERIFY(s.audit().list(s.chief, {}).ok());
    }

    void detailAndListing() {
        AuditStation s;
        AuditEntry e;
        e.action = QStringLiteral("tip.update");
        e.entity = QStringLiteral("tip");
        e.entityId = s.tipId;
        e.detail = QStringLiteral("sửa nội dung");
        e.changes = {{QStringLiteral("summary"),
                      QVariantMap{{QStringLiteral("before"), QStringLiteral("cũ")},
                                  {QStringLiteral("after"), QStringLiteral("mới")}}},
                     {QStringLiteral("informant_sealed"),
                      QVariantMap{{QStringLiteral("before"), QByteArray("\x01\x02", 2)},
                                  {QStringLiteral("after"), QByteArray("\x03", 1)}}}};
        auto id = s.audit().appendRecordChange(s.officer, e);
        QVERIFY(id.ok());
        QSqlQuery q(s.db());
        QVERIFY(
            q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE id = %1").arg(id.value())));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(),
                 QStringLiteral("{\"changes\":{\"informant_sealed\":{\"after\":\"(sealed)\","
                                "\"before\":\"(sealed)\"},\"summary\":{\"after\":\"mới\","
                                "\"before\":\"cũ\"}},\"text\":\"sửa nội dung\"}"));
        AuditFilter filter;
        filter.userId = s.officer.userId();
        filter.entity = QStringLiteral("tip");
        filter.from = QDate(2020, 9, 3);
        filter.to = QDate(2020, 9, 3);
        auto rows = s.audit().list(s.chief, filter);
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 3); // tip.create, tip.update, this one
        const AuditRow& newest = rows.value().first();
        QCOMPARE(newest.id, id.value());
        QCOMPARE(newest.userName, QStringLiteral("canbo1"));
        QCOMPARE(newest.detail, QStringLiteral("sửa nội dung"));
        QVERIFY(newest.isSigned);
        QCOMPARE(
            newest.changes.value(QStringLiteral("summary")).toMap().value(QStringLiteral("after")),
            QVariant(QStringLiteral("mới")));
        filter.to = QDate(2020, 9, 2);
        QCOMPARE(s.audit().list(s.chief, filter).value().size(), 0);
    }

    void fastCheckCatchesChangesAfterTheCheckpoint() {
        AuditStation s;
        auto cp = s.audit().checkpoint(s.chief, QStringLiteral("logon"));
        QVERIFY(cp.ok());
        const qint64 row = s.tipEvent(s.chief, QStringLiteral("tip.view"));
        insider::dropAppendOnlyTriggers(s.db());
        insider::exec(
            s.db(),
            QStringLiteral("UPDATE audit_log SET action = 'tip.print' WHERE id = %1").arg(row));
        auto fast = s.audit().verifySinceCheckpoint(&cp.value());
        QVERIFY(fast.ok());
        QVERIFY(!fast.value().intact);
        QCOMPARE(fast.value().where, QStringLiteral("audit_log.id=%1").arg(row));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
