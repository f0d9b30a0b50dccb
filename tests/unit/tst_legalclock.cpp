// Legal clocks with injected rules and times: hours, days (start day not counted, ending at
// 24:00, rolled over weekends and holidays), months, month and year boundaries, the remote case.
#include "models/domain/Clock.h"
#include "models/domain/LegalClock.h"

#include <QTest>

using namespace binhyen;

namespace {

RuleSet defaults() {
    RuleSet set;
    auto add = [&](const char* code, int value, const char* unit) {
        set.rules.insert(QString::fromLatin1(code),
                         Rule{QString::fromLatin1(code), value, QString::fromLatin1(unit),
                              QStringLiteral("mô tả"), QStringLiteral("BLTTHS"), false});
    };
    add("tip.forward", 24, "hours");
    add("tip.forward_remote", 48, "hours");
    add("tip.immediate_report", 1, "hours");
    add("tip.resolve", 20, "days");
    add("tip.extension", 2, "months");
    add("tip.procuracy_extension", 2, "months");
    add("tip.extension_request_before", 5, "days");
    add("time.day_limit_ends_midnight", 1, "flag");
    add("time.day_off_rollover", 1, "flag");
    set.holidays = {QDate(2027, 1, 1), QDate(2026, 9, 2), QDate(2026, 4, 30), QDate(2026, 5, 1)};
    return set;
}

QDateTime at(int y, int m, int d, int h = 0, int min = 0) {
    return QDateTime(QDate(y, m, d), QTime(h, min), Clock::stationZone());
}

QDateTime endOf(int y, int m, int d) {
    return QDateTime(QDate(y, m, d), QTime(23, 59, 59), Clock::stationZone());
}

TipClockFacts crime(const QDateTime& received) {
    TipClockFacts t;
    t.receivedAt = received;
    t.classification = QStringLiteral("tin_bao");
    t.urgency = QStringLiteral("normal");
    t.status = QStringLiteral("new");
    return t;
}

Deadline find(const QList<Deadline>& all, const char* code) {
    for (const Deadline& d : all) {
        if (d.code == QLatin1String(code))
            return d;
    }
    return {};
}

} // namespace

