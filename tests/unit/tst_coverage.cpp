// Coverage of the hamlets by Zalo groups (issue 6 item 2) on the demo register. The expected
// figures are computed by hand from resources/demo/story.sql: 40 hamlets (6,018 households), 36
// Zalo groups started between 04/05/2020 and 29/05/2020, one hamlet each, 986 households
// connected; no group in ấp Bưng Muống (5), ấp Tân An (20), ấp Bàu Sen (36), ấp Xóm Rẫy (37).
#include "models/domain/Clock.h"
#include "models/domain/Movement.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/movement/CoverageRepo.h"
#include "models/repo/movement/MovementRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Session.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <memory>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

QDate day(int y, int m, int d) {
    return QDate(y, m, d);
}

const CoverageRow* rowOf(const Coverage& c, qint64 placeId) {
    for (const CoverageRow& r : c.rows) {
        if (r.placeId == placeId)
            return &r;
    }
    return nullptr;
}

} // namespace

class TestCoverage : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempRegister> m_temp;
    std::unique_ptr<FixedClock> m_clock;
    Session m_officer;
    Session m_inspector;

    QSqlDatabase db() { return m_temp->reg->database(); }

    Session logon(const QString& name) {
        QByteArray password(DemoRepo::kPassword);
        auto s = UserRepo(db(), *m_clock).logon(name, SecretBytes::takeFrom(password));
        if (!s)
            qFatal("logon %s: %s", qPrintable(name), qPrintable(s.error().text()));
        return s.take();
    }

    Coverage coverage(const QDate& date) {
        auto c = CoverageRepo(db()).on(m_inspector, date);
        if (!c)
            qFatal("coverage: %s", qPrintable(c.error().text()));
        return c.take();
    }

    qint64 newGroup(const QString& name, const QDate& start, int households,
                    const QList<qint64>& places) {
        NewMovementModel m;
        m.typeCode = kZaloGroupType;
        m.name = name;
        m.startedOn = start;
        m.households = households;
        m.members = households;
        m.placeIds = places;
        auto id = MovementRepo(db(), *m_clock).create(m_officer, m);
        if (!id)
            qFatal("group: %s", qPrintable(id.error().text()));
        return id.value();
    }

