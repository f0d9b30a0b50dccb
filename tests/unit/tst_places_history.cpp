// Hamlets and the station's identity over time (issue 6 item 1): a renamed hamlet keeps its old
// name on old records, the current list shows the new one; the station identity in force on a
// date. On the demo register (resources/demo/story.sql) and on a fresh one.
#include "models/domain/Clock.h"
#include "models/domain/Movement.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/movement/CoverageRepo.h"
#include "models/repo/places/PlaceEditRepo.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/repo/places/StationHistoryRepo.h"
#include "models/repo/tips/TipListRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Session.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

QDate day(int y, int m, int d) {
    return QDate(y, m, d);
}

QStringList names(const QList<PlaceRow>& rows) {
    QStringList out;
    for (const PlaceRow& r : rows)
        out << r.name;
    return out;
}

QStringList names(const QList<PlaceVersion>& rows) {
    QStringList out;
    for (const PlaceVersion& r : rows)
        out << r.name;
    return out;
}

} // namespace

class TestPlacesHistory : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempRegister> m_temp;
    std::unique_ptr<FixedClock> m_clock;
    Session m_chief;
    Session m_officer;
    Session m_inspector;

    QSqlDatabase db() { return m_temp->reg->database(); }
    PlaceEditRepo places() { return PlaceEditRepo(db(), *m_clock); }
    StationHistoryRepo station() { return StationHistoryRepo(db(), *m_clock); }

    Session logon(const QString& name) {
        QByteArray password(DemoRepo::kPassword);
        auto s = UserRepo(db(), *m_clock).logon(name, SecretBytes::takeFrom(password));
        if (!s)
            qFatal("logon %s: %s", qPrintable(name), qPrintable(s.error().text()));
        return s.take();
    }

    QString sqlText(const QString& sql) {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    void verifyIntact() {
        auto verdict = AuditRepo(db(), *m_clock).verify(nullptr);
        QVERIFY2(verdict, verdict ? "" : qPrintable(verdict.error().text()));
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

private Q_SLOTS:
    void initTestCase() {
        test::useVietnamese();
        m_temp = std::make_unique<test::TempRegister>();
        m_clock = std::make_unique<FixedClock>(
            QDateTime(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone()));
        auto filled = DemoRepo(db()).fill(*m_clock, KeyDerivation::escrowKey(m_temp->recovery));
        QVERIFY2(filled, qPrintable(filled.error().text()));
        m_chief = logon(u"truong"_s);
        m_officer = logon(u"canbo1"_s);
        m_inspector = logon(u"thanhtra"_s);
    }

    void renameKeepsTheOldNameOnOldRecords() {
        // Only a chief renames.
        auto byOfficer = places().rename(m_officer, 1, u"Láng Dài 1"_s, day(2025, 7, 1));
        QVERIFY(!byOfficer);
        QCOMPARE(byOfficer.error().code, ErrorCode::NotPermitted);
        QVERIFY(!places().rename(m_inspector, 1, u"Láng Dài 1"_s, day(2025, 7, 1)));

        auto renamed = places().rename(m_chief, 1, u"Láng Dài 1"_s, day(2025, 7, 1));
        QVERIFY2(renamed, renamed ? "" : qPrintable(renamed.error().text()));
        const qint64 newId = renamed.value();
        QVERIFY(newId > 40);

        // The tip of 03/09/2020 still shows ấp Cây Cám, through the tip list and through SQL.
        TipFilter filter;
        filter.placeId = 1;
        filter.from = day(2020, 9, 3);
        filter.to = day(2020, 9, 3);
        auto tips = TipListRepo(db()).page(filter, 0, 50);
        QVERIFY(tips);
        QVERIFY(!tips.value().isEmpty());
        bool story = false;
        for (const TipListRow& row : tips.value()) {
            QCOMPARE(row.tip.hamlet, u"Cây Cám"_s);
            story = story || row.tip.id == 4;
        }
        QVERIFY(story);
        QCOMPARE(sqlText(u"SELECT p.name FROM tips t JOIN places p ON p.id = t.place_id "
                         "WHERE t.id = 4"_s),
                 u"Cây Cám"_s);

        // Today's list of hamlets shows the new name only, still 40 hamlets.
        auto today = PlaceRepo(db(), *m_clock).hamlets(m_officer);
        QVERIFY(today);
        QCOMPARE(today.value().size(), 40);
        QVERIFY(names(today.value()).contains(u"Láng Dài 1"_s));
        QVERIFY(!names(today.value()).contains(u"Cây Cám"_s));

        // The rows by date: the old row ends the day before.
        auto in2020 = places().validOn(m_inspector, day(2020, 9, 15));
        QVERIFY(in2020);
        QCOMPARE(in2020.value().size(), 40);
        QVERIFY(names(in2020.value()).contains(u"Cây Cám"_s));
        QVERIFY(!names(in2020.value()).contains(u"Láng Dài 1"_s));
        auto lastOldDay = places().validOn(m_inspector, day(2025, 6, 30));
        QVERIFY(names(lastOldDay.value()).contains(u"Cây Cám"_s));
        auto firstNewDay = places().validOn(m_inspector, day(2025, 7, 1));
        QVERIFY(names(firstNewDay.value()).contains(u"Láng Dài 1"_s));
        QVERIFY(!names(firstNewDay.value()).contains(u"Cây Cám"_s));
        auto old = places().get(m_inspector, 1);
        QVERIFY(old);
        QCOMPARE(old.value().validTo, day(2025, 6, 30));
        auto fresh = places().get(m_inspector, newId);
        QCOMPARE(fresh.value().validFrom, day(2025, 7, 1));
        QVERIFY(!fresh.value().validTo.isValid());
        QCOMPARE(fresh.value().households, 182);
        QCOMPARE(fresh.value().kind, u"ap"_s);
        QVERIFY(fresh.value().note.contains(u"ấp Cây Cám"_s));
        QCOMPARE(places().all(m_inspector).value().size(), 41);

        // The Zalo group of Cây Cám goes on covering the renamed hamlet.
        auto coverage = CoverageRepo(db()).on(m_inspector, day(2026, 9, 15));
        QVERIFY(coverage);
        QCOMPARE(coverage.value().hamlets, 40);
        QCOMPARE(coverage.value().hamletsWithGroup, 36);
        QCOMPARE(coverage.value().householdsConnected, 986);
        QCOMPARE(CoverageRepo(db()).on(m_inspector, day(2020, 9, 30)).value().hamletsWithGroup, 36);

        // The closed row cannot be renamed again from a later day; nor can a rename start on
        // or before the row's first day.
        QVERIFY(!places().rename(m_chief, 1, u"Cây Cám 2"_s, day(2026, 1, 1)));
        QVERIFY(!places().rename(m_chief, newId, u"Cây Cám 2"_s, day(2025, 7, 1)));
        // A name another hamlet already has on that day.
        auto duplicate = places().rename(m_chief, 2, u"lo voi"_s, day(2026, 1, 1));
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::InvalidInput);
        QVERIFY(duplicate.error().message.contains(u"Lò Vôi"_s));

        // A rename decided for a later day: today's list keeps the current name until then.
        auto later = places().rename(m_chief, 2, u"Cây Da Mới"_s, day(2027, 1, 1));
        QVERIFY2(later, later ? "" : qPrintable(later.error().text()));
        auto stillToday = PlaceRepo(db(), *m_clock).hamlets(m_officer);
        QCOMPARE(stillToday.value().size(), 40);
        QVERIFY(names(stillToday.value()).contains(u"Cây Da"_s));
        QVERIFY(!names(stillToday.value()).contains(u"Cây Da Mới"_s));
        QVERIFY(
            names(places().validOn(m_officer, day(2027, 1, 1)).value()).contains(u"Cây Da Mới"_s));

        QCOMPARE(sqlText(u"SELECT count(*) FROM audit_log WHERE action = 'place.rename'"_s),
                 u"2"_s);
        verifyIntact();
    }

    void addHamletAndHouseholds() {
        NewPlace p;
        p.kind = u"khu_pho"_s;
        p.name = u"Phước Thới 2"_s;
        p.households = 64;
        p.validFrom = day(2026, 1, 1);
        QVERIFY(!places().add(m_officer, p));
        auto id = places().add(m_chief, p);
        QVERIFY2(id, id ? "" : qPrintable(id.error().text()));
        // The commune code comes from the station identity in force.
        QCOMPARE(places().get(m_chief, id.value()).value().communeCode, u"26680"_s);
        QVERIFY(names(places().validOn(m_chief, day(2026, 1, 1)).value()).contains(p.name));
        QVERIFY(!names(places().validOn(m_chief, day(2025, 12, 31)).value()).contains(p.name));
        QCOMPARE(PlaceRepo(db(), *m_clock).hamlets(m_chief).value().size(), 41);

        NewPlace again = p;
        again.name = u"phuoc thoi 2"_s;
        QVERIFY(!places().add(m_chief, again));
        NewPlace negative = p;
        negative.name = u"Mới"_s;
        negative.households = -1;
        QVERIFY(!places().add(m_chief, negative));
        NewPlace badKind = p;
        badKind.name = u"Mới"_s;
        badKind.kind = u"xa"_s;
        QVERIFY(!places().add(m_chief, badKind));

        QVERIFY(!places().setHouseholds(m_officer, id.value(), 70));
        QVERIFY(places().setHouseholds(m_chief, id.value(), 70));
        QCOMPARE(places().get(m_chief, id.value()).value().households, 70);
        QVERIFY(!places().setHouseholds(m_chief, id.value(), -5));

        QVERIFY(places().close(m_chief, id.value(), day(2026, 6, 30)));
        QVERIFY(!names(places().validOn(m_chief, day(2026, 7, 1)).value()).contains(p.name));
        QVERIFY(!places().close(m_chief, id.value(), day(2026, 8, 1)));
        verifyIntact();
    }

    void stationIdentityOfTheDemo() {
        auto rows = station().list(m_inspector);
        QVERIFY(rows);
        QCOMPARE(rows.value().size(), 4);
        QCOMPARE(rows.value().first().effectiveFrom, day(2018, 1, 1));
        QCOMPARE(rows.value().last().effectiveFrom, day(2025, 7, 1));

        auto in2020 = station().inForceOn(m_inspector, day(2020, 9, 15));
        QVERIFY(in2020);
        QCOMPARE(in2020.value().identity.unitName, u"CÔNG AN XÃ LÁNG DÀI"_s);
        QCOMPARE(in2020.value().identity.parentBody, u"CÔNG AN HUYỆN ĐẤT ĐỎ"_s);
        QCOMPARE(in2020.value().identity.placeName, u"Láng Dài"_s);
        QCOMPARE(in2020.value().identity.communeCode, u"26698"_s);

        auto in2026 = station().inForceOn(m_inspector, day(2026, 9, 15));
        QVERIFY(in2026);
        QCOMPARE(in2026.value().identity.unitName, u"CÔNG AN XÃ ĐẤT ĐỎ"_s);
        QCOMPARE(in2026.value().identity.parentBody, u"CÔNG AN THÀNH PHỐ HỒ CHÍ MINH"_s);
        QCOMPARE(in2026.value().identity.placeName, u"Đất Đỏ"_s);
        QCOMPARE(in2026.value().identity.reportRecipient,
                 u"Phòng Tham mưu – Công an Thành phố Hồ Chí Minh"_s);
        QCOMPARE(in2026.value().identity.communeCode, u"26680"_s);
        QCOMPARE(in2026.value().identity.provinceCode, u"79"_s);

        // The short-lived superiors of 2025.
        QCOMPARE(station().inForceOn(m_inspector, day(2025, 2, 28)).value().identity.parentBody,
                 u"CÔNG AN HUYỆN LONG ĐẤT"_s);
        QCOMPARE(station().inForceOn(m_inspector, day(2025, 6, 30)).value().identity.parentBody,
                 u"CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU"_s);
        QCOMPARE(station().inForceOn(m_inspector, day(2025, 7, 1)).value().identity.placeName,
                 u"Đất Đỏ"_s);

        auto none = station().inForceOn(m_inspector, day(2017, 12, 31));
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::NotFound);
    }

    void stationIdentityAddsRowsNeverRewrites() {
        StationIdentityRow row = station().inForceOn(m_chief, day(2026, 9, 15)).value();
        row.id = 0;
        row.effectiveFrom = day(2026, 12, 1);
        row.identity.reportRecipient = u"Phòng Tham mưu – Công an TP. Hồ Chí Minh (mới)"_s;
        row.note = u"Đổi nơi nhận báo cáo."_s;

        auto byOfficer = station().add(m_officer, row);
        QVERIFY(!byOfficer);
        QCOMPARE(byOfficer.error().code, ErrorCode::NotPermitted);

        auto added = station().add(m_chief, row);
        QVERIFY2(added, added ? "" : qPrintable(added.error().text()));
        QCOMPARE(station().list(m_chief).value().size(), 5);
        QCOMPARE(station().inForceOn(m_chief, day(2026, 11, 30)).value().identity.reportRecipient,
                 u"Phòng Tham mưu – Công an Thành phố Hồ Chí Minh"_s);
        QCOMPARE(station().inForceOn(m_chief, day(2026, 12, 1)).value().identity.reportRecipient,
                 row.identity.reportRecipient);
        // The 2020 row is untouched.
        QCOMPARE(station().inForceOn(m_chief, day(2020, 9, 15)).value().identity.unitName,
                 u"CÔNG AN XÃ LÁNG DÀI"_s);

        // The same date again is refused: rows are never rewritten.
        auto again = station().add(m_chief, row);
        QVERIFY(!again);
        QVERIFY(again.error().message.contains(u"01/12/2026"_s));
        QCOMPARE(station().list(m_chief).value().size(), 5);

        StationIdentityRow missing = row;
        missing.effectiveFrom = day(2027, 1, 1);
        missing.identity.unitName.clear();
        QVERIFY(!station().add(m_chief, missing));
        QCOMPARE(sqlText(u"SELECT count(*) FROM audit_log WHERE action = 'station.identity.add'"_s),
                 u"1"_s);
        verifyIntact();
    }

    void stationIdentityOnAFreshRegister() {
        test::AuditStation s;
        StationHistoryRepo repo(s.db(), s.clock);
        QSqlQuery q(s.db());
        QVERIFY(q.exec(u"SELECT count(*) FROM station_identity"_s) && q.next());
        const int before = q.value(0).toInt();
        StationIdentityRow old;
        old.effectiveFrom = day(2018, 1, 1);
        old.identity = {u"CÔNG AN XÃ LÁNG DÀI"_s,
                        u"CÔNG AN HUYỆN ĐẤT ĐỎ"_s,
                        u"Láng Dài"_s,
                        u"Công an huyện Đất Đỏ"_s,
                        u"26698"_s,
                        u"77"_s,
                        u"Bà Rịa - Vũng Tàu"_s};
        StationIdentityRow now;
        now.effectiveFrom = day(2025, 7, 1);
        now.identity = {u"CÔNG AN XÃ ĐẤT ĐỎ"_s,
                        u"CÔNG AN THÀNH PHỐ HỒ CHÍ MINH"_s,
                        u"Đất Đỏ"_s,
                        u"Phòng Tham mưu – Công an Thành phố Hồ Chí Minh"_s,
                        u"26680"_s,
                        u"79"_s,
                        u"Thành phố Hồ Chí Minh"_s};
        // Entered in any order: the later one first.
        QVERIFY(repo.add(s.chief, now));
        QVERIFY(repo.add(s.chief, old));
        QCOMPARE(repo.list(s.officer).value().size(), before + 2);
        QCOMPARE(repo.inForceOn(s.officer, day(2020, 9, 15)).value().identity.unitName,
                 u"CÔNG AN XÃ LÁNG DÀI"_s);
        QCOMPARE(repo.inForceOn(s.officer, day(2026, 9, 15)).value().identity.unitName,
                 u"CÔNG AN XÃ ĐẤT ĐỎ"_s);
        auto verdict = s.audit().verify(nullptr);
        QVERIFY(verdict && verdict.value().intact);
    }
};

QTEST_GUILESS_MAIN(TestPlacesHistory)
#include "tst_places_history.moc"
