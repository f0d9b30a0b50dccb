#include "ui/main/MainWindow.h"

#include "models/domain/Clock.h"
#include "models/item/TipWindowModel.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/cases/CaseListPage.h"
#include "ui/cases/CaseWindows.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dialogs/Messages.h"
#include "ui/main/SessionActions.h"
#include "ui/main/TipListPage.h"
#include "ui/persons/PeoplePage.h"
#include "ui/persons/ResidentImportDialog.h"
#include "ui/report/ReportDialog.h"
#include "ui/review/ReviewPage.h"
#include "ui/stats/StatisticsArea.h"
#include "ui/stats/StatisticsPage.h"
#include "ui/tips/ImportDialog.h"
#include "ui/tips/TipFormDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace binhyen::ui {

MainWindow::MainWindow(Register& reg, QWidget* parent)
    : MainWindow(reg, nullptr, std::make_unique<SystemClock>(), parent) {}

MainWindow::MainWindow(Register& reg, Session& session, QWidget* parent)
    : MainWindow(reg, &session, std::make_unique<SystemClock>(), parent) {}

MainWindow::MainWindow(Register& reg, Session* session, std::unique_ptr<Clock> clock,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_register(reg)
    , m_session(session)
    , m_clock(std::move(clock)) {
    build();
}

MainWindow::~MainWindow() = default;

void MainWindow::build() {
    setWindowTitle(tr("BinhYen — %1").arg(QFileInfo(m_register.path()).fileName()));
    buildPages();
    buildMenus();
    buildStatusBar();
    restoreLayout();
    // Nothing is read yet: each page reads when it is first shown.
    m_stale.fill(true);
}

void MainWindow::buildPages() {
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setSpacing(3);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("pages"));

    // An officer's dashboard lists their own tips; a chief's (and without a user) every tip.
    std::optional<qint64> scope;
    if (m_session && !m_session->isChief() && m_session->role() == Role::Officer)
        scope = m_session->userId();
    m_dashboard = new DashboardPage(m_register.database(), *m_clock, scope, this);
    m_dashboard->setObjectName(QStringLiteral("dashboardPage"));
    m_tipPage = new TipListPage(m_register.database(), *m_clock, this);
    m_tipPage->setObjectName(QStringLiteral("tipPage"));
    m_tipPage->setSession(m_session); // the workflow steps the user may take on a tip
    m_caseWindows = new CaseWindows(m_register, *m_clock, m_session, this);
    connect(m_caseWindows, &CaseWindows::changed, this, &MainWindow::reload);
    m_casePage = new CaseListPage(m_register, *m_clock, m_session, this);
    m_casePage->setObjectName(QStringLiteral("casePage"));
    connect(m_casePage, &CaseListPage::caseActivated, this, &MainWindow::openCase);
    connect(m_casePage, &CaseListPage::newCaseRequested, this, &MainWindow::newCase);
    auto showTip = [this](qint64 id) {
        showArea(Tips);
        tipPage()->showTip(id); // read first when the window is hidden
    };
    connect(m_dashboard, &DashboardPage::tipActivated, this, showTip);

    const bool chief = m_session && m_session->isChief();
    QWidget* review = nullptr;
    if (chief) {
        auto* page = new ReviewPage(m_register, *m_clock, *m_session, this, false);
        connect(page, &ReviewPage::tipActivated, this, showTip);
        connect(page, &ReviewPage::caseActivated, this, &MainWindow::openCase);
        connect(page, &ReviewPage::changed, this, [this] { changedOn(Review); });
        m_reviewPage = review = page;
    } else {
        auto* label = new QLabel(tr("Only the station chief reviews the queue."), this);
        label->setAlignment(Qt::AlignCenter);
        review = label;
    }
    review->setObjectName(QStringLiteral("reviewPage"));
    m_peoplePage = new PeoplePage(m_register, *m_clock, m_session, this);
    m_peoplePage->setObjectName(QStringLiteral("peoplePage"));
    connect(m_peoplePage, &PeoplePage::caseActivated, this, &MainWindow::openCase);

    const QString names[] = {tr("Overview"),
                             tr("Tips"),
                             tr("Cases"),
                             tr("Review"),
                             tr("People"),
                             tr("Movement"),
                             tr("Statistics & reports"),
                             tr("Administration")};
    for (const QString& name : names)
        m_navigation->addItem(name);
    if (!chief) {
        QListWidgetItem* item = m_navigation->item(Review);
        item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        item->setToolTip(tr("Only the station chief reviews the queue."));
    }
    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_tipPage);
    m_stack->addWidget(m_casePage);
    m_stack->addWidget(review);
    m_stack->addWidget(m_peoplePage);
    // The movement area reads its tabs as it is built: built when first shown.
    m_movement = new QWidget(this);
    m_movement->setObjectName(QStringLiteral("movementArea"));
    (new QVBoxLayout(m_movement))->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_movement);
    QWidget* statistics = createStatisticsArea(m_register, *m_clock, m_session, this);
    m_stack->addWidget(statistics);
    if (StatisticsPage* page = statisticsPageOf(statistics)) {
        connect(page, &StatisticsPage::openTip, this, showTip);
        connect(page, &StatisticsPage::openCase, this, &MainWindow::openCase);
        connect(page, &StatisticsPage::reportRequested, this, &MainWindow::openReport);
    }
    auto* later = new QLabel(tr("This part will come in a later version."), this);
    later->setObjectName(QStringLiteral("notYet"));
    later->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(later); // Administration: the Administration menu for now
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack,
            &QStackedWidget::setCurrentIndex);
    // The People page is a search: its box takes the focus when the area is chosen (a click,
    // Enter, showArea), not while the arrows move through the navigation.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == People && !m_navigation->hasFocus())
            m_peoplePage->focusSearch();
    });
    auto chosen = [this](QListWidgetItem* item) {
        if (m_navigation->row(item) == People)
            m_peoplePage->focusSearch();
    };
    connect(m_navigation, &QListWidget::itemClicked, this, chosen);
    connect(m_navigation, &QListWidget::itemActivated, this, chosen);
    // A page reads the register when it is shown (the window shown, or its area chosen).
    for (int area = Dashboard; area <= Movement; ++area)
        m_stack->widget(area)->installEventFilter(this);
    m_navigation->setCurrentRow(Dashboard);
    const int width = m_navigation->sizeHintForColumn(0) + 28;
    m_navigation->setMinimumWidth(qMin(width, 240));

    m_splitter = new QSplitter(this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({qMin(width, 240), 1000});
    setCentralWidget(m_splitter);
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* add = file->addAction(tr("Record a new tip"));
    add->setObjectName(QStringLiteral("newTipAction"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    add->setShortcutContext(Qt::ApplicationShortcut);
    connect(add, &QAction::triggered, this, &MainWindow::newTip);
    QAction* find = file->addAction(tr("&Search tips"));
    find->setObjectName(QStringLiteral("searchAction"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(find, &QAction::triggered, this, &MainWindow::focusSearch);
    QAction* reloadAction = file->addAction(tr("&Reload"));
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(reloadAction, &QAction::triggered, this, &MainWindow::reload);
    file->addSeparator();
    QAction* importAction = file->addAction(tr("Import the old tip register (CSV)…"));
    importAction->setObjectName(QStringLiteral("importAction"));
    importAction->setEnabled(m_session && isAllowed(m_session->role(), Operation::ImportRecords));
    connect(importAction, &QAction::triggered, this, &MainWindow::importTips);
    QAction* importResidentsAction =
        file->addAction(tr("Import residents from a hamlet's sheet (CSV)…"));
    importResidentsAction->setObjectName(QStringLiteral("importResidentsAction"));
    importResidentsAction->setEnabled(m_session &&
                                      isAllowed(m_session->role(), Operation::ImportRecords));
    connect(importResidentsAction, &QAction::triggered, this, &MainWindow::importResidents);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    buildCaseMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About BinhYen"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    if (m_session) {
        m_actions = new SessionActions(this, m_register, *m_session, *m_clock, m_tipPage->view(),
                                       m_tipPage->view()->model());
        m_actions->install(help);
        connect(m_actions, &SessionActions::changed, this, &MainWindow::reload);
    }
}

void MainWindow::buildCaseMenu() {
    m_caseWindows->buildMenu(menuBar(), [this] { return selectedTip(); });
}

qint64 MainWindow::selectedTip() const {
    const QModelIndex current = m_tipPage->view()->currentIndex();
    return current.isValid() ? current.data(TipWindowModel::IdRole).toLongLong() : 0;
}

ReportDialog* MainWindow::openReport(const QString& month) {
    if (!m_session)
        return nullptr;
    auto* dialog = new ReportDialog(m_register.database(), *m_clock, *m_session, month, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

CaseWindow* MainWindow::openCase(qint64 caseId) {
    return m_caseWindows->open(caseId);
}

NewCaseDialog* MainWindow::newCase() {
    return m_caseWindows->newCase(0);
}

NewCaseDialog* MainWindow::openCaseFromTip(qint64 tipId) {
    return m_caseWindows->newCase(tipId);
}

CaseSuggestionsDialog* MainWindow::suggestCasesForTip(qint64 tipId) {
    return m_caseWindows->suggestForTip(tipId);
}

void MainWindow::buildStatusBar() {
    if (m_session) {
        auto* user = new QLabel(
            tr("%1 — %2").arg(m_session->fullName(), roleLabel(m_session->role())), this);
        user->setObjectName(QStringLiteral("userLabel"));
        user->setToolTip(m_session->username());
        user->setContentsMargins(6, 0, 6, 0);
        statusBar()->addPermanentWidget(user);
    }
    const QFileInfo file(m_register.path());
    auto* name = new QLabel(tr("Register: %1").arg(file.fileName()), this);
    name->setObjectName(QStringLiteral("registerLabel"));
    name->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));
    statusBar()->addPermanentWidget(name, 1);

    auto* id = new QLabel(tr("ID: %1").arg(m_register.id().left(8)), this);
    id->setObjectName(QStringLiteral("registerIdLabel"));
    id->setToolTip(m_register.id());
    statusBar()->addPermanentWidget(id);

    auto schema = m_register.schemaVersion();
    auto* version = new QLabel(schema ? tr("Schema %1").arg(schema.value()) : QString(), this);
    version->setObjectName(QStringLiteral("schemaLabel"));
    statusBar()->addPermanentWidget(version);
    for (QLabel* label : {name, id, version})
        label->setContentsMargins(6, 0, 6, 0);
}

QString MainWindow::settingsGroup() const {
    const QString user = m_session ? m_session->username() : QStringLiteral("-");
    return QStringLiteral("layout/") + user;
}

void MainWindow::restoreLayout() {
    QSettings settings;
    settings.beginGroup(settingsGroup());
    if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray())) {
        // Wide enough for the long columns, never larger than the screen (1366 × 768 is common).
        const QRect available = screen()->availableGeometry();
        resize(qMin(1400, available.width() * 9 / 10), qMin(860, available.height() * 9 / 10));
    }
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    m_tipPage->view()->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("tipColumns")).toByteArray());
}

