// "Clicking a figure lists the records behind it" (issue 6 item 5, StatsDrillRepo): for every
// indicator of a fixture month and of the demo's September 2020, the records listed agree with
// the figure (count of records == value for a count, sum of amounts == value for a sum), plus
// hand-written lists: the zalo tips of a month, the month boundaries, no informant data.
#include "models/domain/Labels.h"
#include "models/domain/MonthFigures.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/stats/StatsDrillRepo.h"
#include "models/repo/stats/StatsRepo.h"
#include "models/security/KeyDerivation.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

namespace {

// Every figure of `month` agrees with its records; returns how many figures were not zero.
int agreement(QSqlDatabase db, const Session& session, const QString& month) {
    auto figures = StatsRepo(db).figures(session, month);
    if (!figures)
        qFatal("figures: %s", qPrintable(figures.error().text()));
    int nonZero = 0;
    const auto& all = figures.value().figures;
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        auto list = StatsDrillRepo(db).records(session, month, it.key());
        if (!list) {
            qWarning("%s: %s", qPrintable(it.key()), qPrintable(list.error().text()));
            return -1;
        }
        const qint64 value = it.value().value;
        if (list.value().total() != value ||
            (!list.value().summed && list.value().records.size() != value)) {
            qWarning("%s %s: figure %lld, %lld records totalling %lld", qPrintable(month),
                     qPrintable(it.key()), value, qint64(list.value().records.size()),
                     list.value().total());
            return -1;
        }
        if (value != 0)
            ++nonZero;
    }
    return nonZero;
}

} // namespace

class TestStatsDrill : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> m_s;
    qint64 m_auditRows = 0;

    void tip(int seq, const QString& at, const QString& channel, const QString& summary) {
        insider::exec(m_s->db(),
                      uR"(INSERT INTO tips (year, seq, received_at, channel, receiving_officer_id,
            informant_kind, informant_pseudonym, summary, place_id, created_at, updated_at,
            created_by) VALUES (2020, %1, '%2', '%3', %4, 'anonymous', 'Người báo X', '%5', 1,
            '%2', '%2', %4))"_s.arg(seq)
                          .arg(at, channel)
                          .arg(m_s->officer.userId())
                          .arg(summary));
    }

