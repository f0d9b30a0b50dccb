// The rules and holidays tables of a real register feed the legal clocks.
#include "models/domain/Clock.h"
#include "models/repo/RulesRepo.h"
#include "tests/support/TempRegister.h"

#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;

class TestRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void seededRulesCarryTheirSources() {
        TempRegister t;
        auto set = RulesRepo(t.reg->database()).inForceAt(QDate(2026, 11, 28));
        QVERIFY2(set.ok(), qPrintable(set.error().text()));
        const Rule* resolve = set.value().find(QStringLiteral("tip.resolve"));
        QVERIFY(resolve);
        QCOMPARE(resolve->value, 20);
        QCOMPARE(resolve->unit, QStringLiteral("days"));
        QVERIFY(resolve->legalSource.contains(QStringLiteral("Điều 147")));
        QCOMPARE(set.value().find(QStringLiteral("tip.forward"))->value, 24);
        QVERIFY(set.value().holidays.contains(QDate(2026, 9, 2)));
        QVERIFY(set.value().holidays.contains(QDate(2027, 1, 1)));
        QVERIFY(!set.value().remoteArea);
        // A rule from 2025 (Hướng dẫn 11) is not in force in 2020.
        auto old = RulesRepo(t.reg->database()).inForceAt(QDate(2020, 9, 3));
        QVERIFY(!old.value().find(QStringLiteral("tip.commune_investigator_report")));
        QVERIFY(set.value().find(QStringLiteral("tip.commune_investigator_report")));
    }

    void aNewerRowTakesOverFromItsDate() {
        TempRegister t;
        QSqlQuery q(t.reg->database());
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO rules (code, value, unit, description, legal_source, effective_from) "
            "VALUES ('tip.resolve', 25, 'days', 'Giải quyết (luật sửa đổi)', 'Luật sửa đổi 2027', "
            "'2027-01-01')")));
        QVERIFY(q.exec(
            QStringLiteral("UPDATE settings SET value = '1' WHERE key = 'station.remote_area'")));
        RulesRepo repo(t.reg->database());
        QCOMPARE(
            repo.inForceAt(QDate(2026, 12, 31)).value().find(QStringLiteral("tip.resolve"))->value,
            20);
        auto later = repo.inForceAt(QDate(2027, 1, 1));
        QCOMPARE(later.value().find(QStringLiteral("tip.resolve"))->value, 25);
        QVERIFY(later.value().remoteArea);
        // And the clock uses them: received 4/1/2027 (Monday) + 25 days = Friday 29/1/2027.
        TipClockFacts tip;
        tip.receivedAt = QDateTime(QDate(2027, 1, 4), QTime(9, 0), Clock::stationZone());
        tip.classification = QStringLiteral("to_giac");
        tip.status = QStringLiteral("new");
        const auto deadlines = LegalClock(later.value()).deadlines(tip);
        bool sawResolve = false, sawRemote = false;
        for (const Deadline& d : deadlines) {
            if (d.code == QLatin1String("tip.resolve")) {
                QCOMPARE(d.due.date(), QDate(2027, 1, 29));
                sawResolve = true;
            }
            sawRemote |= d.code == QLatin1String("tip.forward_remote");
        }
        QVERIFY(sawResolve && sawRemote);
    }

    void holidaysOfAYear() {
        TempRegister t;
        auto days = RulesRepo(t.reg->database()).holidays(2026);
        QVERIFY(days.ok());
        QVERIFY(days.value().contains(QDate(2026, 4, 30)));
        QVERIFY(days.value().contains(QDate(2026, 5, 1)));
        QVERIFY(!days.value().contains(QDate(2027, 1, 1)));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
