// The charts of the statistics page and "clicking a figure lists the records behind it" (issue 6
// item 5) on the demo register's September 2020; the correction of a locked month (chief only,
// refused while nothing changed, issued after a late change). Screenshots of the charts and of
// the drill-down dialog when BINHYEN_SHOTS names a folder.
#include "models/domain/Clock.h"
#include "models/domain/Labels.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/movement/ResultRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Session.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/stats/CorrectionDialog.h"
#include "ui/stats/DrillDialog.h"
#include "ui/stats/StatisticsArea.h"
#include "ui/stats/StatisticsPage.h"
#include "ui/stats/StatsChartsPanel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QPieSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

void shoot(QWidget* widget, const QString& name) {
    const QString folder = qEnvironmentVariable("BINHYEN_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + u".png"_s)));
}

int rowOf(QTableWidget* table, const QString& key) {
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toString() == key)
            return r;
    return -1;
}

template <typename S> S* onlySeries(QChartView* view) {
    const auto all = view->chart()->series();
    return all.size() == 1 ? qobject_cast<S*>(all.first()) : nullptr;
}

} // namespace

class TestGuiStatsCharts : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempRegister> m_temp;
    std::unique_ptr<FixedClock> m_clock;
    Session m_chief;
    Session m_officer;

    Session logon(const QString& name) {
        QByteArray password(DemoRepo::kPassword);
        auto session = UserRepo(m_temp->reg->database(), *m_clock)
                           .logon(name, SecretBytes::takeFrom(password));
        if (!session)
            qFatal("%s", qPrintable(session.error().text()));
        return session.take();
    }

    // A page showing 09/2020, computed.
    std::unique_ptr<ui::StatisticsPage> september(Session* session) {
        auto page = std::make_unique<ui::StatisticsPage>(*m_temp->reg, *m_clock, session);
        page->resize(1280, 800);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qFatal("not exposed");
        page->setMonth(u"2020-09"_s);
        if (!QTest::qWaitFor(
                [&] { return !page->isBusy() && page->figures().month == u"2020-09"_s; }, 30000))
            qFatal("not computed");
        return page;
    }

