// The series of the statistics charts (issue 6 item 5, StatsSeriesRepo) on a fixture register
// whose expected series are written by hand: tips on both sides of month boundaries (23:59:59 /
// 00:00:00 station time), an empty month inside the 12, classifications and categories, Zalo
// coverage with a hamlet closed mid-month, results. Each series must also agree with the figures
// of the statistics table (StatsRepo) for the same month.
#include "models/domain/MonthFigures.h"
#include "models/repo/stats/StatsRepo.h"
#include "models/repo/stats/StatsSeriesRepo.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

namespace {

QList<qint64> zeros() {
    return QList<qint64>(12, 0);
}

qint64 itemValue(const QList<SeriesItem>& items, const QString& code) {
    for (const SeriesItem& i : items)
        if (i.code == code)
            return i.value;
    return -1;
}

} // namespace

class TestStatsSeries : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> m_s;
    qint64 m_auditRows = 0;
    StatsSeriesRepo repo() { return StatsSeriesRepo(m_s->db()); }

    void tip(int seq, const QString& at, const QString& channel, const QString& classification,
             const QString& category, int valuable = 0) {
        insider::exec(m_s->db(),
                      uR"(INSERT INTO tips (year, seq, received_at, channel, receiving_officer_id,
            summary, category_code, classification, valuable, created_at, updated_at, created_by)
            VALUES (2020, %1, '%2', '%3', %4, 'Tin kiểm thử', '%5', %6, %7, '%2', '%2', %4))"_s
                          .arg(seq)
                          .arg(at, channel)
                          .arg(m_s->officer.userId())
                          .arg(category, classification.isEmpty()
                                             ? u"NULL"_s
                                             : u"'"_s + classification + u"'"_s)
                          .arg(valuable));
    }

