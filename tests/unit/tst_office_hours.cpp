// Office hours of the hamlet Zalo groups (settings zalo.office_hours / zalo.office_days): parsing,
// boundaries, the next opening, and the warning ZaloNoticeRepo gives outside them (not for urgent
// notices) with an injected clock on a real register.
#include "models/domain/OfficeHours.h"
#include "models/repo/cases/ZaloNoticeRepo.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace binhyen;
using namespace binhyen::test;

namespace {

// 07/09/2020 is a Monday.
QDateTime at(int day, int hour, int minute, int second = 0) {
    return QDateTime(QDate(2020, 9, day), QTime(hour, minute, second), Clock::stationZone());
}

OfficeHours standard() {
    auto hours =
        OfficeHours::parse(QStringLiteral("07:30-11:30,13:30-17:00"), QStringLiteral("1,2,3,4,5"));
    if (!hours)
        qFatal("parse: %s", qPrintable(hours.error().text()));
    return hours.value();
}

} // namespace

class TestOfficeHours : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { useVietnamese(); }

    void parsesAndDescribes() {
        const OfficeHours h = standard();
        QCOMPARE(h.periods().size(), 2);
        QCOMPARE(h.periodsText(), QStringLiteral("07:30-11:30,13:30-17:00"));
        QCOMPARE(h.daysText(), QStringLiteral("1,2,3,4,5"));
        QCOMPARE(h.describe(), QStringLiteral("07:30–11:30, 13:30–17:00, thứ Hai–thứ Sáu"));
        // Spaces, an en dash and days out of order are accepted and put in canonical form.
        auto loose = OfficeHours::parse(QStringLiteral(" 7:30 – 11:30 , 13:30-17:00 "),
                                        QStringLiteral("6, 1,7"));
        QVERIFY2(loose.ok(), qPrintable(loose.error().text()));
        QCOMPARE(loose.value().periodsText(), QStringLiteral("07:30-11:30,13:30-17:00"));
        QCOMPARE(loose.value().daysText(), QStringLiteral("1,6,7"));
        QCOMPARE(loose.value().describe(),
                 QStringLiteral("07:30–11:30, 13:30–17:00, thứ Hai, thứ Bảy, Chủ nhật"));
    }

    void badTextRefused_data() {
        QTest::addColumn<QString>("periods");
        QTest::addColumn<QString>("days");
        QTest::newRow("empty") << QString() << QStringLiteral("1");
        QTest::newRow("words") << QStringLiteral("sáng") << QStringLiteral("1");
        QTest::newRow("no end") << QStringLiteral("07:30") << QStringLiteral("1");
        QTest::newRow("hour 25") << QStringLiteral("07:30-25:00") << QStringLiteral("1");
        QTest::newRow("backwards") << QStringLiteral("11:30-07:30") << QStringLiteral("1");
        QTest::newRow("empty period") << QStringLiteral("07:30-07:30") << QStringLiteral("1");
        QTest::newRow("overlap") << QStringLiteral("07:30-12:00,11:00-17:00")
                                 << QStringLiteral("1");
        QTest::newRow("out of order")
            << QStringLiteral("13:30-17:00,07:30-11:30") << QStringLiteral("1");
        QTest::newRow("no days") << QStringLiteral("07:30-11:30") << QString();
        QTest::newRow("day 0") << QStringLiteral("07:30-11:30") << QStringLiteral("0,1");
        QTest::newRow("day 8") << QStringLiteral("07:30-11:30") << QStringLiteral("8");
        QTest::newRow("day twice") << QStringLiteral("07:30-11:30") << QStringLiteral("1,1");
        QTest::newRow("day name") << QStringLiteral("07:30-11:30") << QStringLiteral("thứ Hai");
    }
    void badTextRefused() {
        QFETCH(QString, periods);
        QFETCH(QString, days);
        auto hours = OfficeHours::parse(periods, days);
        QVERIFY(!hours.ok());
        QCOMPARE(hours.error().code, ErrorCode::InvalidInput);
        QVERIFY(!hours.error().message.isEmpty());
    }

    void boundaries() {
        const OfficeHours h = standard();
        QVERIFY(!h.isOpen(at(7, 7, 29, 59))); // Monday 07:29:59
        QVERIFY(h.isOpen(at(7, 7, 30)));      // Monday 07:30: open
        QVERIFY(h.isOpen(at(7, 11, 29)));
        QVERIFY(!h.isOpen(at(7, 11, 30))); // a period closes at its end
        QVERIFY(!h.isOpen(at(7, 11, 31)));
        QVERIFY(!h.isOpen(at(7, 12, 45)));
        QVERIFY(h.isOpen(at(7, 13, 30)));
        QVERIFY(h.isOpen(at(7, 16, 59, 59)));
        QVERIFY(!h.isOpen(at(7, 17, 0))); // 17:00 is closed (half-open periods)
        QVERIFY(h.isOpen(at(11, 9, 0)));  // Friday
        QVERIFY(!h.isOpen(at(12, 9, 0))); // Saturday 09:00
        QVERIFY(!h.isOpen(at(13, 9, 0))); // Sunday
        // Another time zone is converted to station time: 02:00 UTC is 09:00 in Hồ Chí Minh.
        QVERIFY(h.isOpen(QDateTime(QDate(2020, 9, 7), QTime(2, 0), QTimeZone::utc())));
        QVERIFY(!h.isOpen(QDateTime(QDate(2020, 9, 7), QTime(10, 0), QTimeZone::utc()))); // 17:00
    }

    void nextOpening() {
        const OfficeHours h = standard();
        QCOMPARE(h.nextOpening(at(11, 18, 0)), at(14, 7, 30)); // Friday 18:00 → Monday 07:30
        QCOMPARE(h.nextOpening(at(12, 9, 0)), at(14, 7, 30));  // Saturday
        QCOMPARE(h.nextOpening(at(7, 11, 30)), at(7, 13, 30)); // lunch
        QCOMPARE(h.nextOpening(at(7, 6, 0)), at(7, 7, 30));
        QCOMPARE(h.nextOpening(at(7, 17, 0)), at(8, 7, 30));
        QCOMPARE(h.nextOpening(at(7, 9, 0)), at(7, 9, 0)); // open: now
        QCOMPARE(OfficeHours::momentText(at(14, 7, 30)),
                 QStringLiteral("07:30, thứ Hai ngày 14/09/2020"));
    }

    void repoWarnsOutsideHoursUnlessUrgent() {
        AuditStation s;
        ZaloNoticeRepo repo(s.db(), s.clock);
        // The register's defaults (migration 0007).
        auto hours = repo.officeHours(s.officer);
        QVERIFY2(hours.ok(), qPrintable(hours.error().text()));
        QCOMPARE(hours.value().periodsText(), QStringLiteral("07:30-11:30,13:30-17:00"));

        s.clock.set(at(11, 18, 0)); // Friday evening
        auto late = repo.check(s.officer, false);
        QVERIFY(late.ok());
        QVERIFY(!late.value().inOfficeHours);
        QCOMPARE(late.value().nextOpening, at(14, 7, 30));
        QVERIFY2(late.value().warning.startsWith(QStringLiteral(
                     "Ngoài giờ hành chính (07:30–11:30, 13:30–17:00, thứ Hai–thứ Sáu)")),
                 qPrintable(late.value().warning));
        QVERIFY(late.value().warning.contains(QStringLiteral("07:30, thứ Hai ngày 14/09/2020")));

        auto urgent = repo.check(s.officer, true);
        QVERIFY(urgent.ok());
        QVERIFY(!urgent.value().inOfficeHours);
        QVERIFY(urgent.value().warning.isEmpty()); // urgent bypasses the rule

        s.clock.set(at(7, 7, 30)); // Monday, opening
        auto open = repo.check(s.officer, false);
        QVERIFY(open.ok());
        QVERIFY(open.value().inOfficeHours);
        QVERIFY(open.value().warning.isEmpty());
        s.clock.set(at(7, 7, 29));
        QVERIFY(!repo.check(s.officer, false).value().warning.isEmpty());
    }

    void chiefChangesTheHours() {
        AuditStation s;
        ZaloNoticeRepo repo(s.db(), s.clock);
        auto refused = repo.setOfficeHours(s.officer, QStringLiteral("07:00-11:00"),
                                           QStringLiteral("1,2,3,4,5,6"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::NotPermitted);
        const qint64 before = s.lastRowId();
        QVERIFY(!repo.setOfficeHours(s.chief, QStringLiteral("7h-11h"), QStringLiteral("1")).ok());
        QCOMPARE(s.lastRowId(), before); // nothing written
        auto changed =
            repo.setOfficeHours(s.chief, QStringLiteral("7:00-11:00"), QStringLiteral("6,1,2"));
        QVERIFY2(changed.ok(), qPrintable(changed.error().text()));
        QCOMPARE(s.lastRowId(), before + 1);
        auto now = repo.officeHours(s.officer);
        QVERIFY(now.ok());
        QCOMPARE(now.value().periodsText(), QStringLiteral("07:00-11:00"));
        QCOMPARE(now.value().daysText(), QStringLiteral("1,2,6"));
        s.clock.set(at(12, 9, 0)); // Saturday is now an office day
        QVERIFY(repo.check(s.officer, false).value().inOfficeHours);
        auto verdict = s.audit().verify(nullptr);
        QVERIFY(verdict.ok());
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

private:
};

QTEST_MAIN(TestOfficeHours)
#include "tst_office_hours.moc"
