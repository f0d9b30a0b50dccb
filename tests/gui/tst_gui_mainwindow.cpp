// The main window over the demo register: the navigation, both lists from real queries, in
// Vietnamese, newest first, sortable, reloaded by F5, and the register named in the status bar.
#include "models/domain/Clock.h"
#include "models/item/CaseListModel.h"
#include "models/item/TipWindowModel.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/KeyDerivation.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/main/MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace binhyen;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tipsNewestFirstInVietnamese();
    void casesListed();
    void headerClickSorts();
    void statusBarNamesTheRegister();
    void screenshots();
    void menusAndAbout();
    void f5Reloads();
    void cleanupTestCase();

private:
    static QDateTime demoNow() {
        return QDateTime(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone());
    }
    QTableView* table(const char* name) const {
        return m_window->findChild<QTableView*>(QLatin1String(name));
    }
    static QString cell(QTableView* view, int row, int column, int role = Qt::DisplayRole) {
        return view->model()->index(row, column).data(role).toString();
    }
    static int findRow(QTableView* view, const QString& number) {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (cell(view, row, 0) == number)
                return row;
        }
        return -1;
    }
    static QString caption(QTableView* view) {
        auto* label = view->parentWidget()->findChild<QLabel*>(u"caption"_s);
        return label ? label->text() : QString();
    }
    QString countText() const {
        auto* label = m_window->findChild<QLabel*>(u"resultCount"_s);
        return label ? label->text() : QString();
    }

    std::unique_ptr<test::TempRegister> m_temp;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindow::initTestCase() {
    test::useVietnamese();
    m_temp = std::make_unique<test::TempRegister>();
    auto filled = DemoRepo(m_temp->reg->database())
                      .fill(FixedClock(demoNow()), KeyDerivation::escrowKey(m_temp->recovery));
    QVERIFY2(filled, qPrintable(filled.error().text()));
    m_window = std::make_unique<ui::MainWindow>(*m_temp->reg);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(table("tipList"));
    QVERIFY(table("caseList"));
    m_window->showArea(ui::MainWindow::Tips);
}

void TestMainWindow::tipsNewestFirstInVietnamese() {
    QTableView* tips = table("tipList");
    const int rows = tips->model()->rowCount();
    QVERIFY(rows > 60);
    for (int row = 1; row < rows; ++row) {
        const qint64 before =
            tips->model()->index(row - 1, 0).data(TipWindowModel::IdRole).toLongLong();
        const qint64 at = tips->model()->index(row, 0).data(TipWindowModel::IdRole).toLongLong();
        QVERIFY2(at < before, qPrintable(cell(tips, row, TipWindowModel::Number)));
    }
    QVERIFY(cell(tips, 0, TipWindowModel::Number).endsWith(u"/2026"_s));

    for (const QString& number : {u"TB-0004/2020"_s, u"TB-0005/2020"_s}) {
        const int row = findRow(tips, number);
        QVERIFY2(row >= 0, qPrintable(number));
        QCOMPARE(cell(tips, row, TipWindowModel::Channel), u"Điện thoại"_s);
        QCOMPARE(cell(tips, row, TipWindowModel::Valuable), u"Có"_s);
        QVERIFY(cell(tips, row, TipWindowModel::ReceivedAt).startsWith(u"03/09/2020 "_s));
        QVERIFY(!cell(tips, row, TipWindowModel::Summary).isEmpty());
        QVERIFY(cell(tips, row, TipWindowModel::Summary, Qt::ToolTipRole)
                    .contains(cell(tips, row, TipWindowModel::Summary).toHtmlEscaped()));
    }
    const QAbstractItemModel* model = tips->model();
    QCOMPARE(model->headerData(TipWindowModel::ReceivedAt, Qt::Horizontal).toString(),
             u"Thời điểm tiếp nhận"_s);
    QCOMPARE(model->headerData(TipWindowModel::Channel, Qt::Horizontal).toString(), u"Kênh"_s);
    QVERIFY(countText().contains(QString::number(rows)));
    // Read-only, whole rows, the summary takes the remaining width.
    QCOMPARE(tips->editTriggers(), QAbstractItemView::NoEditTriggers);
    QCOMPARE(tips->horizontalHeader()->sectionResizeMode(TipWindowModel::Summary),
             QHeaderView::Stretch);
    QVERIFY(tips->alternatingRowColors());
}

