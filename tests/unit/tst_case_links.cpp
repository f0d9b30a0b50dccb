// Links between tips and cases: who may link, unlink, mark a tip as contributing and edit the
// note; a link exists once; linking writes a timeline event; every write is audited on the case
// and the trail stays intact.
#include "models/domain/StationTime.h"
#include "models/domain/Tip.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/cases/CaseLinkRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/Session.h"
#include "tests/support/AuditFixture.h"

#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace binhyen;
using namespace binhyen::test;

namespace {

SecretBytes password(const char* text) {
    QByteArray bytes(text);
    return SecretBytes::takeFrom(bytes);
}

const QString kWhy = QStringLiteral("Tin báo không liên quan đến vụ việc");

} // namespace

class TestCaseLinks : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;
    Session inspector;
    qint64 caseId = 0;
    qint64 otherTip = 0;

    CaseLinkRepo links() { return CaseLinkRepo(s->db(), s->clock); }

    void verifyIntact() {
        auto verdict = s->audit().verify(nullptr);
        QVERIFY2(verdict.ok(), verdict.ok() ? "" : qPrintable(verdict.error().text()));
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

    int count(const QString& sql, const QVariantList& binds = {}) {
        QSqlQuery q(s->db());
        q.prepare(sql);
        for (const QVariant& v : binds)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    int auditRows(const QString& action) {
        return count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND "
                                    "object_type = 'case' AND object_id = ?"),
                     {action, caseId});
    }

