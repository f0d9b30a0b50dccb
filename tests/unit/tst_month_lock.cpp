// The month lock (issue 6 item 4): a chief locks a month, its figures stay as issued, a late
// change appears once as an adjustment in the next report, a correction has its own number and
// refers to the original, and the stored reports cannot be changed. Expected figures by hand.
#include "models/repo/stats/MonthLockRepo.h"
#include "reports/stats/MonthlyStatistics.h"
#include "tests/support/AuditFixture.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

namespace {

qint64 figureValue(const QJsonObject& figures, const QString& key) {
    return figures.value(key).toObject().value(u"value"_s).toInteger(-1);
}

} // namespace

class TestMonthLock : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> m_s;

    MonthLockRepo locks() { return MonthLockRepo(m_s->db(), m_s->clock); }
    // A tip entered late (plain INSERT), in the hotline channel.
    void lateTip(int seq, const QString& at) {
        insider::exec(m_s->db(), uR"(INSERT INTO tips (year, seq, received_at, channel,
            receiving_officer_id, summary, created_at, updated_at, created_by)
            VALUES (2020, %1, '%2', 'hotline', %3, 'Tin nhập muộn', '%2', '%2', %3))"_s.arg(seq)
                                     .arg(at)
                                     .arg(m_s->officer.userId()));
    }
    void verifyAudit() {
        auto verdict = m_s->audit().verify(nullptr);
        QVERIFY2(verdict.ok(), verdict.ok() ? "" : qPrintable(verdict.error().text()));
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

private Q_SLOTS:
    void initTestCase() {
        m_s = std::make_unique<AuditStation>();
        // The station's tip is of 03/09/2020 (phone). Now: 05/11/2020.
        m_s->clock.set(QDateTime(QDate(2020, 11, 5), QTime(9, 0), Clock::stationZone()));
    }

    void onlyAChiefLocksAnEndedMonth() {
        auto byOfficer = locks().lock(m_s->officer, u"2020-09"_s);
        QVERIFY(!byOfficer);
        QCOMPARE(byOfficer.error().code, ErrorCode::NotPermitted);
        auto notEnded = locks().lock(m_s->chief, u"2020-11"_s);
        QVERIFY(!notEnded);
        QCOMPARE(notEnded.error().code, ErrorCode::InvalidInput);
        QVERIFY(!locks().lock(m_s->chief, u"2020-13"_s));
        QVERIFY(!locks().isLocked(m_s->officer, u"2020-09"_s).value());
    }

    void lockStoresTheFiguresAsIssued() {
        auto locked = locks().lock(m_s->chief, u"2020-09"_s);
        QVERIFY2(locked.ok(), locked.ok() ? "" : qPrintable(locked.error().text()));
        QCOMPARE(locked.value().number, u"01/BC-CAX"_s);
        QCOMPARE(locked.value().kind, u"original"_s);
        QCOMPARE(locked.value().issuedBy, m_s->chief.userId());
        QCOMPARE(figureValue(locked.value().figures, u"tips_total"_s), 1);
        QVERIFY(locked.value().adjustments.isEmpty());
        QVERIFY(locks().isLocked(m_s->officer, u"2020-09"_s).value());
        auto again = locks().lock(m_s->chief, u"2020-09"_s);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);
        // A signed "month.lock" row and a checkpoint.
        QSqlQuery q(m_s->db());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action = 'month.lock'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(m_s->audit().latestCheckpoint().value().number > 0);
        verifyAudit();
    }

    void aLateChangeDoesNotChangeTheLockedMonth() {
        lateTip(50, u"2020-09-20T10:00:00"_s);
        QVERIFY(m_s->audit().baseline(m_s->chief, u"test"_s).ok());
        auto issued = locks().issued(m_s->officer, u"2020-09"_s);
        QVERIFY(issued.ok());
        QCOMPARE(figureValue(issued.value().figures, u"tips_total"_s), 1);
        const QJsonObject doc =
            MonthlyStatistics(m_s->db(), m_s->clock).document(m_s->officer, u"2020-09"_s).take();
        QCOMPARE(doc.value(u"locked"_s).toBool(), true);
        QCOMPARE(doc.value(u"number"_s).toString(), u"01/BC-CAX"_s);
        QCOMPARE(figureValue(doc, u"tips_total"_s), 1);
    }

    void theChangeIsAnAdjustmentOfTheNextMonth() {
        auto pending = locks().adjustments(m_s->officer, u"2020-10"_s);
        QVERIFY(pending.ok());
        // tips_total 1 → 2, tips_by_channel.hotline 0 → 1, unclassified 1 → 2.
        QCOMPARE(pending.value().size(), 3);
        QCOMPARE(pending.value().at(0).month, u"2020-09"_s);
        QCOMPARE(pending.value().at(0).key, u"tips_by_channel.hotline"_s);
        QCOMPARE(pending.value().at(0).difference(), 1);
        QCOMPARE(pending.value().at(1).key, u"tips_by_classification.unclassified"_s);
        QCOMPARE(pending.value().at(2).key, u"tips_total"_s);
        QCOMPARE(pending.value().at(2).issued, 1);
        QCOMPARE(pending.value().at(2).now, 2);

        auto october = locks().lock(m_s->chief, u"2020-10"_s);
        QVERIFY(october.ok());
        QCOMPARE(october.value().number, u"02/BC-CAX"_s);
        QCOMPARE(october.value().adjustments.size(), 3);
        const QJsonObject doc =
            MonthlyStatistics(m_s->db(), m_s->clock).document(m_s->officer, u"2020-10"_s).take();
        QCOMPARE(doc.value(u"adjustments"_s).toArray().size(), 3);
        // Reported once: November has nothing more to show for September.
        QVERIFY(locks().adjustments(m_s->officer, u"2020-11"_s).value().isEmpty());
        verifyAudit();
    }

    void aCorrectionHasItsOwnNumberAndKeepsTheOriginal() {
        QCOMPARE(locks().correction(m_s->officer, u"2020-09"_s, u"Sở yêu cầu"_s).error().code,
                 ErrorCode::NotPermitted);
        QVERIFY(!locks().correction(m_s->chief, u"2020-09"_s, u"  "_s));
        QCOMPARE(locks().correction(m_s->chief, u"2020-08"_s, u"x"_s).error().code,
                 ErrorCode::NotFound);
        auto corrected =
            locks().correction(m_s->chief, u"2020-09"_s, u"Theo yêu cầu của Phòng Tham mưu"_s);
        QVERIFY2(corrected.ok(), corrected.ok() ? "" : qPrintable(corrected.error().text()));
        const MonthReport original = locks().issued(m_s->officer, u"2020-09"_s).take();
        QCOMPARE(corrected.value().kind, u"correction"_s);
        QCOMPARE(corrected.value().number, u"03/BC-CAX"_s);
        QCOMPARE(corrected.value().refersTo, original.id);
        QCOMPARE(corrected.value().note, u"Theo yêu cầu của Phòng Tham mưu"_s);
        QCOMPARE(figureValue(corrected.value().figures, u"tips_total"_s), 2);
        QCOMPARE(corrected.value().adjustments.size(), 3);
        QCOMPARE(corrected.value().adjustments.at(2).key, u"tips_total"_s);
        QCOMPARE(corrected.value().adjustments.at(2).difference(), 1);
        // The original is unchanged.
        QCOMPARE(original.number, u"01/BC-CAX"_s);
        QCOMPARE(figureValue(original.figures, u"tips_total"_s), 1);
        QCOMPARE(locks().reports(m_s->officer, u"2020-09"_s).value().size(), 2);
        // Nothing changed since: no second correction.
        QVERIFY(!locks().correction(m_s->chief, u"2020-09"_s, u"Lần nữa"_s));
        verifyAudit();
    }

    void adjustmentsCountFromTheCorrection() {
        lateTip(51, u"2020-09-25T10:00:00"_s);
        QVERIFY(m_s->audit().baseline(m_s->chief, u"test"_s).ok());
        auto pending = locks().adjustments(m_s->officer, u"2020-11"_s);
        QVERIFY(pending.ok());
        // Against the correction (tips_total 2), not the original: hotline 1 → 2, unclassified 2 →
        // 3, tips_total 2 → 3.
        QCOMPARE(pending.value().size(), 3);
        QCOMPARE(pending.value().at(2).issued, 2);
        QCOMPARE(pending.value().at(2).now, 3);
    }

    void lockThroughLocksWhatIsLeft() {
        QCOMPARE(locks().lockThrough(m_s->officer, u"2020-10"_s).error().code,
                 ErrorCode::NotPermitted);
        QVERIFY(!locks().lockThrough(m_s->chief, u"2020-11"_s)); // not ended
        // The station's first data is September 2020: September and October are locked already.
        auto none = locks().lockThrough(m_s->chief, u"2020-10"_s);
        QVERIFY(none.ok());
        QCOMPARE(none.value(), 0);
    }

    void storedReportsCannotBeChanged() {
        QSqlQuery q(m_s->db());
        QVERIFY(!q.exec(u"UPDATE month_reports SET figures = '{}' WHERE kind = 'original'"_s));
        QVERIFY(q.lastError().text().contains(u"append-only"_s));
        QVERIFY(!q.exec(u"DELETE FROM month_reports"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM month_reports"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestMonthLock)
#include "tst_month_lock.moc"
