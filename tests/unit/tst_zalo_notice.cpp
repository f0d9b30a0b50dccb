// Zalo notices for the hamlet groups: the drafts (plate, hamlet, phone; never anything about the
// informant) and the record that one was posted (case event or tip history step, signed audit).
#include "models/domain/StationTime.h"
#include "models/domain/ZaloNotice.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/cases/ZaloNoticeRepo.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace binhyen;
using namespace binhyen::test;

namespace {

const QString kPseudonym = QStringLiteral("NBT-0042");
const QString kInformantName = QStringLiteral("Lê Thị Báo Tin");

CaseNoticeFacts storyFacts() {
    CaseNoticeFacts f;
    f.unitName = QStringLiteral("Công an xã Láng Dài");
    f.title = QStringLiteral("Trộm cắp xe máy");
    f.occurredAt = QDateTime(QDate(2020, 9, 3), QTime(20, 30), Clock::stationZone());
    f.hamlet = QStringLiteral("ấp Cây Cám");
    f.address = QStringLiteral("trước tạp hóa bà Trần Thị M.");
    f.suspectDescription = QStringLiteral("nam, khoảng 25 tuổi,\náo khoác đen, đội nón lưỡi trai");
    f.vehicle = QStringLiteral("xe máy Honda Wave màu đỏ");
    f.plate = QStringLiteral("72F1-123.45");
    f.stationPhone = QStringLiteral("0254 3 871 113");
    return f;
}

} // namespace

