// The main window reads a page only when it is shown (issue 8: open fast on a million tips): a
// page not yet shown holds nothing, it reads when shown; a change made on one page marks the
// others stale and each shows the change when it is next shown; F5 reads the page shown. The
// review page shows the first items of a long queue and counts them all.
#include "models/domain/Case.h"
#include "models/domain/Tip.h"
#include "models/item/TipWindowModel.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/cases/CaseRepo.h"
#include "models/repo/cases/ReviewQueueRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/main/MainWindow.h"
#include "ui/review/ActionDialog.h"
#include "ui/review/ReviewPage.h"
#include "ui/stats/StatisticsPage.h"

#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QTableView>
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
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + u".png"_s)));
}

int rowOf(QTableWidget* table, const QString& number) {
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == number)
            return r;
    }
    return -1;
}

} // namespace

class TestGuiLazyPages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingReadBeforeShown();
    void pageReadWhenShown();
    void changeShowsOnTheOtherPages();
    void f5ReadsThePageShown();
    void reviewShowsTheFirstAndCountsAll();
    void auditStaysIntact();
    void cleanupTestCase();

private:
    // Through findChild, not the window's accessors (which read a stale page first).
    int rowsOf(const char* view) const {
        auto* table = m_window->findChild<QTableView*>(QLatin1String(view));
        return table ? table->model()->rowCount() : -1;
    }
    qint64 newTip(const QString& summary) {
        NewTip tip;
        tip.receivedAt = m_s->clock.now();
        tip.channel = u"phone"_s;
        tip.receivingOfficerId = m_s->officer.userId();
        tip.summary = summary;
        tip.createdBy = m_s->officer.userId();
        tip.createdAt = m_s->clock.now();
        auto id = TipRepo(m_s->db()).insert(tip);
        if (!id)
            qFatal("tip: %s", qPrintable(id.error().text()));
        AuditEntry e{u"tip.create"_s, u"tip"_s, id.value(), {}, {}, {}};
        if (!m_s->audit().appendRecordChange(m_s->officer, e))
            qFatal("audit");
        m_s->clock.advanceSecs(60);
        return id.value();
    }

    std::unique_ptr<test::AuditStation> m_s;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestGuiLazyPages::initTestCase() {
    test::useVietnamese();
    m_s = std::make_unique<test::AuditStation>();
    NewCase kase;
    kase.title = u"Trộm xe máy trước tạp hóa ấp Cây Cám"_s;
    auto created = CaseRepo(m_s->db(), m_s->clock).create(m_s->officer, kase);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().text()));
    m_window = std::make_unique<ui::MainWindow>(*m_s->t.reg, &m_s->chief,
                                                std::make_unique<FixedClock>(m_s->clock.now()));
    m_window->resize(1280, 800);
}

void TestGuiLazyPages::nothingReadBeforeShown() {
    // Built, not shown: no page has read the register.
    for (auto area : {ui::MainWindow::Dashboard, ui::MainWindow::Tips, ui::MainWindow::Cases,
                      ui::MainWindow::Review})
        QVERIFY(m_window->isStale(area));
    QCOMPARE(rowsOf("tipList"), 0);
    QCOMPARE(rowsOf("caseList"), 0);
    QCOMPARE(rowsOf("unclassifiedList"), 0);
    QCOMPARE(m_window->findChild<QTableWidget*>(u"unclassifiedTable"_s)->rowCount(), 0);
}

