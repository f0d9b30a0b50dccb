// The tips register view over the demo register: accent-blind search, the clock filters, the
// dashboard's due and overdue lists, the windowed model over 20,000 tips, and the layout
// remembered per user.
#include "models/domain/Clock.h"
#include "models/item/TipWindowModel.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/tips/SearchRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Session.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/main/MainWindow.h"
#include "ui/main/TipListPage.h"

#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>
#include <tuple>

using namespace binhyen;
using namespace Qt::StringLiterals;

class TestTipList : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchIsAccentBlind_data();
    void searchIsAccentBlind();
    void overdueFilter();
    void dashboardListsDueAndOverdue();
    void officerSeesOwnTips();
    void layoutRememberedPerUser();
    void windowedModelOverManyTips();
    void cleanupTestCase();

private:
    static QDateTime demoNow() {
        return QDateTime(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone());
    }
    std::unique_ptr<ui::MainWindow> open(Session& session) {
        auto window = std::make_unique<ui::MainWindow>(*m_temp->reg, &session,
                                                       std::make_unique<FixedClock>(demoNow()));
        window->resize(1280, 720);
        window->show();
        return window;
    }
    void typeSearch(const QString& text) {
        QLineEdit* box = m_window->tipPage()->searchBox();
        box->clear();
        QTest::keyClicks(box, text); // ASCII only (STACK-NOTES)
        QTest::keyClick(box, Qt::Key_Return);
    }
    static void shoot(QWidget* widget, const QString& name) {
        QVERIFY(widget->grab().save(QDir(QDir::tempPath()).filePath(name)));
    }
    qint64 userId(const QString& name) const {
        QSqlQuery q(m_temp->reg->database());
        q.prepare(u"SELECT id FROM users WHERE username = ?"_s);
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }

    std::unique_ptr<test::TempRegister> m_temp;
    Session m_chief;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestTipList::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    test::useVietnamese();
    // Screenshots of strings not yet in binhyen_vi.ts: BINHYEN_EXTRA_QM=file.qm adds them.
    static QTranslator extra;
    if (extra.load(qEnvironmentVariable("BINHYEN_EXTRA_QM")))
        QCoreApplication::installTranslator(&extra);
    QSettings().remove(u"layout"_s);
    m_temp = std::make_unique<test::TempRegister>();
    auto filled = DemoRepo(m_temp->reg->database())
                      .fill(FixedClock(demoNow()), KeyDerivation::escrowKey(m_temp->recovery));
    QVERIFY2(filled, qPrintable(filled.error().text()));
    m_chief = Session(userId(u"truong"_s), u"truong"_s, u"Lê Văn Trưởng"_s, Role::Chief, 0, {}, {});
    // The demo's open tips are all within their clocks at its "now": two more are overdue.
    const qint64 officer = userId(u"canbo1"_s);
    for (const auto& [hoursAgo, summary, by] :
         {std::tuple{30, u"Tố giác nhóm thanh niên tụ tập đánh bạc tại quán nước ấp Láng Dài"_s,
                     officer},
          std::tuple{40, u"Tin báo mất trộm xe máy trước chợ Đất Đỏ, biển số 72E1-123.45"_s,
                     m_chief.userId()}}) {
        NewTip tip;
        tip.receivedAt = demoNow().addSecs(-3600 * hoursAgo);
        tip.channel = u"phone"_s;
        tip.receivingOfficerId = by;
        tip.createdBy = by;
        tip.classification = u"to_giac"_s;
        tip.summary = summary;
        tip.dueAt = tip.receivedAt.addSecs(24 * 3600);
        tip.createdAt = tip.receivedAt;
        auto inserted = TipRepo(m_temp->reg->database()).insert(tip);
        QVERIFY2(inserted, qPrintable(inserted.error().text()));
    }
    m_window = open(m_chief);
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->currentArea(), ui::MainWindow::Dashboard);
    shoot(m_window.get(), u"binhyen-dashboard.png"_s);
}

void TestTipList::searchIsAccentBlind_data() {
    QTest::addColumn<QString>("query");
    QTest::newRow("lang dai") << u"lang dai"_s;
    QTest::newRow("LANG DAI") << u"LANG DAI"_s;
    QTest::newRow("dat do") << u"dat do"_s;
    QTest::newRow("trom cap") << u"trom cap"_s; // "trộm cắp" is a category, not in the text
    QTest::newRow("trom") << u"trom"_s;
    QTest::newRow("plate") << u"72e112345"_s;
}