void MainWindow::saveLayout() const {
    QSettings settings;
    settings.beginGroup(settingsGroup());
    settings.setValue(QStringLiteral("geometry"), saveGeometry());
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("tipColumns"),
                      m_tipPage->view()->horizontalHeader()->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveLayout();
    QMainWindow::closeEvent(event);
}

void MainWindow::showArea(Area area) {
    m_navigation->setCurrentRow(area);
    if (area == People)
        m_peoplePage->focusSearch();
}

MainWindow::Area MainWindow::currentArea() const {
    return Area(m_stack->currentIndex());
}

void MainWindow::focusSearch() {
    showArea(Tips);
    m_tipPage->searchBox()->setFocus(Qt::ShortcutFocusReason);
    m_tipPage->searchBox()->selectAll();
}

void MainWindow::newTip() {
    if (!m_session) {
        showInfo(this, tr("Record a new tip"), tr("Log on to record a tip."));
        return;
    }
    auto* form = new TipFormDialog(m_register, *m_clock, *m_session, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &TipFormDialog::tipSaved, this, &MainWindow::reload);
    form->open();
}

void MainWindow::importResidents() {
    if (!m_session || !isAllowed(m_session->role(), Operation::ImportRecords))
        return;
    auto* dialog = new ResidentImportDialog(m_register, *m_clock, *m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResidentImportDialog::imported, this, &MainWindow::reload);
    dialog->open();
}

void MainWindow::importTips() {
    if (!m_session || !isAllowed(m_session->role(), Operation::ImportRecords))
        return;
    auto* dialog = new ImportDialog(m_register, *m_clock, *m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, &MainWindow::reload);
    dialog->open();
}

void MainWindow::showAbout() {
    const QString text =
        tr("BinhYen, version %1").arg(QCoreApplication::applicationVersion()) +
        QStringLiteral("\n\n") +
        tr("A register of tips and of the movement for national security protection, for commune "
           "police.");
    showInfo(this, tr("About BinhYen"), text);
}

} // namespace binhyen::ui
