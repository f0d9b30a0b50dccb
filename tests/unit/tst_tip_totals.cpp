// The register's own count of tips (migration 13: tip_totals, kept by triggers) against a full
// recount, after random saves, imports (kept and refused), workflow edits, deletes and month
// locks; and the tip list's unfiltered count reads it.
#include "models/domain/Tip.h"
#include "models/repo/stats/MonthLockRepo.h"
#include "models/repo/tips/TipImportRepo.h"
#include "models/repo/tips/TipIntake.h"
#include "models/repo/tips/TipListRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/repo/tips/TipWorkflowRepo.h"
#include "tests/support/AuditFixture.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

namespace {

const QString kHeader = u"so_tin,thoi_gian_tiep_nhan,kenh,phan_loai,linh_vuc,ap,dia_chi,noi_dung,"
                        u"nguoi_bao_tin,so_dien_thoai,can_bo_tiep_nhan,trang_thai,ket_qua\n"_s;

} // namespace

class TestTipTotals : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;
    QList<qint64> m_plainTips; // inserted without history or links: the ones a test may delete

    qint64 scalar(const QString& sql) {
        QSqlQuery q(s->db());
        if (!q.exec(sql) || !q.next())
            qFatal("%s", qPrintable(sql));
        return q.value(0).toLongLong();
    }

    void compare(const char* after) {
        const qint64 recount = scalar(u"SELECT count(*) FROM tips"_s);
        const qint64 kept = scalar(u"SELECT tips FROM tip_totals WHERE id = 1"_s);
        QVERIFY2(kept == recount,
                 qPrintable(u"after %1: kept %2, recount %3"_s.arg(QLatin1String(after))
                                .arg(kept)
                                .arg(recount)));
        QCOMPARE(TipListRepo(s->db()).count(TipFilter{}).value(), recount);
    }

    void save() {
        NewTip tip;
        tip.receivedAt = s->clock.now();
        tip.channel = u"phone"_s;
        tip.receivingOfficerId = s->officer.userId();
        tip.summary = u"Mất trộm xe máy trước nhà, ấp Cây Cám"_s;
        auto id = TipIntake(s->db(), s->clock).record(s->officer, tip, std::nullopt);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().text()));
        s->clock.advanceSecs(60);
    }

    void insertPlain() {
        NewTip tip;
        tip.receivedAt = s->clock.now();
        tip.channel = u"zalo"_s;
        tip.receivingOfficerId = s->officer.userId();
        tip.summary = u"Phản ánh tụ tập gây ồn ào"_s;
        tip.createdBy = s->officer.userId();
        tip.createdAt = s->clock.now();
        auto id = TipRepo(s->db()).insert(tip);
        QVERIFY(id.ok());
        m_plainTips.append(id.value());
        s->clock.advanceSecs(60);
    }

    void import(int rows, bool withBadRow) {
        QString csv = kHeader;
        for (int i = 0; i < rows; ++i)
            csv += u"SO-%1/2020,02/09/2020 0%2:15,Điện thoại,Tin báo,Trộm cắp,,,mất trộm gà số %1,"
                   u",,canbo1,Mới tiếp nhận,\n"_s.arg(m_imported++)
                       .arg(i % 9);
        if (withBadRow)
            csv += u"SO-X,không phải ngày,Điện thoại,Tin báo,,,,nội dung,,,canbo1,,\n"_s;
        auto report = TipImportRepo(s->db(), s->clock).import(s->chief, csv.toUtf8(), {});
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().text()));
    }
    int m_imported = 100;

private Q_SLOTS:
    void init() { s = std::make_unique<AuditStation>(); }
    void cleanup() { s.reset(); }

    void theMigrationCountsTheTipsAlreadyThere() {
        compare("the migration"); // the fixture's one tip
        QCOMPARE(scalar(u"SELECT tips FROM tip_totals"_s), 1);
    }

    void equalsARecountAfterRandomWork() {
        QRandomGenerator random(20261129);
        bool locked = false;
        QList<int> done(6, 0);
        for (int step = 0; step < 60; ++step) {
            const int what = random.bounded(6);
            ++done[what];
            switch (what) {
            case 0:
                save();
                compare("a saved tip");
                break;
            case 1:
                insertPlain();
                compare("an inserted tip");
                break;
            case 2:
                import(1 + random.bounded(4), false);
                compare("an import");
                break;
            case 3: {
                const qint64 before = scalar(u"SELECT count(*) FROM tips"_s);
                import(2, true); // refused: nothing written
                QCOMPARE(scalar(u"SELECT count(*) FROM tips"_s), before);
                compare("a refused import");
                break;
            }
            case 4: {
                const qint64 id = scalar(u"SELECT max(id) FROM tips"_s);
                m_plainTips.removeAll(id); // its history now refers to it
                auto done = TipWorkflowRepo(s->db(), s->clock)
                                .classify(s->chief, id, u"tin_bao"_s, u"Phân loại lại"_s);
                Q_UNUSED(done); // an already classified tip may refuse: the count is the point
                compare("a classification");
                break;
            }
            default:
                if (!m_plainTips.isEmpty()) {
                    const qint64 id = m_plainTips.takeAt(random.bounded(int(m_plainTips.size())));
                    insider::exec(s->db(), u"DELETE FROM tips WHERE id = %1"_s.arg(id));
                    compare("a delete");
                }
                break;
            }
            if (!locked && step == 30) {
                auto lock = MonthLockRepo(s->db(), s->clock).lock(s->chief, u"2020-08"_s);
                QVERIFY2(lock.ok(), lock.ok() ? "" : qPrintable(lock.error().text()));
                locked = true;
                compare("a month lock");
            }
        }
        QVERIFY(locked);
        QVERIFY2(!done.contains(0), "every kind of work was done at least once");
        QVERIFY(scalar(u"SELECT count(*) FROM tips"_s) > 20);
    }

    void aFailedTransactionLeavesTheTotal() {
        const qint64 before = scalar(u"SELECT tips FROM tip_totals"_s);
        insider::exec(s->db(), u"BEGIN"_s);
        insertPlain();
        insertPlain();
        QCOMPARE(scalar(u"SELECT tips FROM tip_totals"_s), before + 2);
        insider::exec(s->db(), u"ROLLBACK"_s);
        QCOMPARE(scalar(u"SELECT tips FROM tip_totals"_s), before);
        compare("a rollback");
    }

    void theListCountsEveryTipFromTheTotal() {
        // Filtered counts still count the tips; the unfiltered one reads the total's single row.
        save();
        insertPlain();
        TipFilter zalo;
        zalo.channel = u"zalo"_s;
        QCOMPARE(TipListRepo(s->db()).count(zalo).value(),
                 scalar(u"SELECT count(*) FROM tips WHERE channel = 'zalo'"_s));
        insider::exec(s->db(), u"UPDATE tip_totals SET tips = tips + 1000"_s);
        QCOMPARE(TipListRepo(s->db()).count(TipFilter{}).value(),
                 scalar(u"SELECT count(*) FROM tips"_s) + 1000);
    }
};

QTEST_GUILESS_MAIN(TestTipTotals)
#include "tst_tip_totals.moc"