void TestGuiLazyPages::pageReadWhenShown() {
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The overview is shown first: it has read, with the tip list (the selection the tip
    // actions of the menus and toolbar act on, from every page); nothing else has.
    QCOMPARE(m_window->currentArea(), ui::MainWindow::Dashboard);
    QVERIFY(!m_window->isStale(ui::MainWindow::Dashboard));
    QCOMPARE(rowsOf("unclassifiedList"), 1); // the fixture's tip, new and unclassified
    QVERIFY(!m_window->isStale(ui::MainWindow::Tips));
    QCOMPARE(rowsOf("tipList"), 1);
    QVERIFY(m_window->isStale(ui::MainWindow::Cases));
    QVERIFY(m_window->isStale(ui::MainWindow::Review));
    QCOMPARE(rowsOf("caseList"), 0);
    // The cases read when their area is chosen.
    m_window->showArea(ui::MainWindow::Cases);
    QVERIFY(!m_window->isStale(ui::MainWindow::Cases));
    QCOMPARE(rowsOf("caseList"), 1);
    QVERIFY(m_window->isStale(ui::MainWindow::Review));
    shoot(m_window.get(), u"lazy-cases"_s);
    m_window->showArea(ui::MainWindow::Tips);
    QVERIFY(!m_window->isStale(ui::MainWindow::Tips));
    QCOMPARE(rowsOf("tipList"), 1);
    shoot(m_window.get(), u"lazy-tips"_s);
    // The movement area (which reads as it is built) is built when first shown.
    auto* movement = m_window->findChild<QWidget*>(u"movementArea"_s);
    QVERIFY(movement && movement->layout()->isEmpty());
    m_window->showArea(ui::MainWindow::Movement);
    QCOMPARE(movement->layout()->count(), 1);
    QVERIFY(movement->layout()->itemAt(0)->widget()->isVisible());
    shoot(m_window.get(), u"lazy-movement"_s);
    // The statistics compute when first shown, not when the window opens.
    auto* statistics = m_window->findChild<ui::StatisticsPage*>();
    QVERIFY(statistics);
    QVERIFY(!statistics->isBusy());
    QVERIFY(statistics->figures().month.isEmpty());
    m_window->showArea(ui::MainWindow::Statistics);
    QTRY_VERIFY_WITH_TIMEOUT(
        !statistics->isBusy() && statistics->figures().month == statistics->month(), 20000);
    shoot(m_window.get(), u"lazy-statistics"_s);
}

void TestGuiLazyPages::changeShowsOnTheOtherPages() {
    m_window->showArea(ui::MainWindow::Review);
    auto* review = qobject_cast<ui::ReviewPage*>(m_window->reviewPage());
    QVERIFY(review && review->isVisible());
    auto* unclassified = review->findChild<QTableWidget*>(u"unclassifiedTable"_s);
    const int row = rowOf(unclassified, u"TB-0001/2020"_s);
    QVERIFY(row >= 0);
    unclassified->selectRow(row);
    shoot(m_window.get(), u"lazy-review"_s);

    // The chief classifies the tip on the review page.
    QSignalSpy reloaded(m_window.get(), &ui::MainWindow::reloaded);
    review->findChild<QAction*>(u"unclassifiedClassify"_s)->trigger();
    QPointer<ui::ActionDialog> dialog;
    for (auto* child : review->findChildren<ui::ActionDialog*>())
        if (child->isVisible())
            dialog = child;
    QVERIFY(dialog);
    auto* choice = dialog->findChild<QComboBox*>(u"choice"_s);
    choice->setCurrentIndex(choice->findData(u"phan_anh"_s));
    dialog->findChild<QLineEdit*>(u"text"_s)->setText(u"Mâu thuẫn hàng xóm, không có tội phạm"_s);
    dialog->accept();
    QTRY_VERIFY(!dialog);
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(rowOf(unclassified, u"TB-0001/2020"_s), -1);
    // The overview still holds what it read, marked stale; shown, it reads the change.
    QVERIFY(!m_window->isStale(ui::MainWindow::Review));
    QVERIFY(m_window->isStale(ui::MainWindow::Dashboard));
    QVERIFY(m_window->isStale(ui::MainWindow::Cases));
    QVERIFY(!m_window->isStale(ui::MainWindow::Tips)); // read with the page shown
    QCOMPARE(rowsOf("unclassifiedList"), 1);
    m_window->showArea(ui::MainWindow::Dashboard);
    QVERIFY(!m_window->isStale(ui::MainWindow::Dashboard));
    QCOMPARE(rowsOf("unclassifiedList"), 0);
    auto* title = m_window->findChild<QLabel*>(u"unclassifiedListTitle"_s);
    QCOMPARE(title->text(), QCoreApplication::translate("binhyen::ui::DashboardPage",
                                                        "New tips not yet classified: %1")
                                .arg(0));
    shoot(m_window.get(), u"lazy-dashboard"_s);
}

void TestGuiLazyPages::f5ReadsThePageShown() {
    m_window->showArea(ui::MainWindow::Cases);
    QCOMPARE(rowsOf("tipList"), 1);
    newTip(u"Tin báo ghi thẳng vào sổ trong lúc cửa sổ đang mở"_s);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(rowsOf("tipList"), 2);
    QVERIFY(!m_window->isStale(ui::MainWindow::Cases));
    QVERIFY(!m_window->isStale(ui::MainWindow::Tips));
    QVERIFY(m_window->isStale(ui::MainWindow::Dashboard));
    QVERIFY(m_window->isStale(ui::MainWindow::Review));
    // The accessors read a stale page before handing it out.
    QCOMPARE(m_window->dashboard()->unclassified()->rowCount(), 1);
    QVERIFY(!m_window->isStale(ui::MainWindow::Dashboard));
}

void TestGuiLazyPages::reviewShowsTheFirstAndCountsAll() {
    const int shown = ui::ReviewPage::kShown;
    const int extra = shown + 5 - 1; // with the tip of f5ReadsThePageShown: kShown + 5 in all
    for (int i = 0; i < extra; ++i)
        newTip(u"Tin báo chưa phân loại số %1"_s.arg(i + 1));
    ReviewQueueRepo repo(m_s->db(), m_s->clock);
    auto head = repo.head(m_s->chief, shown);
    QVERIFY2(head, qPrintable(head ? QString() : head.error().text()));
    const ReviewQueue& q = head.value().queue;
    QCOMPARE(q.unclassified.size(), shown);
    QCOMPARE(head.value().totals.unclassified, qint64(shown + 5));
    auto all = repo.queue(m_s->chief);
    QVERIFY(all);
    QCOMPARE(all.value().unclassified.size(), shown + 5);
    for (int i = 0; i < shown; ++i) // the oldest first, as in the whole queue
        QCOMPARE(q.unclassified.at(i).id, all.value().unclassified.at(i).id);
    // Short lists are whole, and counted as they are.
    QCOMPARE(head.value().totals.closureProposals, qint64(q.closureProposals.size()));
    QCOMPARE(head.value().totals.dueSoon, qint64(all.value().dueSoon.size()));

    m_window->showArea(ui::MainWindow::Review);
    auto* review = m_window->findChild<ui::ReviewPage*>();
    auto* table = review->findChild<QTableWidget*>(u"unclassifiedTable"_s);
    QCOMPARE(table->rowCount(), shown);
    QVERIFY(review->findChild<QGroupBox*>(u"unclassifiedSection"_s)
                ->title()
                .contains(QString::number(shown + 5)));
    auto* more = review->findChild<QLabel*>(u"unclassifiedMore"_s);
    QVERIFY(more->isVisibleTo(review));
    QVERIFY(more->text().contains(QString::number(shown + 5)));
    QVERIFY(!review->findChild<QLabel*>(u"closureMore"_s)->isVisibleTo(review));
    shoot(m_window.get(), u"lazy-review-long"_s);
}

void TestGuiLazyPages::auditStaysIntact() {
    auto verdict = m_s->audit().verify(nullptr);
    QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.error().text()));
    QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
}

void TestGuiLazyPages::cleanupTestCase() {
    m_window.reset();
    m_s.reset();
}

QTEST_MAIN(TestGuiLazyPages)
#include "tst_gui_lazy_pages.moc"