class TestZaloNotice : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;
    qint64 caseId = 0;

    void verifyIntact() {
        auto verdict = s->audit().verify(nullptr);
        QVERIFY(verdict.ok());
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

private Q_SLOTS:
    void initTestCase() {
        useVietnamese();
        s = std::make_unique<AuditStation>();
        // The story's case, opened from the station's tip (which has an informant pseudonym).
        insider::exec(s->db(), QStringLiteral("UPDATE tips SET informant_kind = 'identified', "
                                              "informant_pseudonym = 'NBT-0042'"));
        s->tipEvent(s->officer, QStringLiteral("tip.update"));
        insider::exec(s->db(),
                      QStringLiteral("INSERT INTO cases (year, seq, title, occurred_at, opened_at, "
                                     "address, summary, created_at, updated_at, created_by) VALUES "
                                     "(2020, 1, 'Trộm cắp xe máy', '2020-09-03T20:30:00', "
                                     "'2020-09-03T20:40:00', 'trước tạp hóa bà Trần Thị M.', "
                                     "'Xe Honda Wave biển số 72F1-123.45', '2020-09-03T20:40:00', "
                                     "'2020-09-03T20:40:00', %1)")
                          .arg(s->officer.userId()));
        QSqlQuery q(s->db());
        QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM cases")) && q.next());
        caseId = q.value(0).toLongLong();
        AuditEntry created{
            QStringLiteral("case.create"), QStringLiteral("case"), caseId, {}, {}, {}};
        QVERIFY(s->audit().appendRecordChange(s->officer, created).ok());
        verifyIntact();
    }

    void caseDraft() {
        const QString text = zaloCaseNotice(storyFacts());
        QVERIFY2(text.contains(QStringLiteral("72F1-123.45")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("ấp Cây Cám")));
        QVERIFY(text.contains(QStringLiteral("03/09/2020 20:30")));
        QVERIFY(text.contains(QStringLiteral("0254 3 871 113")));
        QVERIFY(text.contains(QStringLiteral("xe máy Honda Wave màu đỏ")));
        QVERIFY(text.contains(QStringLiteral("nam, khoảng 25 tuổi, áo khoác đen"))); // one line
        QVERIFY(text.startsWith(QStringLiteral("Công an xã Láng Dài")));
        QVERIFY(!text.contains(kPseudonym));
        QVERIFY(!text.contains(kInformantName));
        for (const QString& line : text.split(QLatin1Char('\n')))
            QVERIFY2(line.size() <= 120, qPrintable(line)); // short lines for a phone screen
        // Missing facts leave no empty "label:" lines.
        CaseNoticeFacts few;
        few.title = QStringLiteral("Trộm cắp tài sản");
        const QString short_ = zaloCaseNotice(few);
        QVERIFY(!short_.contains(QStringLiteral(": \n")));
        QVERIFY(!short_.contains(QStringLiteral("72F1")));
        QVERIFY(short_.split(QLatin1Char('\n')).size() < text.split(QLatin1Char('\n')).size());
    }

    void lostPersonDraft() {
        LostPersonNoticeFacts f;
        f.unitName = QStringLiteral("Công an xã Láng Dài");
        f.personName = QStringLiteral("Cụ Nguyễn Văn Lạc");
        f.age = QStringLiteral("khoảng 80 tuổi");
        f.since = QDateTime(QDate(2020, 9, 10), QTime(6, 0), Clock::stationZone());
        f.lastSeen = QStringLiteral("chợ ấp Lò Vôi");
        f.description = QStringLiteral("áo sơ mi trắng, đi chậm, hay quên");
        f.stationPhone = QStringLiteral("0254 3 871 113");
        const QString text = zaloLostPersonNotice(f);
        QVERIFY(text.contains(QStringLiteral("Cụ Nguyễn Văn Lạc")));
        QVERIFY(text.contains(QStringLiteral("10/09/2020 06:00")));
        QVERIFY(text.contains(QStringLiteral("chợ ấp Lò Vôi")));
        QVERIFY(text.contains(QStringLiteral("0254 3 871 113")));
        QVERIFY(!text.contains(kPseudonym));
    }

    void postedNoticeIsACaseEvent() {
        ZaloNoticeRepo repo(s->db(), s->clock);
        s->clock.set(QDateTime(QDate(2020, 9, 3), QTime(21, 15), Clock::stationZone()));
        const QString text = zaloCaseNotice(storyFacts());
        const qint64 before = s->lastRowId();
        auto id = repo.recordPosted(s->officer, caseId, text, true,
                                    QStringLiteral("36 nhóm Zalo các ấp"));
        QVERIFY2(id.ok(), qPrintable(id.error().text()));
        QCOMPARE(s->lastRowId(), before + 1);
        QSqlQuery q(s->db());
        q.prepare(QStringLiteral("SELECT case_id, occurred_at, kind, officer_id, note FROM "
                                 "case_events WHERE id = ?"));
        q.addBindValue(id.value());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), caseId);
        QCOMPARE(q.value(1).toString(), QStringLiteral("2020-09-03T21:15:00"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("zalo_notice"));
        QCOMPARE(q.value(3).toLongLong(), s->officer.userId());
        QVERIFY(q.value(4).toString().startsWith(text));
        QVERIFY(q.value(4).toString().contains(QStringLiteral("36 nhóm Zalo các ấp")));
        QVERIFY(q.exec(QStringLiteral("SELECT updated_at FROM cases WHERE id = %1").arg(caseId)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2020-09-03T21:15:00"));
        QVERIFY(q.exec(QStringLiteral("SELECT action, object_type, object_id FROM audit_log "
                                      "ORDER BY id DESC LIMIT 1")) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("case.event"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("case"));
        QCOMPARE(q.value(2).toLongLong(), caseId);
        verifyIntact();
    }

    void refusals() {
        ZaloNoticeRepo repo(s->db(), s->clock);
        const qint64 before = s->lastRowId();
        QCOMPARE(
            repo.recordPosted(s->officer, caseId, QStringLiteral("  "), false, {}).error().code,
            ErrorCode::InvalidInput);
        QCOMPARE(repo.recordPosted(s->officer, 9999, QStringLiteral("Tin"), false, {}).error().code,
                 ErrorCode::NotFound);
        QByteArray pw("Tam-thoi-2020");
        NewAccount inspector{QStringLiteral("kiemtra"), QStringLiteral("Phạm Văn Kiểm"), QString(),
                             QStringLiteral("Thanh tra"), Role::Inspector};
        UserRepo users(s->db(), s->clock);
        QVERIFY(users.createAccount(s->chief, inspector, SecretBytes::takeFrom(pw)).ok());
        QByteArray pw2("Tam-thoi-2020");
        auto reader = users.logon(QStringLiteral("kiemtra"), SecretBytes::takeFrom(pw2));
        QVERIFY(reader.ok());
        const qint64 afterAccount = s->lastRowId();
        QVERIFY(afterAccount > before);
        QCOMPARE(repo.recordPosted(reader.value(), caseId, QStringLiteral("Tin"), false, {})
                     .error()
                     .code,
                 ErrorCode::NotPermitted);
        QCOMPARE(repo.recordPostedForTip(reader.value(), s->tipId, QStringLiteral("Tin"), false)
                     .error()
                     .code,
                 ErrorCode::NotPermitted);
        QCOMPARE(s->lastRowId(), afterAccount);
        QSqlQuery q(s->db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM case_events")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        verifyIntact();
    }

    void postedNoticeForALostPersonTip() {
        ZaloNoticeRepo repo(s->db(), s->clock);
        QSqlQuery q(s->db());
        QVERIFY(q.exec(QStringLiteral("SELECT status FROM tips WHERE id = %1").arg(s->tipId)) &&
                q.next());
        const QString status = q.value(0).toString();
        s->clock.advanceSecs(600);
        auto id = repo.recordPostedForTip(s->officer, s->tipId,
                                          QStringLiteral("Tìm người đi lạc: cụ Lạc"), false);
        QVERIFY2(id.ok(), qPrintable(id.error().text()));
        q.prepare(QStringLiteral("SELECT tip_id, from_status, to_status, at, user_id, reason, "
                                 "extra FROM tip_status_history WHERE id = ?"));
        q.addBindValue(id.value());
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toLongLong(), s->tipId);
        QCOMPARE(q.value(1).toString(), status);
        QCOMPARE(q.value(2).toString(), status);
        QCOMPARE(q.value(3).toString(), stationTimeText(s->clock.now()));
        QCOMPARE(q.value(4).toLongLong(), s->officer.userId());
        QCOMPARE(q.value(5).toString(), QStringLiteral("Tìm người đi lạc: cụ Lạc"));
        const QJsonObject extra = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        QCOMPARE(extra.value(QStringLiteral("step")).toString(), QStringLiteral("zalo_notice"));
        QCOMPARE(extra.value(QStringLiteral("urgent")).toBool(), false);
        verifyIntact();
    }
};

QTEST_MAIN(TestZaloNotice)
#include "tst_zalo_notice.moc"
