// The monthly indicators (issue 6 item 3, docs/INDICATORS.md) on a register built here with plain
// INSERTs. Every expected figure is counted by hand from the fixture below, never by the code.
#include "models/domain/MonthFigures.h"
#include "models/repo/stats/StatsRepo.h"
#include "reports/stats/MonthlyStatistics.h"
#include "tests/support/AuditFixture.h"

#include <QJsonObject>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

namespace {

// The fixture (AuditStation adds one tip: 03/09/2020 20:30, phone, not classified, not valuable).
//  places   P1 Cây Cám 100 households; P2 Cây Da 50; P3 Lò Vôi 30, valid until 10/09/2020
//  tips     31/08 23:59:59 document | 30/09 23:59:59 zalo to_giac valuable, forwarded 01/10 10:00
//           15/09 in_person phan_anh, proposed valuable but not confirmed
//           01/10 00:00:00 hotline tin_bao, forwarded 03/10 00:00:01 (over 24 h)
//           10/09/2019 camera khong_antt
//  cases    C1 opened 20/09, solved 05/10, linked tip 30/09 contributed (valuable)
//           C2 opened 02/10, solved 20/10, linked tip 15/09 contributed (not valuable) and tip
//           01/10 not contributed
//  suspects C1: identified 25/09, arrested 01/10 caught in the act; C2: surrendered 10/10
//  results  09: lost person 1, documents 2 (500 000 đ), property 1 (3 000 000 đ), weapons 4;
//           10: surrender 2
//  models   M1 zalo 01/05/2020 – , 60 households, 80 members, exemplary, covers P1
//           M2 zalo 01/06/2020 – 15/09/2020, 40 households, 50 members, covers P2
//           M3 lien_gia 10/09/2020 – , 3 points, 2 teams, 20 members, 25 households, covers P1
//  zalo     09: warned 2 (30/09), removed 1 (01/09); 10: warned 1 (01/10)
//  meetings 09: 30 + 45 attendance (and a propaganda session of 100, not a meeting)
void buildFixture(AuditStation& s) {
    const QString officer = QString::number(s.officer.userId());
    const auto sql = [&](const QString& text) {
        insider::exec(s.db(), text);
    };
    sql(u"INSERT INTO places (id, kind, name, households, commune_code, valid_from, valid_to) "
        "VALUES (1, 'ap', 'Cây Cám', 100, '26680', '2018-01-01', NULL), "
        "(2, 'ap', 'Cây Da', 50, '26680', '2018-01-01', NULL), "
        "(3, 'ap', 'Lò Vôi', 30, '26680', '2018-01-01', '2020-09-10')"_s);
    const auto tip = [&](int id, int seq, const QString& at, const QString& channel,
                         const QString& classification, int valuable, const QString& forwarded,
                         const QString& extra = QString()) {
        sql(uR"(INSERT INTO tips (id, year, seq, received_at, channel, receiving_officer_id,
                summary, classification, valuable, forwarded_at, forwarded_to, status, created_at,
                updated_at, created_by, valuable_proposed_by)
                VALUES (%1, %2, %3, '%4', '%5', %6, 'Tin', %7, %8, %9, %10, %11, '%4', '%4', %6,
                %12))"_s.arg(id)
                .arg(at.left(4))
                .arg(seq)
                .arg(at, channel, officer)
                .arg(classification.isEmpty() ? u"NULL"_s : u"'%1'"_s.arg(classification))
                .arg(valuable)
                .arg(forwarded.isEmpty() ? u"NULL"_s : u"'%1'"_s.arg(forwarded))
                .arg(forwarded.isEmpty() ? u"NULL"_s : u"'CQĐT'"_s)
                .arg(forwarded.isEmpty() ? u"'verifying'"_s : u"'forwarded'"_s)
                .arg(extra.isEmpty() ? u"NULL"_s : extra));
    };
    tip(101, 101, u"2020-08-31T23:59:59"_s, u"document"_s, u"phan_anh"_s, 0, {});
    tip(102, 102, u"2020-09-30T23:59:59"_s, u"zalo"_s, u"to_giac"_s, 1, u"2020-10-01T10:00:00"_s);
    tip(103, 103, u"2020-09-15T10:00:00"_s, u"in_person"_s, u"phan_anh"_s, 0, {}, officer);
    tip(104, 104, u"2020-10-01T00:00:00"_s, u"hotline"_s, u"tin_bao"_s, 0,
        u"2020-10-03T00:00:01"_s);
    tip(105, 1, u"2019-09-10T08:00:00"_s, u"camera"_s, u"khong_antt"_s, 0, {});

    sql(uR"(INSERT INTO cases (id, year, seq, title, opened_at, solved, solved_at, created_at,
            updated_at, created_by) VALUES
            (1, 2020, 1, 'C1', '2020-09-20T09:00:00', 1, '2020-10-05T16:00:00',
             '2020-09-20T09:00:00', '2020-10-05T16:00:00', %1),
            (2, 2020, 2, 'C2', '2020-10-02T08:00:00', 1, '2020-10-20T08:00:00',
             '2020-10-02T08:00:00', '2020-10-20T08:00:00', %1))"_s.arg(officer));
    sql(uR"(INSERT INTO tip_case_links (tip_id, case_id, contributed, linked_at, linked_by) VALUES
            (102, 1, 1, '2020-10-01T11:00:00', %1), (103, 2, 1, '2020-10-02T08:00:00', %1),
            (104, 2, 0, '2020-10-02T08:00:00', %1))"_s.arg(officer));
    sql(u"INSERT INTO persons (id, full_name) VALUES (1, 'Nguyễn Văn A'), (2, 'Trần Văn B')"_s);
    sql(uR"(INSERT INTO case_persons (case_id, person_id, role, identified_at, arrested_at,
            caught_in_act, surrendered_at) VALUES
            (1, 1, 'suspect', '2020-09-25', '2020-10-01T00:00:00', 1, NULL),
            (2, 2, 'suspect', NULL, NULL, 0, '2020-10-10'),
            (1, 2, 'victim', NULL, NULL, 0, NULL))"_s);
    sql(uR"(INSERT INTO results (occurred_on, kind, count, value_vnd) VALUES
            ('2020-09-02', 'lost_person_found', 1, NULL),
            ('2020-09-10', 'documents_returned', 2, 500000),
            ('2020-09-30', 'property_returned', 1, 3000000),
            ('2020-09-12', 'weapons_handed_in', 4, NULL),
            ('2020-10-01', 'surrender', 2, NULL))"_s);
    sql(uR"(INSERT INTO movement_models (id, type_code, name, started_on, ended_on, points, teams,
            members, households, exemplary) VALUES
            (1, 'zalo_group', 'Zalo Cây Cám', '2020-05-01', NULL, 0, 0, 80, 60, 1),
            (2, 'zalo_group', 'Zalo Cây Da', '2020-06-01', '2020-09-15', 0, 0, 50, 40, 0),
            (3, 'lien_gia', 'Liên gia', '2020-09-10', NULL, 3, 2, 20, 25, 0))"_s);
    sql(u"INSERT INTO movement_model_places VALUES (1, 1), (2, 2), (3, 1)"_s);
    sql(u"INSERT INTO zalo_groups (model_id) VALUES (1), (2)"_s);
    sql(uR"(INSERT INTO zalo_moderation (group_id, on_date, action, count) VALUES
            (1, '2020-09-30', 'warned', 2), (2, '2020-09-01', 'removed', 1),
            (1, '2020-10-01', 'warned', 1))"_s);
    sql(uR"(INSERT INTO activities (held_on, kind, title, attendance) VALUES
            ('2020-09-05', 'meeting', 'Họp dân', 30), ('2020-09-30', 'meeting', 'Họp dân', 45),
            ('2020-09-20', 'propaganda', 'Tuyên truyền', 100))"_s);
}