class TestLegalClock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void forwardWithin24HoursOr48Remote() {
        const auto tip = crime(at(2020, 9, 3, 20, 30));
        QCOMPARE(find(LegalClock(defaults()).deadlines(tip), "tip.forward").due,
                 at(2020, 9, 4, 20, 30));
        RuleSet remote = defaults();
        remote.remoteArea = true;
        const auto all = LegalClock(remote).deadlines(tip);
        QCOMPARE(find(all, "tip.forward_remote").due, at(2020, 9, 5, 20, 30));
        QVERIFY(find(all, "tip.forward").code.isEmpty());
    }

    void hoursRunThroughWeekendsAndHolidays() {
        // Received Friday evening before the 2/9 holiday week-end: hours are hours.
        const auto tip = crime(at(2026, 9, 1, 22, 0));
        QCOMPARE(find(LegalClock(defaults()).deadlines(tip), "tip.forward").due,
                 at(2026, 9, 2, 22, 0));
    }

    void resolveTwentyDaysEndsAtMidnight() {
        QCOMPARE(
            find(LegalClock(defaults()).deadlines(crime(at(2020, 9, 3, 20, 30))), "tip.resolve")
                .due,
            endOf(2020, 9, 23));
    }

    void dayLimitOnAWeekendRollsToMonday() {
        // Sunday 1/11/2026 + 20 days = Saturday 21/11 → Monday 23/11.
        QCOMPARE(LegalClock(defaults()).afterDays(at(2026, 11, 1, 9), 20), endOf(2026, 11, 23));
    }

    void yearBoundaryAndHoliday() {
        // 12/12/2026 + 20 days = Friday 1/1/2027, a holiday → Monday 4/1/2027.
        QCOMPARE(LegalClock(defaults()).afterDays(at(2026, 12, 12, 15), 20), endOf(2027, 1, 4));
        // Without the rollover rule the day stays.
        RuleSet noRoll = defaults();
        noRoll.rules[QStringLiteral("time.day_off_rollover")].value = 0;
        QCOMPARE(LegalClock(noRoll).afterDays(at(2026, 12, 12, 15), 20), endOf(2027, 1, 1));
    }

    void monthsClampAtMonthEnd() {
        // 31/12/2025 + 2 months = 28/02/2026 (Saturday) → Monday 2/3/2026.
        QCOMPARE(LegalClock(defaults()).afterMonths(at(2025, 12, 31, 10), 2), endOf(2026, 3, 2));
        // 30/04 and 01/05 are holidays: 28/2/2026 + 2 months = 28/4 (Tuesday) stays.
        QCOMPARE(LegalClock(defaults()).afterMonths(at(2026, 2, 28, 10), 2), endOf(2026, 4, 28));
        // 29/2 in a leap year + 2 months: 29/4/2028 is a Saturday → Monday 1/5 is a holiday in the
        // test table only for 2026, so → 1/5/2028.
        QCOMPARE(LegalClock(defaults()).afterMonths(at(2028, 2, 29, 10), 2), endOf(2028, 5, 1));
    }

    void extensionsAndTheRequestBeforeExpiry() {
        auto tip = crime(at(2026, 1, 31, 9));
        LegalClock clock(defaults());
        // 31/1 + 20 days = Friday 20/2/2026.
        QCOMPARE(find(clock.deadlines(tip), "tip.resolve").due, endOf(2026, 2, 20));
        QCOMPARE(find(clock.deadlines(tip), "tip.extension_request_before").due,
                 endOf(2026, 2, 15));
        tip.extensions = 1; // + 2 months: Monday 20/4/2026
        QCOMPARE(find(clock.deadlines(tip), "tip.resolve").due, endOf(2026, 4, 20));
        QCOMPARE(find(clock.deadlines(tip), "tip.extension_request_before").due,
                 endOf(2026, 4, 15));
        tip.extensions = 2; // + 2 more months: Saturday 20/6 → Monday 22/6/2026
        QCOMPARE(find(clock.deadlines(tip), "tip.resolve").due, endOf(2026, 6, 22));
        QVERIFY(find(clock.deadlines(tip), "tip.extension_request_before").code.isEmpty());
    }

    void immediateReportForSeriousCases() {
        auto tip = crime(at(2026, 11, 28, 23, 30));
        tip.urgency = QStringLiteral("immediate");
        const Deadline next = LegalClock(defaults()).next(tip);
        QCOMPARE(next.code, QStringLiteral("tip.immediate_report"));
        QCOMPARE(next.due, at(2026, 11, 29, 0, 30));
    }

    void onlyCrimeReportsRunProceduralClocks() {
        auto tip = crime(at(2026, 11, 28, 8));
        tip.classification = QStringLiteral("phan_anh");
        QVERIFY(LegalClock(defaults()).deadlines(tip).isEmpty());
        tip.classification.clear(); // not classified yet
        QVERIFY(LegalClock(defaults()).deadlines(tip).isEmpty());
        for (const char* c : {"to_giac", "tin_bao", "kien_nghi"}) {
            tip.classification = QString::fromLatin1(c);
            QVERIFY(!LegalClock(defaults()).deadlines(tip).isEmpty());
        }
    }

    void stepsDoneAreMet() {
        auto tip = crime(at(2026, 11, 2, 8));
        tip.forwardedAt = at(2026, 11, 2, 16);
        tip.status = QStringLiteral("forwarded");
        const auto all = LegalClock(defaults()).deadlines(tip);
        QVERIFY(find(all, "tip.forward").met);
        QVERIFY(!find(all, "tip.resolve").met);
        QCOMPARE(LegalClock(defaults()).next(tip).code,
                 QStringLiteral("tip.extension_request_before"));
        tip.status = QStringLiteral("resolved");
        QVERIFY(!LegalClock(defaults()).next(tip).due.isValid());
    }

    void valuesComeFromTheTable() {
        RuleSet changed = defaults();
        changed.rules[QStringLiteral("tip.resolve")].value = 30;
        changed.rules[QStringLiteral("tip.forward")].value = 12;
        const auto all = LegalClock(changed).deadlines(crime(at(2020, 9, 3, 20, 30)));
        QCOMPARE(find(all, "tip.resolve").due, endOf(2020, 10, 5)); // 3/10 is a Saturday
        QCOMPARE(find(all, "tip.forward").due, at(2020, 9, 4, 8, 30));
        QCOMPARE(find(all, "tip.resolve").legalSource, QStringLiteral("BLTTHS"));
    }
};

QTEST_GUILESS_MAIN(TestLegalClock)
#include "tst_legalclock.moc"