void TestMainWindow::casesListed() {
    // A page reads the register when it is shown (tst_gui_lazy_pages): show the cases.
    m_window->showArea(ui::MainWindow::Cases);
    QTableView* cases = table("caseList");
    QVERIFY(cases->model()->rowCount() >= 4);
    const int story = findRow(cases, u"VV-0001/2020"_s);
    QVERIFY(story >= 0);
    QCOMPARE(cell(cases, story, CaseListModel::Status), u"Đã kết thúc"_s);
    QCOMPARE(cell(cases, story, CaseListModel::Solved), u"Có"_s);
    QCOMPARE(cell(cases, story, CaseListModel::Hamlet), u"Cây Cám"_s);
    QCOMPARE(cell(cases, story, CaseListModel::LinkedTips), u"2"_s);
    QCOMPARE(cases->model()->headerData(CaseListModel::Title, Qt::Horizontal).toString(),
             u"Tên vụ việc"_s);
    auto* navigation = m_window->findChild<QListWidget*>(u"navigation"_s);
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 8);
    // Vietnamese once lupdate has taken the new strings into binhyen_vi.ts (tiplist.tsv).
    const char* const names[] = {
        "Overview",      "Tips", "Cases", "Review", "People", "Movement", "Statistics & reports",
        "Administration"};
    for (int row = 0; row < 8; ++row)
        QCOMPARE(navigation->item(row)->text(),
                 QCoreApplication::translate("binhyen::ui::MainWindow", names[row]));
    QCOMPARE(navigation->item(1)->text(), u"Tin báo"_s);
    QCOMPARE(navigation->item(2)->text(), u"Vụ việc"_s);
    // The review queue is the chiefs' (this window has no user).
    QVERIFY(!(navigation->item(ui::MainWindow::Review)->flags() & Qt::ItemIsEnabled));
    // Areas not built yet say so.
    navigation->setCurrentRow(ui::MainWindow::Administration);
    auto* pages = m_window->findChild<QStackedWidget*>(u"pages"_s);
    auto* later = qobject_cast<QLabel*>(pages->currentWidget());
    QVERIFY(later);
    QCOMPARE(later->text(), QCoreApplication::translate("binhyen::ui::MainWindow",
                                                        "This part will come in a later version."));
    navigation->setCurrentRow(1);
}

void TestMainWindow::headerClickSorts() {
    QTableView* tips = table("tipList");
    QHeaderView* header = tips->horizontalHeader();
    const QPoint numberHeader(header->sectionViewportPosition(TipWindowModel::Number) + 10,
                              header->height() / 2);
    const QString newest = cell(tips, 0, TipWindowModel::Number);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, numberHeader);
    QCOMPARE(header->sortIndicatorSection(), int(TipWindowModel::Number));
    const Qt::SortOrder order = header->sortIndicatorOrder();
    QCOMPARE(cell(tips, 0, TipWindowModel::Number),
             order == Qt::AscendingOrder ? u"TB-0001/2020"_s : newest);
    if (order == Qt::DescendingOrder)
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, numberHeader);
    QCOMPARE(cell(tips, 0, TipWindowModel::Number), u"TB-0001/2020"_s);
    // Other columns do not sort a list of a million tips.
    const QPoint channelHeader(header->sectionViewportPosition(TipWindowModel::Channel) + 10,
                               header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, channelHeader);
    QVERIFY(header->sortIndicatorSection() != int(TipWindowModel::Channel));
    QCOMPARE(cell(tips, 0, TipWindowModel::Number), u"TB-0001/2020"_s);
    // The order box says the same as the header, and turns the list back to newest first.
    auto* orderBox = m_window->findChild<QComboBox*>(u"orderBox"_s);
    QVERIFY(orderBox);
    QCOMPARE(orderBox->currentIndex(), 1); // oldest first
    orderBox->setCurrentIndex(0);
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(cell(tips, 0, TipWindowModel::Number), newest);
}

void TestMainWindow::statusBarNamesTheRegister() {
    QCOMPARE(m_window->windowTitle(), u"Bình Yên — register.binhyen"_s);
    auto* name = m_window->findChild<QLabel*>(u"registerLabel"_s);
    QVERIFY(name);
    QCOMPARE(name->text(), u"Sổ: register.binhyen"_s);
    auto* id = m_window->findChild<QLabel*>(u"registerIdLabel"_s);
    QVERIFY(id && id->text().contains(m_temp->reg->id().left(8)));
    auto* schema = m_window->findChild<QLabel*>(u"schemaLabel"_s);
    QVERIFY(schema && schema->text().startsWith(u"Lược đồ "_s));
}