// Every figure key of format 1, written out (docs/INDICATORS.md).
const QStringList kKeys = {u"cases_new"_s,
                           u"cases_solved"_s,
                           u"cases_solved_public_help"_s,
                           u"documents_returned"_s,
                           u"hamlets_total"_s,
                           u"hamlets_with_zalo"_s,
                           u"households_connected"_s,
                           u"lost_persons_found"_s,
                           u"meeting_attendance"_s,
                           u"meetings"_s,
                           u"model_households"_s,
                           u"model_members"_s,
                           u"model_points"_s,
                           u"model_teams"_s,
                           u"models_by_type.camera"_s,
                           u"models_by_type.lien_gia"_s,
                           u"models_by_type.other"_s,
                           u"models_by_type.song_tot"_s,
                           u"models_by_type.te_nan"_s,
                           u"models_by_type.tieng_keng"_s,
                           u"models_by_type.zalo_group"_s,
                           u"models_exemplary"_s,
                           u"models_in_force"_s,
                           u"models_new"_s,
                           u"persons_surrendered"_s,
                           u"property_returned"_s,
                           u"property_value_vnd"_s,
                           u"suspects_arrested"_s,
                           u"suspects_caught_in_act"_s,
                           u"suspects_identified"_s,
                           u"tips_by_channel.camera"_s,
                           u"tips_by_channel.document"_s,
                           u"tips_by_channel.hotline"_s,
                           u"tips_by_channel.in_person"_s,
                           u"tips_by_channel.phone"_s,
                           u"tips_by_channel.zalo"_s,
                           u"tips_by_classification.khong_antt"_s,
                           u"tips_by_classification.kien_nghi"_s,
                           u"tips_by_classification.phan_anh"_s,
                           u"tips_by_classification.tin_bao"_s,
                           u"tips_by_classification.to_giac"_s,
                           u"tips_by_classification.unclassified"_s,
                           u"tips_crime_forwarded"_s,
                           u"tips_crime_forwarded_in_time"_s,
                           u"tips_total"_s,
                           u"tips_valuable"_s,
                           u"weapons_handed_in"_s,
                           u"zalo_groups"_s,
                           u"zalo_members_removed"_s,
                           u"zalo_members_warned"_s};

} // namespace