private Q_SLOTS:
    void init() {
        s = std::make_unique<AuditStation>();
        UserRepo users(s->db(), s->clock);
        NewAccount a{QStringLiteral("thanhtra"), QStringLiteral("Lê Thị Thanh"),
                     QStringLiteral("Đại úy"), QStringLiteral("Thanh tra"), Role::Inspector};
        QVERIFY(users.createAccount(s->chief, a, password("Tam-thoi-2020")).ok());
        auto logged = users.logon(QStringLiteral("thanhtra"), password("Tam-thoi-2020"));
        QVERIFY(logged.ok());
        inspector = logged.take();

        insider::exec(
            s->db(), QStringLiteral("INSERT INTO places (id, kind, name, households, commune_code, "
                                    "valid_from) VALUES (1, 'ap', 'Cây Cám', 120, '26680', "
                                    "'2018-01-01')"));
        insider::exec(
            s->db(),
            QStringLiteral("INSERT INTO cases (id, year, seq, title, case_type, occurred_at, "
                           "opened_at, place_id, summary, status, created_at, updated_at, "
                           "created_by) VALUES (1, 2020, 1, 'Trộm xe máy tại ấp Cây Cám', 'theft', "
                           "'2020-09-03T20:20:00', '2020-09-03T20:40:00', 1, 'Mất xe máy', "
                           "'verifying', '2020-09-03T20:40:00', '2020-09-03T20:40:00', %1)")
                .arg(s->officer.userId()));
        caseId = 1;
        NewTip tip;
        tip.receivedAt = s->clock.now().addSecs(9000);
        tip.channel = QStringLiteral("phone");
        tip.receivingOfficerId = s->officer.userId();
        tip.informantKind = QStringLiteral("identified");
        tip.informantPseudonym = QStringLiteral("NBT-0001");
        tip.placeId = 1;
        tip.summary = QStringLiteral("Phát hiện đối tượng gần khu công nghiệp");
        tip.createdBy = s->officer.userId();
        tip.createdAt = tip.receivedAt;
        auto id = TipRepo(s->db()).insert(tip);
        QVERIFY(id.ok());
        otherTip = id.value();
        QVERIFY(s->audit().baseline(s->chief, QStringLiteral("test records")).ok());
        s->clock.advanceSecs(3600);
    }

    void officerLinks() {
        QVERIFY(links().link(s->officer, s->tipId, caseId, QStringLiteral("Tin báo ban đầu")).ok());
        auto ofCase = links().linksOfCase(s->officer, caseId);
        QVERIFY(ofCase.ok());
        QCOMPARE(ofCase.value().size(), 1);
        const CaseTipLink& l = ofCase.value().first();
        QCOMPARE(l.tipId, s->tipId);
        QVERIFY(l.number.startsWith(QStringLiteral("TB-")));
        QCOMPARE(l.note, QStringLiteral("Tin báo ban đầu"));
        QCOMPARE(l.linkedBy, QStringLiteral("Trần Văn Cán"));
        QCOMPARE(l.linkedAt, s->clock.now());
        QVERIFY(!l.contributed);
        QCOMPARE(l.summary, QStringLiteral("Đánh nhau tại quán ấp Cây Cám"));

        auto ofTip = links().linksOfTip(inspector, s->tipId); // inspectors read
        QVERIFY(ofTip.ok());
        QCOMPARE(ofTip.value().size(), 1);
        QCOMPARE(ofTip.value().first().caseId, caseId);
        QCOMPARE(ofTip.value().first().number, QStringLiteral("VV-0001/2020"));
        QCOMPARE(ofTip.value().first().title, QStringLiteral("Trộm xe máy tại ấp Cây Cám"));

        // The timeline says so, with the tip's number and the note.
        QSqlQuery ev(s->db());
        QVERIFY(ev.exec(QStringLiteral("SELECT kind, tip_id, note, officer_id, occurred_at FROM "
                                       "case_events WHERE case_id = 1")));
        QVERIFY(ev.next());
        QCOMPARE(ev.value(0).toString(), QStringLiteral("tip_linked"));
        QCOMPARE(ev.value(1).toLongLong(), s->tipId);
        QVERIFY(ev.value(2).toString().contains(l.number));
        QVERIFY(ev.value(2).toString().contains(QStringLiteral("Tin báo ban đầu")));
        QCOMPARE(ev.value(3).toLongLong(), s->officer.userId());
        QVERIFY(!ev.next());

        QCOMPARE(auditRows(QStringLiteral("case.link")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cases WHERE id = 1 AND updated_at = ?"),
                       {stationTimeText(s->clock.now())}),
                 1);
        verifyIntact();
    }

    void linkOnlyOnce() {
        QVERIFY(links().link(s->officer, s->tipId, caseId, {}).ok());
        auto again = links().link(s->chief, s->tipId, caseId, QStringLiteral("lần nữa"));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);
        QVERIFY(!again.error().message.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM case_events WHERE case_id = 1")), 1);
        QCOMPARE(auditRows(QStringLiteral("case.link")), 1);
        // A second tip links fine; an unknown tip or case does not.
        QVERIFY(links().link(s->chief, otherTip, caseId, {}).ok());
        QCOMPARE(links().linksOfCase(s->chief, caseId).value().size(), 2);
        QCOMPARE(links().link(s->chief, 999, caseId, {}).error().code, ErrorCode::NotFound);
        QCOMPARE(links().link(s->chief, otherTip, 999, {}).error().code, ErrorCode::NotFound);
        verifyIntact();
    }

    void rolesRefused() {
        auto byInspector = links().link(inspector, s->tipId, caseId, {});
        QVERIFY(!byInspector.ok());
        QCOMPARE(byInspector.error().code, ErrorCode::NotPermitted);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tip_case_links")), 0);

        QVERIFY(links().link(s->officer, s->tipId, caseId, {}).ok());
        QCOMPARE(links().unlink(s->officer, s->tipId, caseId, kWhy).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(links().setContributed(s->officer, s->tipId, caseId, true, kWhy).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(links().setNote(inspector, s->tipId, caseId, QStringLiteral("x")).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(links().unlink(inspector, s->tipId, caseId, kWhy).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tip_case_links")), 1);
        QCOMPARE(count(QStringLiteral("SELECT contributed FROM tip_case_links")), 0);
        verifyIntact();
    }

    void chiefMarksContributed() {
        QVERIFY(links().link(s->officer, s->tipId, caseId, {}).ok());
        s->clock.advanceSecs(60);
        auto noReason =
            links().setContributed(s->chief, s->tipId, caseId, true, QStringLiteral(" "));
        QCOMPARE(noReason.error().code, ErrorCode::InvalidInput);
        QVERIFY(links().setContributed(s->chief, s->tipId, caseId, true, kWhy).ok());
        QVERIFY(links().linksOfCase(s->chief, caseId).value().first().contributed);
        QVERIFY(links().linksOfTip(s->chief, s->tipId).value().first().contributed);
        QCOMPARE(auditRows(QStringLiteral("case.contributed")), 1);
        // Setting the same value again writes nothing.
        QVERIFY(links().setContributed(s->chief, s->tipId, caseId, true, kWhy).ok());
        QCOMPARE(auditRows(QStringLiteral("case.contributed")), 1);
        QVERIFY(links().setContributed(s->chief, s->tipId, caseId, false, kWhy).ok());
        QVERIFY(!links().linksOfCase(s->chief, caseId).value().first().contributed);
        QCOMPARE(auditRows(QStringLiteral("case.contributed")), 2);
        // Not linked: nothing to mark.
        QCOMPARE(links().setContributed(s->chief, otherTip, caseId, true, kWhy).error().code,
                 ErrorCode::NotFound);
        verifyIntact();
    }

    void noteEdited() {
        QVERIFY(links().link(s->officer, s->tipId, caseId, QStringLiteral("cũ")).ok());
        QVERIFY(links().setNote(s->officer, s->tipId, caseId, QStringLiteral("  mới  ")).ok());
        QCOMPARE(links().linksOfCase(s->officer, caseId).value().first().note,
                 QStringLiteral("mới"));
        QCOMPARE(auditRows(QStringLiteral("case.link_note")), 1);
        QVERIFY(links().setNote(s->chief, s->tipId, caseId, QString()).ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tip_case_links WHERE note IS NULL")),
                 1);
        QCOMPARE(auditRows(QStringLiteral("case.link_note")), 2);
        QCOMPARE(links().setNote(s->officer, otherTip, caseId, QStringLiteral("x")).error().code,
                 ErrorCode::NotFound);
        verifyIntact();
    }

    void chiefUnlinks() {
        QVERIFY(links().link(s->officer, s->tipId, caseId, {}).ok());
        QCOMPARE(links().unlink(s->chief, s->tipId, caseId, QString()).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(links().linksOfCase(s->chief, caseId).value().size(), 1);
        s->clock.advanceSecs(120);
        QVERIFY(links().unlink(s->chief, s->tipId, caseId, kWhy).ok());
        QVERIFY(links().linksOfCase(s->chief, caseId).value().isEmpty());
        QVERIFY(links().linksOfTip(s->chief, s->tipId).value().isEmpty());
        QCOMPARE(auditRows(QStringLiteral("case.unlink")), 1);
        QCOMPARE(links().unlink(s->chief, s->tipId, caseId, kWhy).error().code,
                 ErrorCode::NotFound);
        // Linked again after an unlink: allowed.
        QVERIFY(links().link(s->chief, s->tipId, caseId, {}).ok());
        verifyIntact();

        // The audit rows name the tip before and after.
        auto rows = s->audit().list(s->chief, AuditFilter{0, QStringLiteral("case"), {}, {}, 50});
        QVERIFY(rows.ok());
        bool sawUnlink = false;
        for (const AuditRow& r : rows.value()) {
            if (r.action != QLatin1String("case.unlink"))
                continue;
            sawUnlink = true;
            const QVariantMap link = r.changes.value(QStringLiteral("link")).toMap();
            QVERIFY(link.value(QStringLiteral("before")).toString().startsWith(u"TB-"));
            QVERIFY(link.value(QStringLiteral("after")).isNull());
            QCOMPARE(r.detail, kWhy);
        }
        QVERIFY(sawUnlink);
    }

    void neverInformantData() {
        QVERIFY(links().link(s->officer, otherTip, caseId, {}).ok());
        const CaseTipLink l = links().linksOfCase(s->chief, caseId).value().first();
        QVERIFY(!l.summary.contains(QStringLiteral("NBT")));
        QVERIFY(!l.note.contains(QStringLiteral("NBT")));
    }
};

QTEST_GUILESS_MAIN(TestCaseLinks)
#include "tst_case_links.moc"