void TestMainWindow::screenshots() {
    // The offscreen screen is 800 × 600: show the window at a common laptop size.
    m_window->resize(1280, 720);
    m_window->showArea(ui::MainWindow::Tips);
    QVERIFY(m_window->grab().save(QDir(QDir::tempPath()).filePath(u"binhyen-mainwindow.png"_s)));
    m_window->showArea(ui::MainWindow::Cases);
    QVERIFY(
        m_window->grab().save(QDir(QDir::tempPath()).filePath(u"binhyen-mainwindow-cases.png"_s)));
    m_window->showArea(ui::MainWindow::Tips);
}

void TestMainWindow::menusAndAbout() {
    const QList<QAction*> menus = m_window->menuBar()->actions();
    QCOMPARE(menus.size(), 3);
    QCOMPARE(menus.at(0)->text(), u"&Tệp"_s);
    QCOMPARE(menus.at(1)->text(), u"&Vụ việc"_s);
    QCOMPARE(menus.at(2)->text(), u"Trợ &giúp"_s);
    auto* reload = m_window->findChild<QAction*>(u"reloadAction"_s);
    auto* quit = m_window->findChild<QAction*>(u"quitAction"_s);
    QVERIFY(reload && quit);
    QCOMPARE(reload->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QCOMPARE(quit->text(), u"&Thoát"_s);
    QMenu* file = menus.at(0)->menu();
    file->popup(m_window->mapToGlobal(QPoint(0, m_window->menuBar()->height())));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    QVERIFY(file->grab().save(QDir(QDir::tempPath()).filePath(u"binhyen-menu.png"_s)));
    file->hide();

    // The About box is modal: read, photograph and close it from inside its event loop.
    QString aboutText;
    QTimer::singleShot(0, this, [&aboutText] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        aboutText = box->windowTitle() + u'|' + box->text();
        box->grab().save(QDir(QDir::tempPath()).filePath(u"binhyen-about.png"_s));
        box->buttons().constFirst()->click();
    });
    m_window->findChild<QAction*>(u"aboutAction"_s)->trigger();
    QVERIFY2(aboutText.startsWith(u"Giới thiệu Bình Yên|Bình Yên, phiên bản "_s),
             qPrintable(aboutText));
    QVERIFY(aboutText.contains(u"Công an xã"_s));
}

void TestMainWindow::f5Reloads() {
    QTableView* tips = table("tipList");
    QTableView* cases = table("caseList");
    const int tipCount = tips->model()->rowCount();
    const int caseCount = cases->model()->rowCount();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy reloaded(m_window.get(), &ui::MainWindow::reloaded);
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(reloaded.count(), 1);
    QCOMPARE(tips->model()->rowCount(), tipCount);
    QCOMPARE(cases->model()->rowCount(), caseCount);

    // A tip recorded meanwhile appears on top after F5.
    NewTip tip;
    tip.receivedAt = demoNow().addSecs(600);
    tip.channel = u"hotline"_s;
    tip.receivingOfficerId = 3;
    tip.summary = u"Tin báo thử của kiểm thử giao diện"_s;
    tip.createdBy = 3;
    auto inserted = TipRepo(m_temp->reg->database()).insert(tip);
    QVERIFY2(inserted, qPrintable(inserted.error().text()));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(reloaded.count(), 2);
    QCOMPARE(tips->model()->rowCount(), tipCount + 1);
    QCOMPARE(cell(tips, 0, TipWindowModel::Summary), tip.summary);
    QCOMPARE(cell(tips, 0, TipWindowModel::Channel), u"Đường dây nóng"_s);
    QCOMPARE(cell(tips, 0, TipWindowModel::Status), u"Mới tiếp nhận"_s);
    QVERIFY(countText().contains(QString::number(tipCount + 1)));
}

void TestMainWindow::cleanupTestCase() {
    m_window.reset();
    if (m_temp)
        m_temp->reg->closeThreadConnection();
}

QTEST_MAIN(TestMainWindow)
#include "tst_gui_mainwindow.moc"