private Q_SLOTS:
    void initTestCase() {
        test::useVietnamese();
        m_temp = std::make_unique<test::TempRegister>();
        m_clock = std::make_unique<FixedClock>(
            QDateTime(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone()));
        auto filled = DemoRepo(db()).fill(*m_clock, KeyDerivation::escrowKey(m_temp->recovery));
        QVERIFY2(filled, qPrintable(filled.error().text()));
        m_officer = logon(u"canbo1"_s);
        m_inspector = logon(u"thanhtra"_s);
    }

    void septemberStory() {
        const Coverage c = coverage(day(2020, 9, 30));
        QCOMPARE(c.date, day(2020, 9, 30));
        QCOMPARE(c.hamlets, 40);
        QCOMPARE(c.rows.size(), 40);
        QCOMPARE(c.hamletsWithGroup, 36);
        QCOMPARE(c.groups, 36);
        QCOMPARE(c.householdsConnected, 986);
        QCOMPARE(c.householdsTotal, 6018);
        for (qint64 without : {5, 20, 36, 37}) {
            const CoverageRow* r = rowOf(c, without);
            QVERIFY(r);
            QCOMPARE(r->groupId, 0);
            QVERIFY(r->groupName.isEmpty());
            QCOMPARE(r->householdsConnected, 0);
        }
        const CoverageRow* cayCam = rowOf(c, 1);
        QVERIFY(cayCam);
        QCOMPARE(cayCam->name, u"Cây Cám"_s);
        QCOMPARE(cayCam->kindLabel, u"ấp"_s);
        QCOMPARE(cayCam->households, 182);
        QCOMPARE(cayCam->groupId, 1);
        QCOMPARE(cayCam->groupName, u"Kết nối toàn dân – Bình yên cuộc sống – ấp Cây Cám"_s);
        QCOMPARE(cayCam->householdsConnected, 30);
        const CoverageRow* dongHung = rowOf(c, 30);
        QVERIFY(dongHung);
        QCOMPARE(dongHung->kindLabel, u"khu phố"_s);
        QCOMPARE(dongHung->groupId, 28);
        QCOMPARE(dongHung->householdsConnected, 38);
    }

    void groupsStartingInMay() {
        // Before the first group (04/05/2020): every hamlet without a group.
        const Coverage before = coverage(day(2020, 5, 3));
        QCOMPARE(before.hamlets, 40);
        QCOMPARE(before.hamletsWithGroup, 0);
        QCOMPARE(before.householdsConnected, 0);
        // 15/05/2020: the 16 groups started on or before that day (a group started that very day
        // is in force), 418 households.
        const Coverage mid = coverage(day(2020, 5, 15));
        QCOMPARE(mid.hamletsWithGroup, 16);
        QCOMPARE(mid.groups, 16);
        QCOMPARE(mid.householdsConnected, 418);
        QCOMPARE(rowOf(mid, 6)->groupId, 5); // Gò Sạn, started 15/05/2020
        QCOMPARE(rowOf(mid, 1)->groupId, 0); // Cây Cám, started 27/05/2020
    }

    void modelEndingMidMonth() {
        // A new group for ấp Bưng Muống from 01/09/2020, ended on 15/09/2020 (its first day no
        // longer running): in force on 14/09, not on 15/09 nor at the month's end.
        const qint64 id = newGroup(u"Kết nối toàn dân – Bình yên cuộc sống – ấp Bưng Muống"_s,
                                   day(2020, 9, 1), 40, {5});
        QVERIFY(MovementRepo(db(), *m_clock).end(m_officer, id, day(2020, 9, 15)));

        const Coverage on14 = coverage(day(2020, 9, 14));
        QCOMPARE(on14.hamletsWithGroup, 37);
        QCOMPARE(on14.householdsConnected, 986 + 40);
        QCOMPARE(rowOf(on14, 5)->groupId, id);
        QCOMPARE(rowOf(on14, 5)->householdsConnected, 40);

        const Coverage on15 = coverage(day(2020, 9, 15));
        QCOMPARE(on15.hamletsWithGroup, 36);
        QCOMPARE(on15.householdsConnected, 986);
        QCOMPARE(rowOf(on15, 5)->groupId, 0);

        const Coverage end = coverage(day(2020, 9, 30));
        QCOMPARE(end.hamletsWithGroup, 36);
        QCOMPARE(end.householdsConnected, 986);

        // The model list uses the same rule.
        MovementFilter f;
        f.typeCode = kZaloGroupType;
        f.inForceOn = day(2020, 9, 14);
        QCOMPARE(MovementRepo(db(), *m_clock).list(m_inspector, f).value().size(), 37);
        f.inForceOn = day(2020, 9, 15);
        QCOMPARE(MovementRepo(db(), *m_clock).list(m_inspector, f).value().size(), 36);
    }

    void groupOverTwoHamletsCountsOnce() {
        // From 01/01/2026 one group covers ấp Tân An and ấp Bàu Sen, 50 households.
        const qint64 id =
            newGroup(u"Kết nối toàn dân – Tân An – Bàu Sen"_s, day(2026, 1, 1), 50, {20, 36});
        const Coverage c = coverage(day(2026, 6, 30));
        QCOMPARE(c.hamlets, 40);
        QCOMPARE(c.hamletsWithGroup, 38);
        QCOMPARE(c.groups, 37);
        QCOMPARE(c.householdsConnected, 986 + 50);
        QCOMPARE(rowOf(c, 20)->groupId, id);
        QCOMPARE(rowOf(c, 36)->groupId, id);
        QCOMPARE(rowOf(c, 36)->householdsConnected, 50);
        // 2020 is unchanged.
        QCOMPARE(coverage(day(2020, 9, 30)).householdsConnected, 986);
    }

    void onlyAModelOfTypeZaloGroupCounts() {
        // The Liên gia of ấp Cây Cám (model 37) and the camera models cover hamlets too, but they
        // are not Zalo groups: Bàu Sen etc. stay without a group, Cây Cám keeps its own group.
        const Coverage c = coverage(day(2020, 9, 30));
        QCOMPARE(rowOf(c, 1)->householdsConnected, 30);
        QCOMPARE(rowOf(c, 3)->householdsConnected, 30); // Lò Vôi: kẻng and camera are not counted
    }

    void needsADate() {
        auto c = CoverageRepo(db()).on(m_officer, QDate());
        QVERIFY(!c);
        QCOMPARE(c.error().code, ErrorCode::InvalidInput);
        QVERIFY(CoverageRepo(db()).on(m_officer, day(2020, 9, 30)));
    }

    void auditIntact() {
        auto verdict = AuditRepo(db(), *m_clock).verify(nullptr);
        QVERIFY2(verdict, verdict ? "" : qPrintable(verdict.error().text()));
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }
};

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