private Q_SLOTS:
    void initTestCase() {
        test::useVietnamese();
        m_s = std::make_unique<AuditStation>();
        // The station's own tip: 03/09/2020 20:30, phone, not classified, category other.
        tip(100, u"2020-09-30T23:59:59"_s, u"zalo"_s, u"to_giac"_s, u"theft"_s, 1);
        tip(101, u"2020-10-01T00:00:00"_s, u"zalo"_s, u"tin_bao"_s, u"theft"_s);
        tip(102, u"2020-10-31T23:59:59"_s, u"phone"_s, QString(), u"drugs"_s);
        tip(103, u"2020-11-01T00:00:00"_s, u"hotline"_s, u"phan_anh"_s, u"other"_s);
        tip(104, u"2020-08-31T23:59:59"_s, u"in_person"_s, u"khong_antt"_s, u"other"_s);
        tip(105, u"2019-11-01T00:00:00"_s, u"camera"_s, u"phan_anh"_s, u"fire"_s);
        tip(106, u"2019-10-31T23:59:59"_s, u"document"_s, u"phan_anh"_s, u"fire"_s);

        // Hamlets: A (100 households), B (50), C (30) closed on 15/10/2020 (its last day).
        // A Zalo group since 01/01/2020 covers A and C (80 households); one ended on 31/10/2020
        // covers B (20 households): not in force at the end of October.
        insider::exec(m_s->db(), uR"(INSERT INTO places (id, kind, name, households, commune_code,
            valid_from, valid_to) VALUES (1, 'ap', 'Ấp Một', 100, '25000', '2015-01-01', NULL),
            (2, 'ap', 'Ấp Hai', 50, '25000', '2015-01-01', NULL),
            (3, 'khu_pho', 'Ba', 30, '25000', '2015-01-01', '2020-10-15'))"_s);
        insider::exec(m_s->db(), uR"(INSERT INTO movement_models (id, type_code, name, started_on,
            ended_on, households) VALUES (1, 'zalo_group', 'Nhóm Zalo Một', '2020-01-01', NULL, 80),
            (2, 'zalo_group', 'Nhóm Zalo Hai', '2020-01-01', '2020-10-31', 20))"_s);
        insider::exec(m_s->db(), u"INSERT INTO zalo_groups (model_id) VALUES (1), (2)"_s);
        insider::exec(m_s->db(), uR"(INSERT INTO movement_model_places (model_id, place_id)
            VALUES (1, 1), (1, 3), (2, 2))"_s);

        // Results: October 2 lost persons found (05/10), a property returned worth 5.000.000 đ
        // on the last day; a surrender on 01/11 (November). A case solved on 10/10 with the
        // valuable zalo tip of 30/09 contributing.
        insider::exec(m_s->db(), uR"(INSERT INTO results (occurred_on, kind, count, value_vnd)
            VALUES ('2020-10-05', 'lost_person_found', 2, NULL),
            ('2020-10-31', 'property_returned', 1, 5000000),
            ('2020-11-01', 'surrender', 1, NULL))"_s);
        insider::exec(m_s->db(),
                      uR"(INSERT INTO cases (id, year, seq, title, opened_at, solved, solved_at,
            status, created_at, updated_at, created_by) VALUES (1, 2020, 1, 'Trộm xe máy',
            '2020-09-30T08:00:00', 1, '2020-10-10T10:00:00', 'clarified', '2020-09-30T08:00:00',
            '2020-10-10T10:00:00', %1))"_s.arg(m_s->chief.userId()));
        insider::exec(m_s->db(),
                      uR"(INSERT INTO tip_case_links (tip_id, case_id, contributed, linked_at,
            linked_by) SELECT id, 1, 1, '2020-10-01T08:00:00', %1 FROM tips WHERE seq = 100)"_s.arg(
                          m_s->chief.userId()));
        m_auditRows = auditRows();
    }

    qint64 auditRows() {
        QSqlQuery q(m_s->db());
        if (!q.exec(u"SELECT count(*) FROM audit_log"_s) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    void twelveMonthsEndWithTheMonth() {
        const QStringList months = StatsSeriesRepo::twelveMonths(u"2020-10"_s);
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.first(), u"2019-11"_s);
        QCOMPARE(months.last(), u"2020-10"_s);
        QCOMPARE(StatsSeriesRepo::twelveMonths(u"2021-01"_s).at(10), u"2020-12"_s);
    }

    void tipsPerMonthByChannel() {
        auto s = repo().tipsByChannel(m_s->officer, u"2020-10"_s);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().text()));
        const MonthChannelSeries& series = s.value();
        QCOMPARE(series.months.first(), u"2019-11"_s);
        QCOMPARE(series.byChannel.keys().size(), 6);
        // Index: 0 = 2019-11 … 9 = 2020-08, 10 = 2020-09, 11 = 2020-10.
        QList<qint64> phone = zeros(), zalo = zeros(), inPerson = zeros(), camera = zeros();
        phone[10] = 1; // the station's tip of 03/09
        phone[11] = 1; // 31/10 23:59:59
        zalo[10] = 1;  // 30/09 23:59:59
        zalo[11] = 1;  // 01/10 00:00:00
        inPerson[9] = 1;
        camera[0] = 1; // 01/11/2019 00:00:00; the document of 31/10/2019 is outside
        QCOMPARE(series.byChannel.value(u"phone"_s), phone);
        QCOMPARE(series.byChannel.value(u"zalo"_s), zalo);
        QCOMPARE(series.byChannel.value(u"in_person"_s), inPerson);
        QCOMPARE(series.byChannel.value(u"camera"_s), camera);
        QCOMPARE(series.byChannel.value(u"hotline"_s), zeros()); // 01/11/2020 is November
        QCOMPARE(series.byChannel.value(u"document"_s), zeros());
        QList<qint64> totals = zeros();
        totals[0] = 1;
        totals[9] = 1;
        totals[10] = 2;
        totals[11] = 2;
        QCOMPARE(series.totals(), totals);
        QCOMPARE(series.totals().at(5), 0); // an empty month (2020-04)

        // The same as the table's figures, month by month.
        for (int i = 0; i < 12; ++i) {
            auto figures = StatsRepo(m_s->db()).figures(m_s->officer, series.months.at(i));
            QVERIFY(figures.ok());
            for (const QString& c : monthfigures::channels())
                QCOMPARE(series.byChannel.value(c).at(i),
                         figures.value().at(u"tips_by_channel."_s + c).value);
        }
    }

    void classificationsAndCategories() {
        auto b = repo().tipBreakdown(m_s->officer, u"2020-10"_s);
        QVERIFY(b.ok());
        QCOMPARE(b.value().byClassification.size(), 6);
        QCOMPARE(b.value().byClassification.first().code, u"to_giac"_s);
        QCOMPARE(itemValue(b.value().byClassification, u"to_giac"_s), 0);
        QCOMPARE(itemValue(b.value().byClassification, u"tin_bao"_s), 1);
        QCOMPARE(itemValue(b.value().byClassification, u"unclassified"_s), 1);
        QCOMPARE(itemValue(b.value().byClassification, u"phan_anh"_s), 0);
        QCOMPARE(b.value().byCategory.size(), 11); // every category of the register
        QCOMPARE(b.value().byCategory.first().code, u"theft"_s);
        QCOMPARE(b.value().byCategory.first().label, u"Trộm cắp tài sản"_s);
        QCOMPARE(itemValue(b.value().byCategory, u"theft"_s), 1);
        QCOMPARE(itemValue(b.value().byCategory, u"drugs"_s), 1);
        QCOMPARE(itemValue(b.value().byCategory, u"other"_s), 0);

        auto sept = repo().tipBreakdown(m_s->officer, u"2020-09"_s);
        QVERIFY(sept.ok());
        QCOMPARE(itemValue(sept.value().byClassification, u"to_giac"_s), 1);
        QCOMPARE(itemValue(sept.value().byClassification, u"unclassified"_s), 1);
        QCOMPARE(itemValue(sept.value().byCategory, u"theft"_s), 1);
        QCOMPARE(itemValue(sept.value().byCategory, u"other"_s), 1);

        // An empty month: every code, all zero.
        auto empty = repo().tipBreakdown(m_s->officer, u"2020-04"_s);
        QVERIFY(empty.ok());
        QCOMPARE(empty.value().byClassification.size(), 6);
        for (const SeriesItem& i : empty.value().byClassification)
            QCOMPARE(i.value, 0);
        for (const SeriesItem& i : empty.value().byCategory)
            QCOMPARE(i.value, 0);
    }

    void coverageOnTheLastDay() {
        auto sept = repo().coverage(m_s->officer, u"2020-09"_s);
        QVERIFY(sept.ok());
        QCOMPARE(sept.value().date, QDate(2020, 9, 30));
        QCOMPARE(sept.value().rows.size(), 3);
        QCOMPARE(sept.value().hamletsWithGroup, 3);
        QCOMPARE(sept.value().householdsConnected, 100);
        // October: C closed on 15/10, the second group ended on the last day itself.
        auto oct = repo().coverage(m_s->officer, u"2020-10"_s);
        QVERIFY(oct.ok());
        QCOMPARE(oct.value().rows.size(), 2);
        QCOMPARE(oct.value().rows.at(0).name, u"Ấp Một"_s);
        QCOMPARE(oct.value().rows.at(0).groupId, 1);
        QCOMPARE(oct.value().rows.at(0).householdsConnected, 80);
        QCOMPARE(oct.value().rows.at(1).groupId, 0);
        QCOMPARE(oct.value().hamletsWithGroup, 1);
        QCOMPARE(oct.value().householdsTotal, 150);
        QCOMPARE(oct.value().householdsConnected, 80);
    }

    void resultsOfTheMonth() {
        auto r = repo().results(m_s->officer, u"2020-10"_s);
        QVERIFY(r.ok());
        const QList<SeriesItem>& items = r.value().items;
        QCOMPARE(items.size(), 8);
        QCOMPARE(items.first().code, u"cases_solved"_s);
        QCOMPARE(itemValue(items, u"cases_solved"_s), 1);
        QCOMPARE(itemValue(items, u"cases_solved_public_help"_s), 1);
        QCOMPARE(itemValue(items, u"suspects_arrested"_s), 0);
        QCOMPARE(itemValue(items, u"persons_surrendered"_s), 0);
        QCOMPARE(itemValue(items, u"lost_persons_found"_s), 2);
        QCOMPARE(itemValue(items, u"property_returned"_s), 1);
        QCOMPARE(itemValue(items, u"documents_returned"_s), 0);
        QCOMPARE(itemValue(items, u"weapons_handed_in"_s), 0);
        QCOMPARE(r.value().propertyValueVnd, qint64(5000000));
        auto nov = repo().results(m_s->officer, u"2020-11"_s);
        QVERIFY(nov.ok());
        QCOMPARE(itemValue(nov.value().items, u"persons_surrendered"_s), 1);
        QCOMPARE(itemValue(nov.value().items, u"cases_solved"_s), 0);
    }

    void allChartsAtOnceAndRefusals() {
        auto all = repo().charts(m_s->officer, u"2020-10"_s);
        QVERIFY(all.ok());
        QCOMPARE(all.value().channels.months.last(), u"2020-10"_s);
        QCOMPARE(all.value().tips.month, u"2020-10"_s);
        QCOMPARE(all.value().coverage.rows.size(), 2);
        QCOMPARE(all.value().results.items.size(), 8);
        auto bad = repo().charts(m_s->officer, u"2020-13"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, ErrorCode::InvalidInput);
        auto nobody = repo().charts(Session(), u"2020-10"_s);
        QVERIFY(!nobody);
        // Reads only: not one audit row more (the fixture's rows were written by plain SQL, so
        // the trail's verdict on them is the fixture's, not ours).
        QCOMPARE(auditRows(), m_auditRows);
    }
};

QTEST_MAIN(TestStatsSeries)
#include "tst_stats_series.moc"