void TestTipList::searchIsAccentBlind() {
    QFETCH(QString, query);
    auto hits = SearchRepo(m_temp->reg->database()).search(m_chief, query, 0);
    QVERIFY(hits);
    // The tip list shows the tips among the hits (cases have their own list).
    Result<QList<SearchHit>> expected = QList<SearchHit>();
    for (const SearchHit& hit : hits.value()) {
        if (hit.kind == u"tip"_s)
            expected.value().append(hit);
    }
    QVERIFY(!expected.value().isEmpty() || query == u"trom cap"_s);
    m_window->focusSearch();
    QCOMPARE(m_window->currentArea(), ui::MainWindow::Tips);
    typeSearch(query);
    TipWindowModel* model = m_window->tipPage()->model();
    QCOMPARE(model->rowCount(), int(expected.value().size()));
    // Newest first, the same tips as the search.
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->tipId(row), expected.value().at(row).id);
    auto* count = m_window->tipPage()->findChild<QLabel*>(u"resultCount"_s);
    QVERIFY(count->text().contains(QString::number(model->rowCount())));
    if (query == u"lang dai"_s)
        shoot(m_window.get(), u"binhyen-tiplist-search.png"_s);
}

void TestTipList::overdueFilter() {
    typeSearch({});
    TipWindowModel* model = m_window->tipPage()->model();
    const int all = model->rowCount();
    auto* overdue = m_window->tipPage()->findChild<QCheckBox*>(u"overdueFilter"_s);
    overdue->setChecked(true);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex due = model->index(row, TipWindowModel::Due);
        QVERIFY(due.data(TipWindowModel::OverdueRole).toBool());
        const QDateTime at =
            QDateTime::fromString(due.data().toString(), u"dd/MM/yyyy HH:mm"_s).date().startOfDay();
        QVERIFY(at.date() <= demoNow().date());
    }
    shoot(m_window.get(), u"binhyen-tiplist-overdue.png"_s);
    auto* soon = m_window->tipPage()->findChild<QCheckBox*>(u"dueSoonFilter"_s);
    soon->setChecked(true);
    QVERIFY(!overdue->isChecked());
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(!model->index(row, TipWindowModel::Due).data(TipWindowModel::OverdueRole).toBool());
    soon->setChecked(false);
    QCOMPARE(model->rowCount(), all);
}

void TestTipList::dashboardListsDueAndOverdue() {
    ui::DashboardPage* dashboard = m_window->dashboard();
    const int overdue = dashboard->overdue()->rowCount();
    QVERIFY(overdue > 0);
    for (int row = 0; row < overdue; ++row)
        QVERIFY(dashboard->overdue()
                    ->index(row, TipWindowModel::Due)
                    .data(TipWindowModel::OverdueRole)
                    .toBool());
    QCOMPARE(dashboard->findChild<QLabel*>(u"overdueListTitle"_s)->text(),
             QCoreApplication::translate("binhyen::ui::DashboardPage", "Overdue: %1").arg(overdue));
    QVERIFY(dashboard->findChild<QLabel*>(u"dashboardCounts"_s)->text().contains(u"28/11/2026"_s));
    // Double-click opens the tip in the register.
    const qint64 id = dashboard->overdue()->tipId(0);
    m_window->showArea(ui::MainWindow::Dashboard);
    Q_EMIT dashboard->tipActivated(id);
    QCOMPARE(m_window->currentArea(), ui::MainWindow::Tips);
    QTableView* view = m_window->tipPage()->view();
    QCOMPARE(view->currentIndex().data(TipWindowModel::IdRole).toLongLong(), id);
}

void TestTipList::officerSeesOwnTips() {
    const qint64 officer = userId(u"canbo1"_s);
    QVERIFY(officer > 0);
    Session session(officer, u"canbo1"_s, u"Cán bộ"_s, Role::Officer, 0, {}, {});
    auto window = open(session);
    TipWindowModel* own = window->dashboard()->overdue();
    QVERIFY(own->rowCount() <= m_window->dashboard()->overdue()->rowCount());
    QSqlQuery q(m_temp->reg->database());
    for (int row = 0; row < own->rowCount(); ++row) {
        q.prepare(u"SELECT receiving_officer_id = ?1 OR created_by = ?1 FROM tips WHERE id = ?2"_s);
        q.addBindValue(officer);
        q.addBindValue(own->tipId(row));
        QVERIFY(q.exec() && q.next() && q.value(0).toBool());
    }
}

