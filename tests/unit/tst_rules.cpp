// The rules and holidays tables of a real register feed the legal clocks.
#include "models/domain/Clock.h"
#include "models/repo/tips/RulesRepo.h"
#include "tests/support/AuditFixture.h"
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

    void aChiefChangesARuleFromADate() {
        AuditStation s;
        RulesRepo repo(s.db(), s.clock);
        const QString code = QStringLiteral("tip.resolve");
        const qint64 lastBefore = s.lastRowId();
        auto changed = repo.setRule(s.chief, code, 25, QDate(2021, 1, 1),
                                    QStringLiteral("Luật sửa đổi 2021"), QStringLiteral("thử"));
        QVERIFY2(changed.ok(), qPrintable(changed.error().text()));
        // A new row; the old one stays.
        auto rows = repo.allRules();
        QVERIFY(rows.ok());
        int rowsOfCode = 0;
        for (const RuleRow& row : rows.value()) {
            if (row.rule.code != code)
                continue;
            ++rowsOfCode;
            if (row.effectiveFrom == QDate(2021, 1, 1)) {
                QCOMPARE(row.rule.value, 25);
                QCOMPARE(row.rule.unit, QStringLiteral("days"));
                QCOMPARE(row.rule.legalSource, QStringLiteral("Luật sửa đổi 2021"));
                QCOMPARE(row.note, QStringLiteral("thử"));
            }
        }
        QCOMPARE(rowsOfCode, 2);
        QCOMPARE(repo.inForceAt(QDate(2020, 12, 31)).value().find(code)->value, 20);
        QCOMPARE(repo.inForceAt(QDate(2021, 1, 1)).value().find(code)->value, 25);
        // In force today (2020) is the old row; the new one is listed as coming.
        const auto shown = RulesRepo::inForceOrLater(rows.value(), QDate(2020, 9, 3));
        int shownOfCode = 0;
        for (const RuleRow& row : shown)
            shownOfCode += row.rule.code == code;
        QCOMPARE(shownOfCode, 2);
        QCOMPARE(RulesRepo::inForceOrLater(rows.value(), QDate(2021, 2, 1)).size(),
                 shown.size() - 1);
        // The same date again would rewrite history: refused.
        QCOMPARE(repo.setRule(s.chief, code, 30, QDate(2021, 1, 1), QStringLiteral("x"), {})
                     .error()
                     .code,
                 ErrorCode::Exists);
        QCOMPARE(repo.setRule(s.chief, QStringLiteral("no.such"), 1, QDate(2021, 1, 1),
                              QStringLiteral("x"), {})
                     .error()
                     .code,
                 ErrorCode::NotFound);
        // Audited, and the trail still verifies.
        QSqlQuery q(s.db());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'rule.change' AND id > %1")
                           .arg(lastBefore)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        auto verdict = s.audit().verify(nullptr);
        QVERIFY2(verdict.ok(), qPrintable(verdict.error().text()));
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

    void anOfficerMayNotChangeRules() {
        AuditStation s;
        RulesRepo repo(s.db(), s.clock);
        QCOMPARE(repo.setRule(s.officer, QStringLiteral("tip.resolve"), 1, QDate(2021, 1, 1),
                              QStringLiteral("x"), {})
                     .error()
                     .code,
                 ErrorCode::NotPermitted);
        QCOMPARE(repo.addHoliday(s.officer, QDate(2021, 2, 12), QStringLiteral("Tết")).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(repo.removeHoliday(s.officer, QDate(2021, 1, 1)).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(
            repo.inForceAt(QDate(2022, 1, 1)).value().find(QStringLiteral("tip.resolve"))->value,
            20);
        QVERIFY(repo.holidays(2021).value().contains(QDate(2021, 1, 1)));
    }

    void aChiefMaintainsTheDaysOff() {
        AuditStation s;
        RulesRepo repo(s.db(), s.clock);
        const QDate tet(2021, 2, 12);
        auto added = repo.addHoliday(s.chief, tet, QStringLiteral("Tết Nguyên đán"));
        QVERIFY2(added.ok(), qPrintable(added.error().text()));
        QVERIFY(repo.holidays(2021).value().contains(tet));
        QVERIFY(repo.inForceAt(QDate(2021, 2, 1)).value().holidays.contains(tet));
        QCOMPARE(repo.addHoliday(s.chief, tet, QStringLiteral("again")).error().code,
                 ErrorCode::Exists);
        auto removed = repo.removeHoliday(s.chief, QDate(2021, 9, 2));
        QVERIFY2(removed.ok(), qPrintable(removed.error().text()));
        QVERIFY(!repo.holidays(2021).value().contains(QDate(2021, 9, 2)));
        QCOMPARE(repo.removeHoliday(s.chief, QDate(2021, 9, 2)).error().code, ErrorCode::NotFound);
        auto list = repo.holidayList(2021);
        QVERIFY(list.ok());
        bool named = false;
        for (const Holiday& h : list.value())
            named |= h.day == tet && h.name == QStringLiteral("Tết Nguyên đán");
        QVERIFY(named);
        QSqlQuery q(s.db());
        QVERIFY(q.exec(QStringLiteral("SELECT action, detail FROM audit_log WHERE action LIKE "
                                      "'holiday.%' ORDER BY id")));
        QStringList actions;
        while (q.next())
            actions << q.value(0).toString();
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("holiday.add"), QStringLiteral("holiday.remove")}));
        auto verdict = s.audit().verify(nullptr);
        QVERIFY2(verdict.ok(), qPrintable(verdict.error().text()));
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