class TestMonthlyStats : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> m_s;

    MonthlyFigures figures(const QString& month) {
        auto f = StatsRepo(m_s->db()).figures(m_s->officer, month);
        if (!f)
            qFatal("figures: %s", qPrintable(f.error().text()));
        return f.take();
    }
    static qint64 value(const MonthlyFigures& f, const QString& key) {
        if (!f.figures.contains(key))
            qFatal("no figure %s", qPrintable(key));
        return f.at(key).value;
    }

private Q_SLOTS:
    void initTestCase() {
        m_s = std::make_unique<AuditStation>();
        buildFixture(*m_s);
    }

    void septemberTips() {
        const MonthlyFigures sep = figures(u"2020-09"_s);
        // 03/09 (fixture), 15/09, 30/09 23:59:59 — not 01/10 00:00:00, not 31/08.
        QCOMPARE(sep.at(u"tips_total"_s), (Figure{3, 1, 1}));
        QCOMPARE(value(sep, u"tips_by_channel.phone"_s), 1);
        QCOMPARE(value(sep, u"tips_by_channel.zalo"_s), 1);
        QCOMPARE(value(sep, u"tips_by_channel.in_person"_s), 1);
        QCOMPARE(value(sep, u"tips_by_channel.hotline"_s), 0);
        QCOMPARE(sep.at(u"tips_by_channel.camera"_s), (Figure{0, 0, 1}));
        QCOMPARE(sep.at(u"tips_by_channel.document"_s), (Figure{0, 1, 0}));
        QCOMPARE(value(sep, u"tips_by_classification.unclassified"_s), 1);
        QCOMPARE(value(sep, u"tips_by_classification.to_giac"_s), 1);
        QCOMPARE(value(sep, u"tips_by_classification.phan_anh"_s), 1);
        QCOMPARE(value(sep, u"tips_by_classification.tin_bao"_s), 0);
        // The proposed but unconfirmed tip of 15/09 is not valuable.
        QCOMPARE(value(sep, u"tips_valuable"_s), 1);
        QCOMPARE(value(sep, u"tips_crime_forwarded"_s), 0);
    }

    void octoberTipsAndCases() {
        const MonthlyFigures oct = figures(u"2020-10"_s);
        QCOMPARE(oct.at(u"tips_total"_s), (Figure{1, 3, 0}));
        QCOMPARE(value(oct, u"tips_by_channel.hotline"_s), 1);
        QCOMPARE(value(oct, u"tips_valuable"_s), 0);
        // 30/09 tip forwarded 01/10 10:00 (in time); 01/10 tip forwarded after 48 h 1 s (late).
        QCOMPARE(value(oct, u"tips_crime_forwarded"_s), 2);
        QCOMPARE(value(oct, u"tips_crime_forwarded_in_time"_s), 1);
        QCOMPARE(oct.at(u"cases_new"_s), (Figure{1, 1, 0}));
        QCOMPARE(oct.at(u"cases_solved"_s), (Figure{2, 0, 0}));
        // C1: its tip contributed and is valuable; C2: its contributed tip is not valuable.
        QCOMPARE(oct.at(u"cases_solved_public_help"_s), (Figure{1, 0, 0}));
        QCOMPARE(oct.at(u"suspects_identified"_s), (Figure{0, 1, 0}));
        QCOMPARE(value(oct, u"suspects_arrested"_s), 1);
        QCOMPARE(value(oct, u"suspects_caught_in_act"_s), 1);
        QCOMPARE(value(oct, u"persons_surrendered"_s), 3); // 1 suspect + results count 2
        QCOMPARE(value(oct, u"zalo_members_warned"_s), 1);
    }

    void septemberResultsAndMovement() {
        const MonthlyFigures sep = figures(u"2020-09"_s);
        QCOMPARE(value(sep, u"lost_persons_found"_s), 1);
        QCOMPARE(value(sep, u"documents_returned"_s), 2);
        QCOMPARE(value(sep, u"property_returned"_s), 1);
        QCOMPARE(value(sep, u"property_value_vnd"_s), 3500000);
        QCOMPARE(value(sep, u"weapons_handed_in"_s), 4);
        QCOMPARE(value(sep, u"persons_surrendered"_s), 0);
        // M2 ended 15/09: in force at the end of August, not at the end of September.
        QCOMPARE(sep.at(u"zalo_groups"_s), (Figure{1, 2, 0}));
        QCOMPARE(sep.at(u"models_by_type.zalo_group"_s), (Figure{1, 2, 0}));
        QCOMPARE(sep.at(u"models_by_type.lien_gia"_s), (Figure{1, 0, 0}));
        QCOMPARE(sep.at(u"models_in_force"_s), (Figure{2, 2, 0}));
        QCOMPARE(sep.at(u"models_new"_s), (Figure{1, 0, 0}));
        QCOMPARE(sep.at(u"model_points"_s), (Figure{3, 0, 0}));
        QCOMPARE(sep.at(u"model_teams"_s), (Figure{2, 0, 0}));
        QCOMPARE(sep.at(u"model_members"_s), (Figure{100, 130, 0}));
        QCOMPARE(sep.at(u"model_households"_s), (Figure{85, 100, 0}));
        QCOMPARE(sep.at(u"models_exemplary"_s), (Figure{1, 1, 0}));
        QCOMPARE(value(sep, u"zalo_members_warned"_s), 2);
        QCOMPARE(value(sep, u"zalo_members_removed"_s), 1);
        QCOMPARE(value(sep, u"meetings"_s), 2);
        QCOMPARE(value(sep, u"meeting_attendance"_s), 75);
    }

    void coverage() {
        const MonthlyFigures sep = figures(u"2020-09"_s);
        // P3 is valid until 10/09: counted at the end of August and of September 2019 only.
        QCOMPARE(sep.at(u"hamlets_total"_s), (Figure{2, 3, 3}));
        // End of September: M1 covers P1; end of August: M1 (P1) and M2 (P2).
        QCOMPARE(sep.at(u"hamlets_with_zalo"_s), (Figure{1, 2, 0}));
        QCOMPARE(sep.at(u"households_connected"_s), (Figure{60, 100, 0}));
    }

    void zeroMonthHasEveryKey() {
        const MonthlyFigures none = figures(u"2015-03"_s);
        QCOMPARE(QStringList(none.figures.keys()), kKeys);
        for (auto it = none.figures.cbegin(); it != none.figures.cend(); ++it)
            QVERIFY2(it.value() == (Figure{0, 0, 0}), qPrintable(it.key()));
        // Every month has the same keys.
        QCOMPARE(QStringList(figures(u"2020-09"_s).figures.keys()), kKeys);
    }

    void jsonShape() {
        const QJsonObject doc =
            MonthlyStatistics(m_s->db(), m_s->clock).document(m_s->officer, u"2020-09"_s).take();
        QCOMPARE(doc.value(u"format"_s).toInt(), 1);
        QCOMPARE(doc.value(u"month"_s).toString(), u"2020-09"_s);
        QCOMPARE(doc.value(u"locked"_s).toBool(), false);
        QVERIFY(!doc.contains(u"adjustments"_s));
        const QJsonObject zalo =
            doc.value(u"tips_by_channel"_s).toObject().value(u"zalo"_s).toObject();
        QCOMPARE(zalo.value(u"value"_s).toInt(), 1);
        QCOMPARE(zalo.value(u"previous_month"_s).toInt(), 0);
        QCOMPARE(zalo.value(u"year_earlier"_s).toInt(), 0);
        const QJsonObject total = doc.value(u"tips_total"_s).toObject();
        QCOMPARE(total.value(u"value"_s).toInt(), 3);
        QCOMPARE(total.value(u"previous_month"_s).toInt(), 1);
        QCOMPARE(total.value(u"year_earlier"_s).toInt(), 1);
        QCOMPARE(doc.value(u"tips_by_channel"_s).toObject().size(), 6);
        QCOMPARE(doc.value(u"tips_by_classification"_s).toObject().size(), 6);
    }

    void monthsAreChecked() {
        QVERIFY(monthfigures::isValidMonth(u"2020-09"_s));
        for (const QString& bad : {u"2020-13"_s, u"2020-9"_s, u"2020-00"_s, u"09-2020"_s, u""_s})
            QVERIFY2(!monthfigures::isValidMonth(bad), qPrintable(bad));
        QCOMPARE(monthfigures::previousMonth(u"2021-01"_s), u"2020-12"_s);
        QCOMPARE(monthfigures::lastDay(u"2020-02"_s), u"2020-02-29"_s);
        auto refused = StatsRepo(m_s->db()).figures(m_s->officer, u"2020-13"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY(!StatsRepo(m_s->db()).figures(Session(), u"2020-09"_s));
    }
};

QTEST_GUILESS_MAIN(TestMonthlyStats)
#include "tst_monthly_stats.moc"