void TestTipList::layoutRememberedPerUser() {
    QSplitter* splitter = m_window->findChild<QSplitter*>(u"mainSplitter"_s);
    splitter->setSizes({300, 980});
    QTableView* view = m_window->tipPage()->view();
    view->setColumnWidth(TipWindowModel::Channel, 177);
    m_window->close();
    QSettings settings;
    QVERIFY(settings.childGroups().contains(u"layout"_s));
    settings.beginGroup(u"layout"_s);
    QVERIFY(settings.childGroups().contains(u"truong"_s));
    m_window = open(m_chief);
    QCOMPARE(m_window->tipPage()->view()->columnWidth(TipWindowModel::Channel), 177);
    QCOMPARE(m_window->findChild<QSplitter*>(u"mainSplitter"_s)->sizes().constFirst(), 300);
}

void TestTipList::windowedModelOverManyTips() {
    // BINHYEN_TIPLIST_TIPS=1000000 measures at a million tips.
    const int extra = qEnvironmentVariableIsSet("BINHYEN_TIPLIST_TIPS")
                          ? qEnvironmentVariableIntValue("BINHYEN_TIPLIST_TIPS")
                          : 20000;
    QSqlDatabase db = m_temp->reg->database();
    QVERIFY(db.transaction());
    NewTip tip;
    tip.channel = u"phone"_s;
    tip.receivingOfficerId = m_chief.userId();
    tip.createdBy = m_chief.userId();
    tip.address = u"ấp Láng Dài, xã Đất Đỏ"_s;
    for (int i = 0; i < extra; ++i) {
        tip.receivedAt = demoNow().addSecs(60 * (i + 1));
        tip.summary = u"Tin báo sinh thử số %1"_s.arg(i);
        QVERIFY(TipRepo(db).insert(tip));
    }
    QVERIFY(db.commit());
    QElapsedTimer timer;
    timer.start();
    TipWindowModel model(db);
    QVERIFY(model.setFilter(TipFilter{}));
    QVERIFY(model.rowCount() > extra);
    const qint64 opened = timer.restart();
    QCOMPARE(model.index(0, TipWindowModel::Summary).data().toString(),
             u"Tin báo sinh thử số %1"_s.arg(extra - 1));
    const qint64 first = timer.restart();
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, TipWindowModel::Number).data().toString(), u"TB-0001/2020"_s);
    const qint64 jump = timer.restart();
    QVERIFY(!model.index(last / 2, TipWindowModel::Number).data().toString().isEmpty());
    const qint64 middle = timer.restart();
    qInfo("%d tips: count %lld ms, first page %lld ms, jump to the end %lld ms, to the middle "
          "%lld ms",
          model.rowCount(), opened, first, jump, middle);
    const int step = qMax(97, model.rowCount() / 50);
    for (int row = 0; row < model.rowCount(); row += step) {
        QVERIFY(!model.index(row, TipWindowModel::Number).data().toString().isEmpty());
        QVERIFY(model.cachedPages() <= TipWindowModel::kMaxPages);
    }
    const qint64 scrolled = timer.restart();
    TipFilter search;
    search.search = u"dat do"_s;
    QVERIFY(model.setFilter(search));
    QVERIFY(model.rowCount() >= extra);
    QVERIFY(!model.index(0, 0).data().toString().isEmpty());
    const qint64 searched = timer.restart();
    QVERIFY(!model.index(model.rowCount() - 1, 0).data().toString().isEmpty());
    const qint64 searchEnd = timer.restart();
    QVERIFY(model.cachedPages() <= TipWindowModel::kMaxPages);
    qInfo("jumps over the list: %lld ms; \"dat do\" count + first page %lld ms, its end %lld ms",
          scrolled, searched, searchEnd);
}

void TestTipList::cleanupTestCase() {
    m_window.reset();
    QSettings().remove(u"layout"_s);
    if (m_temp)
        m_temp->reg->closeThreadConnection();
}

QTEST_MAIN(TestTipList)
#include "tst_gui_tiplist.moc"
