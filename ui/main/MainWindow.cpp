#include "ui/main/MainWindow.h"

#include "models/domain/Clock.h"
#include "models/item/CaseListModel.h"
#include "models/item/TipListModel.h"
#include "models/repo/CaseRepo.h"
#include "models/repo/TipRepo.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"
#include "ui/main/ListPage.h"
#include "ui/main/SessionActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace binhyen::ui {

MainWindow::MainWindow(Register& reg, QWidget* parent)
    : QMainWindow(parent)
    , m_register(reg)
    , m_clock(std::make_unique<SystemClock>()) {
    build();
}

MainWindow::MainWindow(Register& reg, Session& session, QWidget* parent)
    : QMainWindow(parent)
    , m_register(reg)
    , m_session(&session)
    , m_clock(std::make_unique<SystemClock>()) {
    build();
}

MainWindow::~MainWindow() = default;

void MainWindow::build() {
    setWindowTitle(tr("BinhYen — %1").arg(QFileInfo(m_register.path()).fileName()));

    m_tips = new TipListModel(this);
    m_cases = new CaseListModel(this);
    m_tipPage = new ListPage(
        m_tips, {TipListModel::SortRole, TipListModel::ReceivedAt, TipListModel::Summary}, this);
    m_tipPage->setObjectName(QStringLiteral("tipPage"));
    m_tipPage->view()->setObjectName(QStringLiteral("tipList"));
    m_casePage = new ListPage(
        m_cases, {CaseListModel::SortRole, CaseListModel::OccurredAt, CaseListModel::Title}, this);
    m_casePage->setObjectName(QStringLiteral("casePage"));
    m_casePage->view()->setObjectName(QStringLiteral("caseList"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_tipPage, tr("Tips"));
    m_tabs->addTab(m_casePage, tr("Cases"));
    setCentralWidget(m_tabs);

    buildMenus();
    buildStatusBar();
    fitToScreen();
    reload();
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* reloadAction = file->addAction(tr("&Reload"));
    reloadAction->setObjectName(QStringLiteral("reloadAction"));
    reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(reloadAction, &QAction::triggered, this, &MainWindow::reload);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About BinhYen"));
    about->setObjectName(QStringLiteral("aboutAction"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    if (m_session) {
        m_actions =
            new SessionActions(this, m_register, *m_session, *m_clock, m_tipPage->view(), m_tips);
        m_actions->install(help);
    }
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

void MainWindow::fitToScreen() {
    // Wide enough for the long columns, never larger than the screen (1366 × 768 is common).
    const QRect available = screen()->availableGeometry();
    resize(qMin(1400, available.width() * 9 / 10), qMin(860, available.height() * 9 / 10));
}

void MainWindow::reload() {
    loadTips();
    loadCases();
    Q_EMIT reloaded();
}

void MainWindow::loadTips() {
    auto rows = TipRepo(m_register.database()).listNewest(kListLimit + 1);
    if (!rows) {
        showError(this, tr("The tips could not be loaded"), rows.error());
        return;
    }
    QList<TipRow> list = rows.take();
    const bool capped = list.size() > kListLimit;
    if (capped)
        list.resize(kListLimit);
    const auto shown = list.size();
    m_tips->reload(std::move(list));
    m_tipPage->setCaption(capped ? tr("Showing the %1 newest tips").arg(kListLimit)
                                 : tr("%1 tips").arg(shown));
    m_tipPage->fitColumns();
}

void MainWindow::loadCases() {
    auto rows = CaseRepo(m_register.database()).listNewest(kListLimit + 1);
    if (!rows) {
        showError(this, tr("The cases could not be loaded"), rows.error());
        return;
    }
    QList<CaseRow> list = rows.take();
    const bool capped = list.size() > kListLimit;
    if (capped)
        list.resize(kListLimit);
    const auto shown = list.size();
    m_cases->reload(std::move(list));
    m_casePage->setCaption(capped ? tr("Showing the %1 newest cases").arg(kListLimit)
                                  : tr("%1 cases").arg(shown));
    m_casePage->fitColumns();
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