private Q_SLOTS:
    void initTestCase() {
        test::useVietnamese();
        m_temp = std::make_unique<test::TempRegister>();
        m_clock = std::make_unique<FixedClock>(
            QDateTime(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone()));
        auto filled = DemoRepo(m_temp->reg->database())
                          .fill(*m_clock, KeyDerivation::escrowKey(m_temp->recovery));
        QVERIFY2(filled, qPrintable(filled.error().text()));
        m_chief = logon(u"truong"_s);
        m_officer = logon(u"canbo1"_s);
    }

    void chartsOfSeptember2020() {
        auto page = september(&m_officer);
        const MonthlyFigures& f = page->figures();
        ui::StatsChartsPanel* charts = page->chartsPanel();
        QVERIFY(charts);

        auto* channels = onlySeries<QStackedBarSeries>(charts->channelChart());
        QVERIFY(channels);
        QCOMPARE(channels->count(), 6); // one set per channel
        for (QBarSet* set : channels->barSets()) {
            QCOMPARE(set->count(), 12);
            QCOMPARE(qint64(set->at(11)), f.at(u"tips_by_channel."_s + set->objectName()).value);
            QCOMPARE(set->label(), channelLabel(set->objectName()));
        }
        auto* months = qobject_cast<QBarCategoryAxis*>(
            charts->channelChart()->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(months);
        QCOMPARE(months->categories().size(), 12);
        QCOMPARE(months->categories().first(), u"10/2019"_s);
        QCOMPARE(months->categories().last(), u"09/2020"_s);

        auto* classes = onlySeries<QPieSeries>(charts->classificationChart());
        QVERIFY(classes);
        QCOMPARE(classes->count(), 6);
        qreal sum = 0;
        for (QPieSlice* s : classes->slices())
            sum += s->value();
        QCOMPARE(qint64(sum), f.at(u"tips_total"_s).value);

        auto* categories = onlySeries<QHorizontalBarSeries>(charts->categoryChart());
        QVERIFY(categories);
        QCOMPARE(categories->count(), 1);
        QCOMPARE(categories->barSets().first()->count(), 11); // the register's 11 categories
        QCOMPARE(qint64(categories->barSets().first()->sum()), f.at(u"tips_total"_s).value);

        auto* coverage = onlySeries<QHorizontalStackedBarSeries>(charts->coverageChart());
        QVERIFY(coverage);
        QCOMPARE(coverage->count(), 3); // connected, not connected, hamlet without a group
        QCOMPARE(coverage->barSets().first()->count(), 40);
        QCOMPARE(qint64(coverage->barSets().first()->sum()), 986);
        QCOMPARE(charts->charts().coverage.hamletsWithGroup, 36);
        auto* summary = charts->findChild<QLabel*>(u"coverageSummary"_s);
        QVERIFY(summary->text().contains(u"986"_s));

        auto* results = onlySeries<QHorizontalBarSeries>(charts->resultsChart());
        QVERIFY(results);
        QCOMPARE(results->barSets().first()->count(), 8);
        QCOMPARE(charts->charts().results.items.at(1).code, u"cases_solved_public_help"_s);
        QCOMPARE(charts->charts().results.items.at(1).value, 1);

        auto* tabs = page->findChild<QTabWidget*>(u"statsTabs"_s);
        tabs->setCurrentIndex(1);
        shoot(page.get(), u"statistics-charts-tab"_s);
        charts->resize(1260, charts->sizeHint().height()); // every chart, for the screenshot
        shoot(charts, u"statistics-charts"_s);
    }

    void drillDownOnTheZaloTips() {
        auto page = september(&m_officer);
        const qint64 zalo = page->figures().at(u"tips_by_channel.zalo"_s).value;
        QVERIFY(zalo > 0);

        // A bar of the channel chart: September's zalo bar.
        auto* channels = onlySeries<QStackedBarSeries>(page->chartsPanel()->channelChart());
        QBarSet* zaloSet = nullptr;
        for (QBarSet* set : channels->barSets())
            if (set->objectName() == u"zalo")
                zaloSet = set;
        QVERIFY(zaloSet);
        Q_EMIT zaloSet->clicked(11);
        auto* dialog = page->findChild<ui::DrillDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto* rows = dialog->findChild<QTableWidget*>(u"drillRecords"_s);
        QCOMPARE(rows->rowCount(), int(zalo));
        for (int r = 0; r < rows->rowCount(); ++r) {
            QVERIFY(rows->item(r, 0)->text().startsWith(u"TB-"_s));
            QVERIFY(rows->item(r, 1)->text().contains(u"/09/2020"_s));
            QCOMPARE(rows->item(r, 4)->text(), channelLabel(u"zalo"_s));
        }
        // The zalo tips, exactly: the same numbers as in the register.
        QSqlQuery q(m_temp->reg->database());
        QVERIFY(q.exec(u"SELECT number FROM tips WHERE channel = 'zalo' AND received_at >= "
                       "'2020-09-01' AND received_at < '2020-10-01' ORDER BY received_at, id"_s));
        for (int r = 0; q.next(); ++r)
            QCOMPARE(rows->item(r, 0)->text(), q.value(0).toString());

        // Enter on a row asks the page to open the tip.
        QSignalSpy opened(page.get(), &ui::StatisticsPage::openTip);
        rows->setCurrentCell(0, 0);
        rows->setFocus();
        QTest::keyClick(rows, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), dialog->list().records.first().id);
        dialog->resize(1000, 420);
        shoot(dialog, u"statistics-drilldown"_s);
        dialog->close();
        QTRY_VERIFY(!page->findChild<ui::DrillDialog*>());

        // Enter on a cell of the table: the records behind that figure.
        auto* table = page->findChild<QTableWidget*>(u"figures"_s);
        const int row = rowOf(table, u"cases_solved_public_help"_s);
        QVERIFY(row >= 0);
        table->setCurrentCell(row, 1);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        auto* cases = page->findChild<ui::DrillDialog*>();
        QVERIFY(cases);
        QCOMPARE(cases->list().key, u"cases_solved_public_help"_s);
        QCOMPARE(cases->list().records.size(), 1);
        QSignalSpy openedCase(page.get(), &ui::StatisticsPage::openCase);
        cases->activateRow(0);
        QCOMPARE(openedCase.count(), 1);
        cases->close();
        QTRY_VERIFY(!page->findChild<ui::DrillDialog*>());

        // A double-click on a figure.
        const int total = rowOf(table, u"tips_total"_s);
        table->scrollToItem(table->item(total, 1));
        const QRect cell = table->visualItemRect(table->item(total, 1));
        // A user's double-click: the first press selects, the second one is the double-click.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        auto* all = page->findChild<ui::DrillDialog*>();
        QVERIFY(all);
        QCOMPARE(all->list().key, u"tips_total"_s);
        QCOMPARE(all->list().records.size(), int(page->figures().at(u"tips_total"_s).value));
        all->close();
    }

    void theAreaGivesItsPage() {
        QWidget parent;
        QWidget* area = ui::createStatisticsArea(*m_temp->reg, *m_clock, &m_officer, &parent);
        ui::StatisticsPage* page = ui::statisticsPageOf(area);
        QVERIFY(page);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 30000);
        QVERIFY(!ui::statisticsPageOf(&parent) || ui::statisticsPageOf(&parent) == page);
    }

    void theMonthlyReportButtonOnlyAsks() {
        auto page = september(&m_officer);
        QSignalSpy asked(page.get(), &ui::StatisticsPage::reportRequested);
        auto* report = page->findChild<QPushButton*>(u"monthlyReport"_s);
        QVERIFY(report->isEnabled());
        report->click();
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.first().first().toString(), u"2020-09"_s);
    }

    void anOfficerMayNotCorrect() {
        auto page = september(&m_officer);
        QVERIFY(page->isLocked());
        auto* correction = page->findChild<QPushButton*>(u"correction"_s);
        QVERIFY(correction);
        QVERIFY(!correction->isEnabled());
        QVERIFY(!correction->toolTip().isEmpty());
        auto* reports = page->findChild<QListWidget*>(u"reports"_s);
        QCOMPARE(reports->count(), 1); // the original
        QCOMPARE(page->reports().size(), 1);
        QVERIFY(reports->item(0)->text().contains(page->reports().first().number));
    }

    void theChiefCorrectsAfterALateChange() {
        auto page = september(&m_chief);
        auto* correction = page->findChild<QPushButton*>(u"correction"_s);
        QVERIFY(correction->isEnabled());
        const QString original = page->reports().first().number;

        // Nothing changed yet: refused, the reason shown in the dialog, which stays open.
        correction->click();
        auto* dialog = page->findChild<ui::CorrectionDialog*>();
        QVERIFY(dialog);
        auto* issue = dialog->findChild<QPushButton*>(u"issueCorrection"_s);
        QVERIFY(!issue->isEnabled()); // the note is required
        dialog->findChild<QPlainTextEdit*>(u"correctionNote"_s)
            ->setPlainText(u"Tỉnh đề nghị rà soát"_s);
        QVERIFY(issue->isEnabled());
        issue->click();
        auto* error = dialog->findChild<QLabel*>(u"correctionError"_s);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(dialog->isVisible());
        dialog->resize(620, 340);
        shoot(dialog, u"statistics-correction-refused"_s);
        dialog->close();
        QTRY_VERIFY(!page->findChild<ui::CorrectionDialog*>());

        // A result of September recorded late (through the register, audited).
        const qint64 found = page->figures().at(u"lost_persons_found"_s).value;
        NewMovementResult late;
        late.occurredOn = QDate(2020, 9, 15);
        late.kind = u"lost_person_found"_s;
        late.count = 2;
        auto added = ResultRepo(m_temp->reg->database(), *m_clock).add(m_officer, late);
        QVERIFY2(added.ok(), added.ok() ? "" : qPrintable(added.error().text()));

        correction->click();
        dialog = page->findChild<ui::CorrectionDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit*>(u"correctionNote"_s)
            ->setPlainText(u"Bổ sung tin báo nhập muộn"_s);
        dialog->findChild<QPushButton*>(u"issueCorrection"_s)->click();
        QTRY_VERIFY(!page->findChild<ui::CorrectionDialog*>());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->reports().size() == 2, 30000);
        QCOMPARE(page->reports().first().number, original);
        QCOMPARE(page->reports().last().kind, u"correction"_s);
        QCOMPARE(page->reports().last().note, u"Bổ sung tin báo nhập muộn"_s);
        auto* reports = page->findChild<QListWidget*>(u"reports"_s);
        QCOMPARE(reports->count(), 2);
        QVERIFY(reports->item(1)->text().contains(page->reports().last().number));
        // The month now shows the corrected figures.
        QCOMPARE(page->figures().at(u"lost_persons_found"_s).value, found + 2);
        shoot(page.get(), u"statistics-corrected"_s);

        auto verdict = AuditRepo(m_temp->reg->database(), *m_clock).verify(nullptr);
        QVERIFY(verdict.ok());
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }
};

QTEST_MAIN(TestGuiStatsCharts)
#include "tst_gui_stats_charts.moc"