private Q_SLOTS:
    void initTestCase() {
        test::useVietnamese();
        m_s = std::make_unique<AuditStation>();
        insider::exec(m_s->db(), uR"(INSERT INTO places (id, kind, name, households, commune_code,
            valid_from, valid_to) VALUES (1, 'ap', 'Cây Cám', 100, '25000', '2015-01-01', NULL),
            (2, 'ap', 'Cây Da', 50, '25000', '2015-01-01', '2020-09-30'))"_s);
        tip(100, u"2020-09-30T23:59:59"_s, u"zalo"_s,
            u"Có người lạ chạy xe không biển số vòng quanh xóm nhiều lần trong đêm"_s);
        tip(101, u"2020-10-01T00:00:00"_s, u"zalo"_s, u"Trộm gà"_s);
        tip(102, u"2020-09-01T00:00:00"_s, u"zalo"_s, u"Đánh bạc"_s);
        tip(103, u"2020-08-31T23:59:59"_s, u"zalo"_s, u"Cháy rơm"_s);
        insider::exec(m_s->db(), uR"(UPDATE tips SET classification = 'to_giac', valuable = 1,
            status = 'forwarded', forwarded_to = 'CQĐT', forwarded_at = '2020-10-01T08:00:00'
            WHERE seq = 100)"_s);
        insider::exec(m_s->db(), uR"(INSERT INTO movement_models (id, type_code, name, started_on,
            ended_on, points, teams, members, households, exemplary) VALUES
            (1, 'zalo_group', 'Nhóm Zalo Cây Cám', '2020-05-01', NULL, 1, 1, 40, 35, 1),
            (2, 'camera', 'Camera Cây Da', '2020-09-10', '2020-09-30', 3, 0, 5, 12, 0),
            (3, 'lien_gia', 'Liên gia 5', '2020-09-15', NULL, 2, 4, 20, 18, 0))"_s);
        insider::exec(m_s->db(), u"INSERT INTO zalo_groups (model_id) VALUES (1)"_s);
        insider::exec(m_s->db(),
                      u"INSERT INTO movement_model_places VALUES (1, 1), (2, 2), (3, 1)"_s);
        insider::exec(m_s->db(), uR"(INSERT INTO zalo_moderation (group_id, on_date, action, count)
            VALUES (1, '2020-09-12', 'warned', 3), (1, '2020-09-30', 'removed', 1),
            (1, '2020-10-01', 'warned', 2))"_s);
        insider::exec(m_s->db(), uR"(INSERT INTO activities (held_on, kind, place_id, title,
            attendance) VALUES ('2020-09-20', 'meeting', 1, 'Họp dân ấp Cây Cám', 45),
            ('2020-09-21', 'propaganda', 1, 'Tuyên truyền', 80),
            ('2020-09-28', 'meeting', NULL, 'Họp tổ liên gia', 12))"_s);
        insider::exec(m_s->db(), uR"(INSERT INTO results (occurred_on, kind, count, value_vnd,
            tip_id) VALUES ('2020-09-05', 'lost_person_found', 2, NULL, NULL),
            ('2020-09-06', 'property_returned', 1, 3000000, NULL),
            ('2020-09-07', 'documents_returned', 3, NULL, NULL),
            ('2020-09-30', 'surrender', 2, NULL, NULL),
            ('2020-09-08', 'weapons_handed_in', 4, NULL, NULL))"_s);
        insider::exec(m_s->db(),
                      uR"(INSERT INTO cases (id, year, seq, title, opened_at, solved, solved_at,
            status, created_at, updated_at, created_by) VALUES
            (1, 2020, 1, 'Trộm xe máy', '2020-08-30T08:00:00', 1, '2020-09-10T10:00:00',
             'clarified', '2020-08-30T08:00:00', '2020-09-10T10:00:00', %1),
            (2, 2020, 2, 'Đánh bạc', '2020-09-02T08:00:00', 0, NULL, 'verifying',
             '2020-09-02T08:00:00', '2020-09-02T08:00:00', %1))"_s.arg(m_s->chief.userId()));
        insider::exec(m_s->db(),
                      uR"(INSERT INTO tip_case_links (tip_id, case_id, contributed, linked_at,
            linked_by) SELECT id, 1, 1, '2020-09-05T08:00:00', %1 FROM tips WHERE seq = 100)"_s.arg(
                          m_s->chief.userId()));
        insider::exec(m_s->db(), uR"(INSERT INTO persons (id, full_name) VALUES (1, 'Nguyễn Văn A'),
            (2, 'Trần Văn B'))"_s);
        insider::exec(m_s->db(), uR"(INSERT INTO case_persons (case_id, person_id, role,
            identified_at, arrested_at, caught_in_act, surrendered_at) VALUES
            (1, 1, 'suspect', '2020-09-08T09:00:00', '2020-09-10T09:00:00', 1, NULL),
            (2, 2, 'suspect', '2020-09-03T09:00:00', NULL, 0, '2020-09-30T23:59:59'))"_s);
        m_auditRows = auditRows();
    }

    qint64 auditRows() {
        QSqlQuery q(m_s->db());
        if (!q.exec(u"SELECT count(*) FROM audit_log"_s) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    void theZaloTipsOfSeptember() {
        auto list = StatsDrillRepo(m_s->db()).records(m_s->officer, u"2020-09"_s,
                                                      u"tips_by_channel.zalo"_s);
        QVERIFY2(list.ok(), list.ok() ? "" : qPrintable(list.error().text()));
        const auto& r = list.value().records;
        QCOMPARE(r.size(), 2); // 01/09 00:00:00 and 30/09 23:59:59, in time order
        QCOMPARE(r.at(0).number, u"TB-0102/2020"_s);
        QCOMPARE(r.at(0).when, u"2020-09-01T00:00:00"_s);
        QCOMPARE(r.at(1).number, u"TB-0100/2020"_s);
        QCOMPARE(r.at(1).kind, u"tip"_s);
        QCOMPARE(r.at(1).opens, u"tip"_s);
        QCOMPARE(r.at(1).opensId, r.at(1).id);
        QCOMPARE(r.at(1).place, u"ấp Cây Cám"_s);
        QCOMPARE(r.at(1).title, u"Có người lạ chạy xe không biển số …"_s);
        QVERIFY(!r.at(1).detail.isEmpty()); // the channel
        for (const DrillRecord& d : r)      // never informant data
            QVERIFY(!d.title.contains(u"Người báo"_s) && !d.detail.contains(u"Người báo"_s));
        QVERIFY(!list.value().summed);
        QCOMPARE(list.value().total(), 2);
    }

    void suspectsOpenTheirCaseAndResultsAreSummed() {
        auto surrendered =
            StatsDrillRepo(m_s->db()).records(m_s->officer, u"2020-09"_s, u"persons_surrendered"_s);
        QVERIFY(surrendered.ok());
        QCOMPARE(surrendered.value().records.size(), 2); // a suspect and a result of 2 persons
        QCOMPARE(surrendered.value().total(), 3);
        QCOMPARE(surrendered.value().records.at(0).kind, u"result"_s);
        QCOMPARE(surrendered.value().records.at(1).kind, u"suspect"_s);
        QCOMPARE(surrendered.value().records.at(1).opens, u"case"_s);
        QCOMPARE(surrendered.value().records.at(1).opensId, 2);
        QCOMPARE(surrendered.value().records.at(1).number, u"VV-0002/2020"_s);
        auto value =
            StatsDrillRepo(m_s->db()).records(m_s->officer, u"2020-09"_s, u"property_value_vnd"_s);
        QVERIFY(value.ok());
        QCOMPARE(value.value().records.size(), 2);
        QCOMPARE(value.value().total(), 3000000);
        auto help = StatsDrillRepo(m_s->db()).records(m_s->officer, u"2020-09"_s,
                                                      u"cases_solved_public_help"_s);
        QVERIFY(help.ok());
        QCOMPARE(help.value().records.size(), 1);
        QCOMPARE(help.value().records.at(0).opens, u"case"_s);
        QCOMPARE(help.value().records.at(0).title, u"Trộm xe máy"_s);
        auto hamlets =
            StatsDrillRepo(m_s->db()).records(m_s->officer, u"2020-10"_s, u"hamlets_total"_s);
        QVERIFY(hamlets.ok());
        QCOMPARE(hamlets.value().records.size(), 1); // Cây Da's last day was 30/09
    }

    void everyFigureOfTheFixtureMonthsAgrees() {
        QVERIFY(agreement(m_s->db(), m_s->officer, u"2020-09"_s) >= 25);
        QVERIFY(agreement(m_s->db(), m_s->officer, u"2020-10"_s) >= 6);
        // A month without records: every figure zero but the hamlets valid at its end.
        QCOMPARE(agreement(m_s->db(), m_s->officer, u"2020-04"_s), 1);
        auto hamlets =
            StatsDrillRepo(m_s->db()).records(m_s->officer, u"2020-04"_s, u"hamlets_total"_s);
        QVERIFY(hamlets.ok());
        QCOMPARE(hamlets.value().records.size(), 2);
    }

    void refusals() {
        StatsDrillRepo repo(m_s->db());
        auto unknown = repo.records(m_s->officer, u"2020-09"_s, u"tips_by_channel.fax"_s);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::InvalidInput);
        QVERIFY(!repo.records(m_s->officer, u"2020-9"_s, u"tips_total"_s));
        auto nobody = repo.records(Session(), u"2020-09"_s, u"tips_total"_s);
        QVERIFY(!nobody);
        // Reads only: not one audit row more (the fixture's rows were written by plain SQL, so
        // the trail's verdict on them is the fixture's, not ours).
        QCOMPARE(auditRows(), m_auditRows);
    }

    void everyFigureOfTheDemosSeptember2020Agrees() {
        TempRegister temp;
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone()));
        auto filled =
            DemoRepo(temp.reg->database()).fill(clock, KeyDerivation::escrowKey(temp.recovery));
        QVERIFY2(filled, qPrintable(filled.error().text()));
        QByteArray password(DemoRepo::kPassword);
        auto officer = UserRepo(temp.reg->database(), clock)
                           .logon(u"canbo1"_s, SecretBytes::takeFrom(password));
        QVERIFY(officer.ok());
        QVERIFY(agreement(temp.reg->database(), officer.value(), u"2020-09"_s) >= 10);
        auto zalo = StatsDrillRepo(temp.reg->database())
                        .records(officer.value(), u"2020-09"_s, u"tips_by_channel.zalo"_s);
        QVERIFY(zalo.ok());
        for (const DrillRecord& r : zalo.value().records)
            QCOMPARE(r.detail, channelLabel(u"zalo"_s));
    }
};

QTEST_MAIN(TestStatsDrill)
#include "tst_stats_drill.moc"
