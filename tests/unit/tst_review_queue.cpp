// The chief's review queue (issue 5): unclassified tips, deadlines due, valuable proposals and
// closure proposals — each list holds what it should and nothing else.
#include "models/domain/Case.h"
#include "models/domain/Tip.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/cases/CaseRepo.h"
#include "models/repo/cases/CaseWorkflowRepo.h"
#include "models/repo/cases/ReviewQueueRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/repo/tips/TipWorkflowRepo.h"
#include "models/security/Session.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/StatementTrace.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace binhyen;
using namespace binhyen::test;

namespace {

const QString kWhy = QStringLiteral("Đã xác minh");

QStringList numbers(const QList<ReviewItem>& items) {
    QStringList out;
    for (const ReviewItem& i : items)
        out << i.number;
    return out;
}

} // namespace

class TestReviewQueue : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;

    qint64 newTip(const QString& summary, const QString& classification = {},
                  const QDateTime& due = {}) {
        NewTip tip;
        tip.receivedAt = s->clock.now();
        tip.channel = QStringLiteral("phone");
        tip.receivingOfficerId = s->officer.userId();
        tip.summary = summary;
        tip.classification = classification;
        tip.dueAt = due;
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

    qint64 newCase(const QString& title) {
        NewCase c;
        c.title = title;
        auto id = CaseRepo(s->db(), s->clock).create(s->officer, c);
        if (!id)
            qFatal("case: %s", qPrintable(id.error().text()));
        s->clock.advanceSecs(60);
        return id.value();
    }

private Q_SLOTS:
    void init() { s = std::make_unique<AuditStation>(); }
    void cleanup() { s.reset(); }

    void eachListHoldsWhatItShould() {
        const QDateTime now = s->clock.now();
        TipWorkflowRepo tips(s->db(), s->clock);
        CaseWorkflowRepo cases(s->db(), s->clock);
        // The fixture's tip (TB-0001/2020) is unclassified and new, without a deadline.
        const qint64 classified = newTip(QStringLiteral("Đã phân loại"), QStringLiteral("tin_bao"),
                                         now.addDays(3));                 // TB-0002: due in 3 days
        const qint64 closed = newTip(QStringLiteral("Không thuộc ANTT")); // TB-0003
        QVERIFY(tips.notAntt(s->officer, closed, kWhy).ok());
        const qint64 dueSoon =
            newTip(QStringLiteral("Hạn trong 2 giờ"), QStringLiteral("to_giac"), now.addSecs(7200));
        const qint64 overdue =
            newTip(QStringLiteral("Quá hạn"), QStringLiteral("to_giac"), now.addSecs(-3600));
        const qint64 forwarded =
            newTip(QStringLiteral("Đã chuyển"), QStringLiteral("to_giac"), now.addSecs(-3600));
        QVERIFY(tips.forward(s->officer, forwarded, QStringLiteral("CQCSĐT Công an huyện"),
                             s->clock.now(), QStringLiteral("01/PC"), kWhy)
                    .ok());
        const qint64 proposed =
            newTip(QStringLiteral("Đề nghị có giá trị"), QStringLiteral("tin_bao"));
        QVERIFY(tips.proposeValuable(s->officer, proposed, kWhy).ok());
        const qint64 confirmed = newTip(QStringLiteral("Đã xác nhận"), QStringLiteral("tin_bao"));
        QVERIFY(tips.proposeValuable(s->officer, confirmed, kWhy).ok());
        QVERIFY(tips.confirmValuable(s->chief, confirmed, kWhy).ok());

        const qint64 pending = newCase(QStringLiteral("Chờ duyệt"));
        QVERIFY(cases.proposeClosure(s->officer, pending, QStringLiteral("Đã làm rõ"), true).ok());
        const qint64 approved = newCase(QStringLiteral("Đã duyệt"));
        QVERIFY(cases.proposeClosure(s->officer, approved, QStringLiteral("Xong"), false).ok());
        QVERIFY(cases.approveClosure(s->chief, approved, {}).ok());
        const qint64 returned = newCase(QStringLiteral("Trả lại"));
        QVERIFY(cases.proposeClosure(s->officer, returned, QStringLiteral("Xong"), false).ok());
        QVERIFY(cases.returnClosure(s->chief, returned, QStringLiteral("Bổ sung")).ok());
        newCase(QStringLiteral("Đang xác minh"));

        auto result = ReviewQueueRepo(s->db(), s->clock).queue(s->chief);
        QVERIFY2(result.ok(), qPrintable(result.error().text()));
        const ReviewQueue& q = result.value();
        auto number = [this](qint64 tipId) {
            return QStringLiteral("TB-%1/2020").arg(tipId, 4, 10, QLatin1Char('0'));
        };
        // Unclassified: the fixture's tip only (classified and closed ones are not).
        QCOMPARE(numbers(q.unclassified), QStringList{number(s->tipId)});
        QCOMPARE(q.unclassified.first().kind, QStringLiteral("tip"));
        QCOMPARE(q.unclassified.first().text, QStringLiteral("Đánh nhau tại quán ấp Cây Cám"));
        QCOMPARE(q.unclassified.first().person, QStringLiteral("Trần Văn Cán"));
        // Due: overdue first, then within 24 h; not the one due in 3 days, not a forwarded one.
        QCOMPARE(numbers(q.dueSoon), (QStringList{number(overdue), number(dueSoon)}));
        QCOMPARE(q.dueSoon.at(1).at, now.addSecs(7200));
        // Valuable proposals: not the confirmed one.
        QCOMPARE(numbers(q.valuableProposals), QStringList{number(proposed)});
        QCOMPARE(q.valuableProposals.first().person, QStringLiteral("Trần Văn Cán"));
        QVERIFY(q.valuableProposals.first().at.isValid());
        // Closure proposals: the pending case only.
        QCOMPARE(q.closureProposals.size(), 1);
        QCOMPARE(q.closureProposals.first().kind, QStringLiteral("case"));
        QCOMPARE(q.closureProposals.first().id, pending);
        QCOMPARE(q.closureProposals.first().number, QStringLiteral("VV-0001/2020"));
        QCOMPARE(q.closureProposals.first().text, QStringLiteral("Chờ duyệt"));
        QCOMPARE(q.closureProposals.first().person, QStringLiteral("Trần Văn Cán"));

        // After the chief's decisions the lists empty.
        QVERIFY(tips.confirmValuable(s->chief, proposed, kWhy).ok());
        QVERIFY(cases.approveClosure(s->chief, pending, {}).ok());
        auto after = ReviewQueueRepo(s->db(), s->clock).queue(s->chief);
        QVERIFY(after.ok());
        QVERIFY(after.value().valuableProposals.isEmpty());
        QVERIFY(after.value().closureProposals.isEmpty());
        // Moving the clock 2 days on: the 3-day tip is now due too.
        s->clock.advanceSecs(2 * 24 * 3600);
        auto later = ReviewQueueRepo(s->db(), s->clock).queue(s->chief);
        QVERIFY(numbers(later.value().dueSoon).contains(number(classified)));

        QCOMPARE(ReviewQueueRepo(s->db(), s->clock).queue(Session()).error().code,
                 ErrorCode::NotPermitted);
        auto verdict = s->audit().verify(nullptr);
        QVERIFY(verdict.ok());
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

    // The queue at any size: every statement head() runs reads through an index — the
    // unclassified tips and the valuable proposals through migration 12's partial indexes, whose
    // WHERE must stay the queue's own — never a scan of every tip or case.
    void theQueueReadsThroughItsIndexes() {
        TipWorkflowRepo tips(s->db(), s->clock);
        for (int i = 0; i < 30; ++i)
            newTip(QStringLiteral("Tin đã phân loại %1").arg(i), QStringLiteral("tin_bao"));
        const qint64 proposed = newTip(QStringLiteral("Đề nghị"), QStringLiteral("tin_bao"));
        QVERIFY(tips.proposeValuable(s->officer, proposed, kWhy).ok());
        QSqlQuery analyze(s->db());
        QVERIFY(analyze.exec(QStringLiteral("ANALYZE")));
        QStringList statements;
        {
            test::StatementTrace trace(s->db());
            auto head = ReviewQueueRepo(s->db(), s->clock).head(s->chief, 100);
            QVERIFY2(head.ok(), qPrintable(head.error().text()));
            QCOMPARE(head.value().queue.valuableProposals.size(), 1);
            statements = trace.take();
        }
        QStringList plans;
        for (const QString& sql : std::as_const(statements)) {
            if (!sql.startsWith(QLatin1String("SELECT")))
                continue;
            QSqlQuery q(s->db());
            QVERIFY2(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql),
                     qPrintable(q.lastError().text()));
            while (q.next()) {
                const QString line = q.value(3).toString();
                plans << line;
                QVERIFY2(!QRegularExpression(QStringLiteral("^SCAN (t|c|tips|cases)$"))
                              .match(line)
                              .hasMatch(),
                         qPrintable(sql + QStringLiteral(" → ") + line));
            }
        }
        const QString all = plans.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("tips_unclassified")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("tips_valuable_proposed")), qPrintable(all));
    }
};

QTEST_GUILESS_MAIN(TestReviewQueue)
#include "tst_review_queue.moc"
