// The tip workflow (issue 4 item 4): every step allowed or refused by role and by state, with
// who, when and why kept in the history, a signed audit row per step, and the trail intact.
#include "models/domain/StationTime.h"
#include "models/domain/Tip.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/repo/tips/TipWorkflowRepo.h"
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

const QString kWhy = QStringLiteral("Đã xác minh tại chỗ");

} // namespace

class TestTipWorkflow : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;
    Session inspector;

    TipWorkflowRepo flow() { return TipWorkflowRepo(s->db(), s->clock); }

    qint64 newTip(const QString& summary = QStringLiteral("Trộm xe máy tại ấp Lò Vôi")) {
        NewTip tip;
        tip.receivedAt = s->clock.now();
        tip.channel = QStringLiteral("phone");
        tip.receivingOfficerId = s->officer.userId();
        tip.summary = summary;
        tip.createdBy = s->officer.userId();
        tip.createdAt = s->clock.now();
        auto id = TipRepo(s->db()).insert(tip);
        if (!id)
            qFatal("tip: %s", qPrintable(id.error().text()));
        AuditEntry e{QStringLiteral("tip.create"), QStringLiteral("tip"), id.value(), {}, {}, {}};
        if (!s->audit().appendRecordChange(s->officer, e))
            qFatal("audit");
        s->clock.advanceSecs(60);
        return id.value();
    }

    TipWorkflowState state(qint64 id) { return flow().state(s->chief, id).value(); }

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
    }

    void cleanup() { s.reset(); }

    void inspectorCanDoNone() {
        const qint64 id = newTip();
        auto f = flow();
        const QDateTime now = s->clock.now();
        const QList<ErrorCode> codes = {
            f.startVerifying(inspector, id, kWhy).error().code,
            f.forward(inspector, id, QStringLiteral("CQĐT"), now, QStringLiteral("01"), kWhy)
                .error()
                .code,
            f.resolve(inspector, id, kWhy).error().code,
            f.toCase(inspector, id, kWhy).error().code,
            f.notAntt(inspector, id, kWhy).error().code,
            f.duplicate(inspector, id, s->tipId, kWhy).error().code,
            f.proposeValuable(inspector, id, kWhy).error().code,
            f.confirmValuable(inspector, id, kWhy).error().code,
            f.rejectValuable(inspector, id, kWhy).error().code,
            f.extend(inspector, id, kWhy).error().code};
        for (ErrorCode c : codes)
            QCOMPARE(c, ErrorCode::NotPermitted);
        QCOMPARE(state(id).status, QStringLiteral("new"));
        QVERIFY(f.history(inspector, id).value().isEmpty()); // reading is allowed
    }

    void verifyThenResolveKeepsWhoWhenWhy() {
        const qint64 id = newTip();
        auto f = flow();
        QCOMPARE(f.resolve(s->officer, id, kWhy).error().code, ErrorCode::InvalidInput); // new
        QCOMPARE(f.startVerifying(s->officer, id, QStringLiteral("  ")).error().code,
                 ErrorCode::InvalidInput); // no reason
        QVERIFY(f.startVerifying(s->officer, id, QStringLiteral("Giao cán bộ xác minh")).ok());
        QVERIFY(!f.startVerifying(s->officer, id, kWhy).ok()); // already verifying
        s->clock.advanceSecs(3600);
        QVERIFY(f.resolve(s->chief, id, QStringLiteral("Hòa giải thành")).ok());
        QCOMPARE(state(id).status, QStringLiteral("resolved"));
        for (auto step : {&TipWorkflowRepo::startVerifying, &TipWorkflowRepo::resolve,
                          &TipWorkflowRepo::toCase, &TipWorkflowRepo::notAntt})
            QCOMPARE((f.*step)(s->chief, id, kWhy).error().code, ErrorCode::InvalidInput);
        const auto history = f.history(s->officer, id).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).fromStatus, QStringLiteral("new"));
        QCOMPARE(history.at(0).toStatus, QStringLiteral("verifying"));
        QCOMPARE(history.at(0).userId, s->officer.userId());
        QCOMPARE(history.at(0).reason, QStringLiteral("Giao cán bộ xác minh"));
        QCOMPARE(history.at(1).toStatus, QStringLiteral("resolved"));
        QCOMPARE(history.at(1).userId, s->chief.userId());
        QCOMPARE(history.at(1).at, s->clock.now());
        QCOMPARE(history.at(1).reason, QStringLiteral("Hòa giải thành"));
        QSqlQuery q(s->db());
        QVERIFY(q.exec(QStringLiteral("SELECT outcome FROM tips WHERE id = %1").arg(id)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Hòa giải thành"));
        QCOMPARE(auditRows(QStringLiteral("tip.status")), 2);
        verifyIntact();
    }

    void forwardRecordsBodyTimeAndSlip() {
        const qint64 id = newTip();
        auto f = flow();
        const QDateTime received = s->clock.now().addSecs(-60);
        QVERIFY(!f.forward(s->officer, id, QString(), s->clock.now(), {}, kWhy).ok());
        QVERIFY(!f.forward(s->officer, id, QStringLiteral("CQĐT"), received.addSecs(-1),
                           QStringLiteral("12"), kWhy)
                     .ok()); // before it was received
        QVERIFY(!f.forward(s->officer, id, QStringLiteral("CQĐT"), s->clock.now().addDays(1),
                           QStringLiteral("12"), kWhy)
                     .ok()); // in the future
        QVERIFY(f.forward(s->officer, id, QStringLiteral("Cơ quan CSĐT Công an huyện Đất Đỏ"),
                          s->clock.now(), QStringLiteral("12/PC-CAX"),
                          QStringLiteral("Có dấu hiệu tội phạm"))
                    .ok());
        QCOMPARE(state(id).status, QStringLiteral("forwarded"));
        QSqlQuery q(s->db());
        QVERIFY(q.exec(QStringLiteral("SELECT forwarded_to, forwarded_at, forward_slip_no FROM "
                                      "tips WHERE id = %1")
                           .arg(id)) &&
                q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Cơ quan CSĐT Công an huyện Đất Đỏ"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2020-09-03T20:33:00"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("12/PC-CAX"));
        const auto h = f.history(s->chief, id).value();
        QCOMPARE(h.size(), 1);
        QCOMPARE(h.at(0).extra.value(QStringLiteral("slip_no")).toString(),
                 QStringLiteral("12/PC-CAX"));
        QVERIFY(!f.resolve(s->chief, id, kWhy).ok()); // forwarded is final here
        verifyIntact();
    }

    void closingStepsNeedTheRightState() {
        auto f = flow();
        const qint64 a = newTip();
        QVERIFY(!f.toCase(s->officer, a, kWhy).ok()); // only after verifying
        QVERIFY(f.startVerifying(s->officer, a, kWhy).ok());
        QVERIFY(f.toCase(s->officer, a, QStringLiteral("Đủ dấu hiệu vụ việc")).ok());
        QCOMPARE(state(a).status, QStringLiteral("closed"));
        QCOMPARE(state(a).closure, QStringLiteral("to_case"));

        const qint64 b = newTip();
        QVERIFY(f.notAntt(s->officer, b, QStringLiteral("Tranh chấp dân sự")).ok());
        QCOMPARE(state(b).closure, QStringLiteral("not_antt"));
        QVERIFY(!f.startVerifying(s->officer, b, kWhy).ok());
        QVERIFY(!f.proposeValuable(s->officer, b, kWhy).ok());
        verifyIntact();
    }

    void duplicatePointsAtTheOriginal() {
        auto f = flow();
        const qint64 original = s->tipId;
        const qint64 second = newTip();
        const qint64 third = newTip();
        QVERIFY(!f.duplicate(s->officer, second, second, kWhy).ok());
        QCOMPARE(f.duplicate(s->officer, second, 999999, kWhy).error().code, ErrorCode::NotFound);
        QVERIFY(f.duplicate(s->officer, second, original, QStringLiteral("Cùng sự việc")).ok());
        QCOMPARE(state(second).closure, QStringLiteral("duplicate"));
        QCOMPARE(state(second).duplicateOf, original);
        // A duplicate of a duplicate names the original.
        QVERIFY(f.duplicate(s->officer, third, second, kWhy).ok());
        QCOMPARE(state(third).duplicateOf, original);
        const auto thirdHistory = f.history(s->officer, third).value();
        QCOMPARE(thirdHistory.at(0).extra.value(QStringLiteral("duplicate_of")).toLongLong(),
                 original);
        QVERIFY(!f.duplicate(s->officer, third, original, kWhy).ok()); // already closed
        verifyIntact();
    }

    void valuableIsProposedThenConfirmed() {
        auto f = flow();
        const qint64 id = newTip();
        QCOMPARE(f.confirmValuable(s->chief, id, kWhy).error().code, ErrorCode::InvalidInput);
        QVERIFY(f.proposeValuable(s->officer, id, QStringLiteral("Giúp bắt quả tang")).ok());
        QVERIFY(!state(id).valuable);
        QCOMPARE(state(id).valuableProposedBy, s->officer.userId());
        QVERIFY(!f.proposeValuable(s->officer, id, kWhy).ok()); // already proposed
        QCOMPARE(f.confirmValuable(s->officer, id, kWhy).error().code, ErrorCode::NotPermitted);
        QCOMPARE(f.rejectValuable(s->officer, id, kWhy).error().code, ErrorCode::NotPermitted);
        QVERIFY(f.confirmValuable(s->chief, id, QStringLiteral("Xác nhận")).ok());
        QVERIFY(state(id).valuable);
        QVERIFY(!f.confirmValuable(s->chief, id, kWhy).ok());
        QVERIFY(!f.rejectValuable(s->chief, id, kWhy).ok());

        const qint64 other = newTip();
        QVERIFY(f.proposeValuable(s->officer, other, kWhy).ok());
        QVERIFY(f.rejectValuable(s->chief, other, QStringLiteral("Chưa có kết quả")).ok());
        QVERIFY(!state(other).valuable);
        QCOMPARE(state(other).valuableProposedBy, 0);
        QVERIFY(f.proposeValuable(s->officer, other, kWhy).ok()); // may be proposed again
        const auto h = f.history(s->chief, other).value();
        QCOMPARE(h.size(), 3);
        QCOMPARE(h.at(1).extra.value(QStringLiteral("step")).toString(),
                 QStringLiteral("valuable.reject"));
        QCOMPARE(h.at(1).reason, QStringLiteral("Chưa có kết quả"));
        QCOMPARE(auditRows(QStringLiteral("tip.valuable")), 5);
        verifyIntact();
    }

    void extensionsAreCountedToTwo() {
        auto f = flow();
        const qint64 id = newTip();
        QCOMPARE(f.extend(s->officer, id, kWhy).error().code, ErrorCode::NotPermitted);
        QCOMPARE(f.extend(s->chief, id, QStringLiteral("Cần giám định")).value(), 1);
        QVERIFY(f.startVerifying(s->officer, id, kWhy).ok());
        QCOMPARE(f.extend(s->chief, id, QStringLiteral("VKS gia hạn")).value(), 2);
        QCOMPARE(f.extend(s->chief, id, kWhy).error().code, ErrorCode::InvalidInput);
        QCOMPARE(state(id).extensions, 2);
        QVERIFY(f.resolve(s->officer, id, kWhy).ok());
        const qint64 done = newTip();
        QVERIFY(f.notAntt(s->officer, done, kWhy).ok());
        QVERIFY(!f.extend(s->chief, done, kWhy).ok()); // closed
        QCOMPARE(auditRows(QStringLiteral("tip.extend")), 2);
        verifyIntact();
    }
    void classifyingSetsTheDeadlineFromTheRules() {
        const qint64 id = newTip();
        auto dueOf = [this, id] {
            QSqlQuery q(s->db());
            q.prepare(QStringLiteral("SELECT classification, due_at, received_at FROM tips "
                                     "WHERE id = ?"));
            q.addBindValue(id);
            return q.exec() && q.next()
                       ? QPair<QString, QString>(q.value(0).toString(), q.value(1).toString())
                       : QPair<QString, QString>();
        };
        QVERIFY(dueOf().first.isEmpty());
        QCOMPARE(flow().classify(inspector, id, QStringLiteral("to_giac"), kWhy).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(flow().classify(s->officer, id, QStringLiteral("bogus"), kWhy).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(!flow().classify(s->officer, id, QStringLiteral("to_giac"), QString()).ok());
        QVERIFY(flow().classify(s->officer, id, QStringLiteral("to_giac"), kWhy).ok());
        // A crime report must be forwarded within 24 hours of its receipt.
        QSqlQuery r(s->db());
        r.prepare(QStringLiteral("SELECT received_at FROM tips WHERE id = ?"));
        r.addBindValue(id);
        QVERIFY(r.exec() && r.next());
        const QString dayLater =
            stationTimeText(stationTimeFromText(r.value(0).toString()).addDays(1));
        QCOMPARE(dueOf().first, QStringLiteral("to_giac"));
        QCOMPARE(dueOf().second, dayLater);
        QCOMPARE(flow().classify(s->chief, id, QStringLiteral("to_giac"), kWhy).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(flow().classify(s->chief, id, QStringLiteral("khong_antt"), kWhy).ok());
        QCOMPARE(dueOf().first, QStringLiteral("khong_antt"));
        QVERIFY(dueOf().second != dayLater);
        QCOMPARE(auditRows(QStringLiteral("tip.classify")), 2);
        auto history = flow().history(s->chief, id).value();
        QCOMPARE(history.last().extra.value(QStringLiteral("step")).toString(),
                 QStringLiteral("classify"));
        verifyIntact();
    }
};

QTEST_GUILESS_MAIN(TestTipWorkflow)
#include "tst_tip_workflow.moc"
