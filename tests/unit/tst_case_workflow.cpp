// Cases (issue 5): numbering per year, opening from a tip (never informant data), edits audited,
// statuses, the closure proposal and the chief's review, assignment, the timeline, and the audit
// trail intact after all of it.
#include "models/domain/Case.h"
#include "models/domain/Tip.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/cases/CaseRepo.h"
#include "models/repo/cases/CaseTimelineRepo.h"
#include "models/repo/cases/CaseWorkflowRepo.h"
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

QDateTime at(int y, int mo, int d, int h, int mi) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Clock::stationZone());
}

} // namespace

class TestCaseWorkflow : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;
    Session inspector;
    qint64 inspectorId = 0;

    CaseRepo cases() { return CaseRepo(s->db(), s->clock); }
    CaseWorkflowRepo flow() { return CaseWorkflowRepo(s->db(), s->clock); }
    CaseTimelineRepo timeline() { return CaseTimelineRepo(s->db(), s->clock); }

    qint64 newCase(const QString& title = QStringLiteral("Trộm cắp xe máy ấp Cây Cám")) {
        NewCase c;
        c.title = title;
        c.caseType = QStringLiteral("theft");
        c.address = QStringLiteral("Ấp Cây Cám, xã Láng Dài");
        auto id = cases().create(s->officer, c);
        if (!id)
            qFatal("case: %s", qPrintable(id.error().text()));
        s->clock.advanceSecs(60);
        return id.value();
    }

    CaseDetail detail(qint64 id) { return cases().get(s->chief, id).value(); }

    void verifyIntact() {
        auto verdict = s->audit().verify(nullptr);
        QVERIFY2(verdict.ok(), verdict.ok() ? "" : qPrintable(verdict.error().text()));
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

    int auditRows(const QString& action) {
        QSqlQuery q(s->db());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

    QString lastDetail(const QString& action) {
        auto rows = s->audit().list(s->chief, AuditFilter{});
        if (!rows)
            return QStringLiteral("ERROR");
        QString detail;
        qint64 last = 0;
        for (const AuditRow& r : rows.value()) {
            if (r.action == action && r.id > last) {
                last = r.id;
                detail = r.detail;
            }
        }
        return detail;
    }

private Q_SLOTS:
    void init() {
        s = std::make_unique<AuditStation>();
        UserRepo users(s->db(), s->clock);
        NewAccount a{QStringLiteral("thanhtra"), QStringLiteral("Lê Thị Thanh"),
                     QStringLiteral("Đại úy"), QStringLiteral("Thanh tra"), Role::Inspector};
        auto id = users.createAccount(s->chief, a, password("Tam-thoi-2020"));
        QVERIFY(id.ok());
        inspectorId = id.value();
        auto logged = users.logon(QStringLiteral("thanhtra"), password("Tam-thoi-2020"));
        QVERIFY(logged.ok());
        inspector = logged.take();
    }

    void cleanup() { s.reset(); }

    void numbersFollowTheYearOfOpening() {
        const QDateTime openedA = s->clock.now();
        const qint64 a = newCase();
        const qint64 b = newCase(QStringLiteral("Đánh nhau tại quán ấp Lò Vôi"));
        s->clock.set(at(2021, 1, 2, 8, 0));
        const qint64 c = newCase(QStringLiteral("Cháy rẫy ấp Phước Thới"));
        QCOMPARE(detail(a).number, QStringLiteral("VV-0001/2020"));
        QCOMPARE(detail(b).number, QStringLiteral("VV-0002/2020"));
        QCOMPARE(detail(c).number, QStringLiteral("VV-0001/2021"));
        const CaseDetail d = detail(a);
        QCOMPARE(d.status, QStringLiteral("verifying"));
        QCOMPARE(d.openedAt, openedA);
        QCOMPARE(d.createdBy, s->officer.userId());
        QCOMPARE(d.createdByName, QStringLiteral("Trần Văn Cán"));
        QCOMPARE(d.caseTypeCode, QStringLiteral("theft"));
        QCOMPARE(d.caseTypeLabel, QStringLiteral("Trộm cắp tài sản"));
        QVERIFY(!d.solved);
        QVERIFY(!d.proposedSolved.has_value());
        QCOMPARE(auditRows(QStringLiteral("case.create")), 3);
        // Newest first; the filters.
        auto all = cases().list(inspector, CaseFilter{});
        QVERIFY(all.ok());
        QCOMPARE(all.value().size(), 3);
        QCOMPARE(all.value().first().id, c);
        CaseFilter text;
        text.text = QStringLiteral("lo voi");
        QCOMPARE(cases().list(inspector, text).value().size(), 1);
        QCOMPARE(cases().list(inspector, text).value().first().id, b);
        text.text = QStringLiteral("\"");
        QVERIFY(cases().list(inspector, text).value().isEmpty());
        CaseFilter limited;
        limited.limit = 2;
        QCOMPARE(cases().list(inspector, limited).value().size(), 2);
        QCOMPARE(cases().listNewest(10).value().size(), 3);
        // Refused input.
        NewCase bad;
        QCOMPARE(cases().create(s->officer, bad).error().code, ErrorCode::InvalidInput); // title
        bad.title = QStringLiteral("x");
        bad.caseType = QStringLiteral("no_such_type");
        QCOMPARE(cases().create(s->officer, bad).error().code, ErrorCode::InvalidInput);
        bad.caseType = QStringLiteral("other");
        bad.occurredAt = s->clock.now().addDays(1);
        QCOMPARE(cases().create(s->officer, bad).error().code, ErrorCode::InvalidInput);
        bad.occurredAt = QDateTime();
        QCOMPARE(cases().create(inspector, bad).error().code, ErrorCode::NotPermitted);
        QCOMPARE(cases().get(s->officer, 9999).error().code, ErrorCode::NotFound);
        QCOMPARE(cases().list(Session(), CaseFilter{}).error().code, ErrorCode::NotPermitted);
        verifyIntact();
    }

    void openFromTipWithoutInformantData() {
        NewTip tip;
        tip.receivedAt = at(2020, 9, 3, 20, 25);
        tip.channel = QStringLiteral("phone");
        tip.receivingOfficerId = s->officer.userId();
        tip.informantPseudonym = QStringLiteral("NBT-0042");
        tip.categoryCode = QStringLiteral("theft");
        tip.address = QStringLiteral("Trước tiệm tạp hóa, ấp Cây Cám");
        tip.summary = QStringLiteral("Trộm cắp xe máy trước tiệm tạp hóa của bà Trần Thị M. ấp "
                                     "Cây Cám. Người dân truy đuổi nhưng đối tượng tẩu thoát");
        tip.details = QStringLiteral("Xe Honda Wave biển số 72E1-123.45");
        tip.createdBy = s->officer.userId();
        tip.createdAt = tip.receivedAt;
        auto tipId = TipRepo(s->db()).insert(tip);
        QVERIFY(tipId.ok());
        AuditEntry e{
            QStringLiteral("tip.create"), QStringLiteral("tip"), tipId.value(), {}, {}, {}};
        QVERIFY(s->audit().appendRecordChange(s->officer, e).ok());

        auto draft = cases().prefillFromTip(s->officer, tipId.value());
        QVERIFY2(draft.ok(), qPrintable(draft.error().text()));
        const NewCase& d = draft.value();
        QCOMPARE(d.title, QStringLiteral("Trộm cắp xe máy trước tiệm tạp hóa của bà Trần Thị M. "
                                         "ấp Cây Cám"));
        QCOMPARE(d.caseType, QStringLiteral("theft"));
        QCOMPARE(d.occurredAt, tip.receivedAt);
        QCOMPARE(d.address, tip.address);
        QVERIFY(d.summary.contains(QStringLiteral("tẩu thoát")));
        QVERIFY(d.summary.contains(QStringLiteral("72E1-123.45")));
        for (const QString& field : {d.title, d.address, d.summary, d.caseType})
            QVERIFY2(!field.contains(QStringLiteral("NBT-0042")), qPrintable(field));
        QCOMPARE(cases().prefillFromTip(s->officer, 9999).error().code, ErrorCode::NotFound);

        // A missing tip opens nothing.
        QCOMPARE(cases().createFromTip(s->officer, 9999, d).error().code, ErrorCode::NotFound);
        QVERIFY(cases().listNewest(10).value().isEmpty());

        s->clock.advanceSecs(600);
        auto id = cases().createFromTip(s->officer, tipId.value(), d);
        QVERIFY2(id.ok(), qPrintable(id.error().text()));
        QSqlQuery q(s->db());
        QVERIFY(q.exec(QStringLiteral("SELECT contributed, note, linked_by FROM tip_case_links "
                                      "WHERE tip_id = %1 AND case_id = %2")
                           .arg(tipId.value())
                           .arg(id.value())) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY2(q.value(1).toString().contains(QStringLiteral("TB-0002/2020")),
                 qPrintable(q.value(1).toString()));
        QCOMPARE(q.value(2).toLongLong(), s->officer.userId());
        const auto events = timeline().events(inspector, id.value()).value();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, QStringLiteral("tip_linked"));
        QCOMPARE(events.first().tipId, tipId.value());
        QCOMPARE(events.first().tipNumber, QStringLiteral("TB-0002/2020"));
        QCOMPARE(events.first().officerName, QStringLiteral("Trần Văn Cán"));
        QCOMPARE(events.first().occurredAt, s->clock.now());
        QCOMPARE(cases().listNewest(10).value().first().linkedTips, 1);
        QVERIFY(lastDetail(QStringLiteral("case.create")).contains(QStringLiteral("TB-0002/2020")));
        QCOMPARE(cases().createFromTip(inspector, tipId.value(), d).error().code,
                 ErrorCode::NotPermitted);
        verifyIntact();
    }

    void editsAreAuditedWithBeforeAndAfter() {
        const qint64 id = newCase();
        NewCase edited;
        edited.title = QStringLiteral("Trộm cắp xe máy Honda Wave ấp Cây Cám");
        edited.caseType = QStringLiteral("theft");
        edited.address = QStringLiteral("Ấp Cây Cám, xã Láng Dài");
        edited.occurredAt = at(2020, 9, 3, 20, 20);
        QVERIFY(cases().update(s->officer, id, edited).ok());
        QCOMPARE(detail(id).title, edited.title);
        QCOMPARE(detail(id).occurredAt, edited.occurredAt);
        QCOMPARE(auditRows(QStringLiteral("case.update")), 1);
        auto rows = s->audit().list(s->chief, AuditFilter{});
        QVERIFY(rows.ok());
        bool found = false;
        for (const AuditRow& r : rows.value()) {
            if (r.action != QLatin1String("case.update"))
                continue;
            found = true;
            QCOMPARE(r.entityId, id);
            const QVariantMap title = r.changes.value(QStringLiteral("title")).toMap();
            QCOMPARE(title.value(QStringLiteral("before")).toString(),
                     QStringLiteral("Trộm cắp xe máy ấp Cây Cám"));
            QCOMPARE(title.value(QStringLiteral("after")).toString(), edited.title);
            QVERIFY(r.changes.contains(QStringLiteral("occurred_at")));
            QVERIFY(!r.changes.contains(QStringLiteral("address"))); // unchanged
        }
        QVERIFY(found);
        QVERIFY(cases().update(s->officer, id, edited).ok()); // nothing changed: no row
        QCOMPARE(auditRows(QStringLiteral("case.update")), 1);
        QCOMPARE(cases().update(inspector, id, edited).error().code, ErrorCode::NotPermitted);
        QCOMPARE(cases().update(s->officer, 9999, edited).error().code, ErrorCode::NotFound);
        verifyIntact();
    }

    void statusesAmongOpenOnes() {
        const qint64 id = newCase();
        auto f = flow();
        QVERIFY(
            f.setStatus(s->officer, id, QStringLiteral("clarified"), QStringLiteral("Rõ")).ok());
        QCOMPARE(detail(id).status, QStringLiteral("clarified"));
        QCOMPARE(lastDetail(QStringLiteral("case.status")), QStringLiteral("Rõ"));
        QCOMPARE(f.setStatus(s->chief, id, QStringLiteral("closed"), {}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(f.setStatus(s->officer, id, QStringLiteral("bogus"), {}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(f.setStatus(s->officer, id, QStringLiteral("clarified"), {}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(f.setStatus(inspector, id, QStringLiteral("suspended"), {}).error().code,
                 ErrorCode::NotPermitted);
        QVERIFY(f.setStatus(s->chief, id, QStringLiteral("forwarded"), {}).ok());
        QCOMPARE(detail(id).status, QStringLiteral("forwarded"));
        QCOMPARE(auditRows(QStringLiteral("case.status")), 2);
        verifyIntact();
    }

    void closureIsProposedThenReviewed() {
        const qint64 id = newCase();
        auto f = flow();
        QVERIFY(f.setStatus(s->officer, id, QStringLiteral("clarified"), {}).ok());
        const QString outcome = QStringLiteral("Đối tượng thừa nhận hành vi trộm cắp");
        QCOMPARE(f.proposeClosure(inspector, id, outcome, true).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(f.proposeClosure(s->officer, id, QStringLiteral(" "), true).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(f.approveClosure(s->chief, id, {}).error().code, ErrorCode::InvalidInput); // none
        s->clock.advanceSecs(60);
        QVERIFY(f.proposeClosure(s->officer, id, outcome, true).ok());
        CaseDetail d = detail(id);
        QCOMPARE(d.reviewStatus, QStringLiteral("pending"));
        QCOMPARE(d.closureProposedBy, s->officer.userId());
        QCOMPARE(d.closureProposedAt, s->clock.now());
        QCOMPARE(d.proposedSolved, std::optional<bool>(true));
        QCOMPARE(d.outcome, outcome);
        QCOMPARE(d.status, QStringLiteral("clarified"));
        QCOMPARE(f.proposeClosure(s->officer, id, outcome, true).error().code,
                 ErrorCode::InvalidInput); // already pending
        QCOMPARE(f.setStatus(s->officer, id, QStringLiteral("suspended"), {}).error().code,
                 ErrorCode::InvalidInput); // waiting for review
        // Only a chief reviews.
        QCOMPARE(f.approveClosure(s->officer, id, {}).error().code, ErrorCode::NotPermitted);
        QCOMPARE(f.returnClosure(s->officer, id, QStringLiteral("x")).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(f.approveClosure(inspector, id, {}).error().code, ErrorCode::NotPermitted);
        QCOMPARE(detail(id).reviewStatus, QStringLiteral("pending"));
        // Sent back: a comment is required, the status stays.
        QCOMPARE(f.returnClosure(s->chief, id, QStringLiteral("  ")).error().code,
                 ErrorCode::InvalidInput);
        s->clock.advanceSecs(60);
        const QString why = QStringLiteral("Bổ sung biên bản lời khai của chủ xe.");
        QVERIFY(f.returnClosure(s->chief, id, why).ok());
        d = detail(id);
        QCOMPARE(d.reviewStatus, QStringLiteral("returned"));
        QCOMPARE(d.reviewComment, why);
        QCOMPARE(d.reviewedBy, s->chief.userId());
        QCOMPARE(d.status, QStringLiteral("clarified"));
        QVERIFY(d.closedAt.isNull());
        QVERIFY(!d.solved);
        QCOMPARE(f.approveClosure(s->chief, id, {}).error().code, ErrorCode::InvalidInput);
        // Proposed again (not solved this time), then approved.
        QVERIFY(f.proposeClosure(s->officer, id, outcome, false).ok());
        QVERIFY(f.setStatus(s->chief, id, QStringLiteral("forwarded"), {}).error().code ==
                ErrorCode::InvalidInput);
        s->clock.advanceSecs(3600);
        QVERIFY(f.approveClosure(s->chief, id, QStringLiteral("Đồng ý")).ok());
        d = detail(id);
        QCOMPARE(d.status, QStringLiteral("closed"));
        QCOMPARE(d.closedAt, s->clock.now());
        QCOMPARE(d.reviewStatus, QStringLiteral("approved"));
        QCOMPARE(d.reviewedAt, s->clock.now());
        QCOMPARE(d.reviewedByName, QStringLiteral("Nguyễn Văn Trưởng"));
        QVERIFY(!d.solved);
        QVERIFY(d.solvedAt.isNull());
        // Closed: nothing more.
        QCOMPARE(f.approveClosure(s->chief, id, {}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(f.proposeClosure(s->officer, id, outcome, true).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(f.setStatus(s->chief, id, QStringLiteral("verifying"), {}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(timeline()
                     .addEvent(s->officer, id, QStringLiteral("other"), s->clock.now(), 0, {})
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
        QStringList kinds;
        const auto events = timeline().events(s->chief, id).value();
        for (const CaseEvent& e : events)
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("outcome"), QStringLiteral("review"),
                                     QStringLiteral("outcome"), QStringLiteral("review")}));
        QCOMPARE(auditRows(QStringLiteral("case.review")), 2);
        QCOMPARE(auditRows(QStringLiteral("case.propose_closure")), 2);
        verifyIntact();
    }

    void aChiefApprovesHisOwnSolvedProposal() {
        const qint64 id = newCase();
        auto f = flow();
        QVERIFY(f.proposeClosure(s->chief, id, QStringLiteral("Đã làm rõ"), true).ok());
        s->clock.advanceSecs(120);
        QVERIFY(f.approveClosure(s->chief, id, {}).ok());
        const CaseDetail d = detail(id);
        QVERIFY(d.solved);
        QCOMPARE(d.solvedAt, s->clock.now());
        QCOMPARE(d.status, QStringLiteral("closed"));
        QVERIFY(d.reviewComment.isEmpty());
        QCOMPARE(f.approveClosure(s->chief, id, {}).error().code, ErrorCode::InvalidInput);
        NewCase edited;
        edited.title = QStringLiteral("Khác");
        QCOMPARE(cases().update(s->chief, id, edited).error().code, ErrorCode::InvalidInput);
        verifyIntact();
    }

    void onlyChiefsAssignAndOnlyToOfficers() {
        const qint64 id = newCase();
        auto f = flow();
        QCOMPARE(f.assignCase(s->officer, id, s->officer.userId()).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(f.assignTip(inspector, s->tipId, s->officer.userId()).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(f.assignCase(s->chief, id, inspectorId).error().code, ErrorCode::InvalidInput);
        QCOMPARE(f.assignCase(s->chief, id, 9999).error().code, ErrorCode::InvalidInput);
        QVERIFY(f.assignCase(s->chief, id, s->officer.userId()).ok());
        QCOMPARE(detail(id).assignedOfficerId, s->officer.userId());
        QCOMPARE(detail(id).assignedOfficerName, QStringLiteral("Trần Văn Cán"));
        CaseFilter mine;
        mine.assignedOfficerId = s->officer.userId();
        QCOMPARE(cases().list(s->officer, mine).value().size(), 1);
        mine.assignedOfficerId = s->chief.userId();
        QVERIFY(cases().list(s->officer, mine).value().isEmpty());
        QVERIFY(f.assignCase(s->chief, id, s->chief.userId()).ok()); // a chief is an officer too
        QVERIFY(f.assignTip(s->chief, s->tipId, s->officer.userId()).ok());
        QSqlQuery q(s->db());
        QVERIFY(q.exec(QStringLiteral("SELECT assigned_officer_id FROM tips WHERE id = %1")
                           .arg(s->tipId)) &&
                q.next());
        QCOMPARE(q.value(0).toLongLong(), s->officer.userId());
        QCOMPARE(f.assignTip(s->chief, 9999, s->officer.userId()).error().code,
                 ErrorCode::NotFound);
        // At opening: an officer may take the case himself, only a chief gives it to another.
        NewCase mineToo;
        mineToo.title = QStringLiteral("Mất trộm gà ấp Lò Vôi");
        mineToo.assignedOfficerId = s->chief.userId();
        QCOMPARE(cases().create(s->officer, mineToo).error().code, ErrorCode::NotPermitted);
        mineToo.assignedOfficerId = s->officer.userId();
        auto own = cases().create(s->officer, mineToo);
        QVERIFY(own.ok());
        QCOMPARE(detail(own.value()).assignedOfficerId, s->officer.userId());
        mineToo.assignedOfficerId = inspectorId;
        QCOMPARE(cases().create(s->chief, mineToo).error().code, ErrorCode::InvalidInput);
        // A deactivated account gets no work.
        QVERIFY(UserRepo(s->db(), s->clock).setActive(s->chief, s->officer.userId(), false).ok());
        QCOMPARE(f.assignCase(s->chief, id, s->officer.userId()).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(auditRows(QStringLiteral("case.assign")), 2);
        QCOMPARE(auditRows(QStringLiteral("tip.assign")), 1);
        verifyIntact();
    }

    void timelineOldestFirstAndNeverInTheFuture() {
        const qint64 id = newCase();
        auto t = timeline();
        const QDateTime now = s->clock.now();
        auto second =
            t.addEvent(s->officer, id, QStringLiteral("camera_extract"), now.addSecs(-1800),
                       s->officer.userId(), QStringLiteral("Trích xuất camera"));
        QVERIFY2(second.ok(), qPrintable(second.error().text()));
        auto first = t.addEvent(s->officer, id, QStringLiteral("scene_visit"), now.addSecs(-3600),
                                s->chief.userId(), QStringLiteral("Đến hiện trường"));
        QVERIFY(first.ok());
        auto third = t.addEvent(s->officer, id, QStringLiteral("suspect_located"), now.addSecs(240),
                                0, {}, s->tipId); // within 5 minutes
        QVERIFY2(third.ok(), qPrintable(third.error().text()));
        QCOMPARE(t.addEvent(s->officer, id, QStringLiteral("call"), now.addSecs(3600), 0, {})
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
        QCOMPARE(t.addEvent(s->officer, id, QStringLiteral("call"), at(1989, 12, 31, 23, 0), 0, {})
                     .error()
                     .code,
                 ErrorCode::InvalidInput);
        QCOMPARE(t.addEvent(s->officer, id, QStringLiteral("party"), now, 0, {}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(t.addEvent(inspector, id, QStringLiteral("call"), now, 0, {}).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(t.addEvent(s->officer, 9999, QStringLiteral("call"), now, 0, {}).error().code,
                 ErrorCode::NotFound);
        const auto events = t.events(inspector, id).value();
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).id, first.value());
        QCOMPARE(events.at(0).officerName, QStringLiteral("Nguyễn Văn Trưởng"));
        QCOMPARE(events.at(0).note, QStringLiteral("Đến hiện trường"));
        QCOMPARE(events.at(1).id, second.value());
        QCOMPARE(events.at(2).id, third.value());
        QCOMPARE(events.at(2).tipNumber, QStringLiteral("TB-0001/2020"));
        QCOMPARE(events.at(2).officerId, 0);
        QCOMPARE(auditRows(QStringLiteral("case.event")), 3);
        QCOMPARE(detail(id).updatedAt, now);
        QCOMPARE(t.events(inspector, 9999).error().code, ErrorCode::NotFound);
        verifyIntact();
    }
};

QTEST_GUILESS_MAIN(TestCaseWorkflow)
#include "tst_case_workflow.moc"
