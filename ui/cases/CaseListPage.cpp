#include "ui/cases/CaseListPage.h"

#include "models/domain/CaseLabels.h"
#include "models/domain/Labels.h"
#include "models/item/CaseListModel.h"
#include "models/repo/cases/CaseRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/main/ListPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

// Enter on the list opens the selected case (a table view would move to the next row).
class EnterOpens : public QObject {
public:
    EnterOpens(QTableView* view, std::function<void()> open)
        : QObject(view)
        , m_open(std::move(open)) {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_open();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_open;
};

} // namespace

CaseListPage::CaseListPage(Register& reg, const Clock& clock, const Session* session,
                           QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session) {
    m_model = new CaseListModel(this);
    m_list = new ListPage(
        m_model, {CaseListModel::SortRole, CaseListModel::OpenedAt, CaseListModel::Title}, this);
    m_list->setObjectName(QStringLiteral("caseListPage"));
    m_list->view()->setObjectName(QStringLiteral("caseList"));
    // Solved or not shows in the status and review of a closed case (and in its window).
    m_list->view()->setColumnHidden(CaseListModel::Solved, true);
    buildFilterBar();

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(0);
    box->addWidget(findChild<QWidget*>(QStringLiteral("caseFilterBar")));
    box->addWidget(m_list, 1);

    auto open = [this] {
        if (const qint64 id = selectedCase(); id > 0)
            Q_EMIT caseActivated(id);
    };
    connect(m_list->view(), &QTableView::doubleClicked, this, open);
    new EnterOpens(m_list->view(), open);
}

void CaseListPage::buildFilterBar() {
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("caseFilterBar"));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search cases: words without accents are fine (cay cam, trom xe may)"));
    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("caseStatusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    QStringList statuses = openCaseStatuses();
    statuses << QStringLiteral("closed");
    for (const QString& status : statuses)
        m_status->addItem(caseStatusLabel(status), status);
    m_mine = new QCheckBox(tr("&Mine"), bar);
    m_mine->setObjectName(QStringLiteral("mineFilter"));
    m_mine->setToolTip(tr("Only the cases assigned to me"));
    m_pending = new QCheckBox(tr("&Waiting for the chief"), bar);
    m_pending->setObjectName(QStringLiteral("pendingFilter"));
    m_pending->setToolTip(tr("Only the cases whose closure waits for the chief's review"));
    m_new = new QPushButton(tr("&New case…"), bar);
    m_new->setObjectName(QStringLiteral("newCaseButton"));
    m_new->setToolTip(tr("Open a new case (Ctrl+Shift+N)"));
    connect(m_new, &QPushButton::clicked, this, &CaseListPage::newCaseRequested);

    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 6, 6, 0);
    row->addWidget(m_search, 1);
    row->addWidget(m_status);
    row->addWidget(m_mine);
    row->addWidget(m_pending);
    row->addSpacing(12);
    row->addWidget(m_new);

    const bool canRead = m_session && isAllowed(m_session->role(), Operation::ReadRecords);
    for (QWidget* w : {static_cast<QWidget*>(m_search), static_cast<QWidget*>(m_status),
                       static_cast<QWidget*>(m_mine), static_cast<QWidget*>(m_pending)}) {
        w->setEnabled(canRead);
        if (!canRead)
            w->setToolTip(tr("Log on to search and filter the cases."));
    }
    const bool canWrite = m_session && isAllowed(m_session->role(), Operation::WriteRecords);
    m_new->setEnabled(canWrite);
    if (!canWrite)
        m_new->setToolTip(tr("Your role may not open cases."));

    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &CaseListPage::reload);
    connect(m_search, &QLineEdit::returnPressed, this, &CaseListPage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseListPage::reload);
    for (QCheckBox* check : {m_mine, m_pending})
        connect(check, &QCheckBox::toggled, this, &CaseListPage::reload);
}

QTableView* CaseListPage::view() const {
    return m_list->view();
}

qint64 CaseListPage::selectedCase() const {
    const QModelIndex current = m_list->view()->currentIndex();
    return current.isValid() ? current.data(CaseListModel::IdRole).toLongLong() : 0;
}

void CaseListPage::reload() {
    const qint64 kept = selectedCase();
    CaseRepo repo(m_register.database(), m_clock);
    Result<QList<CaseRow>> rows = QList<CaseRow>();
    const bool canRead = m_session && isAllowed(m_session->role(), Operation::ReadRecords);
    if (canRead) {
        CaseFilter filter;
        filter.status = m_status->currentData().toString();
        if (m_mine->isChecked())
            filter.assignedOfficerId = m_session->userId();
        filter.reviewPendingOnly = m_pending->isChecked();
        filter.text = m_search->text();
        filter.limit = kListLimit + 1;
        rows = repo.list(*m_session, filter);
    } else {
        rows = repo.listNewest(kListLimit + 1);
    }
    if (!rows) {
        m_list->setCaption(rows.error().message);
        return;
    }
    QList<CaseRow> list = rows.take();
    const bool capped = list.size() > kListLimit;
    if (capped)
        list.resize(kListLimit);
    const auto shown = list.size();
    m_model->reload(std::move(list));
    m_list->setCaption(capped ? tr("Showing the %1 newest cases").arg(kListLimit)
                              : tr("%1 cases").arg(shown));
    fitColumns();
    if (kept > 0)
        selectCase(kept);
}

// Narrow enough for the title to keep a readable width on a 1366-pixel screen; the full text of
// a cut cell is in its tooltip.
void CaseListPage::fitColumns() {
    m_list->fitColumns();
    static const struct {
        int column;
        int width;
    } caps[] = {{CaseListModel::Number, 100},     {CaseListModel::OpenedAt, 120},
                {CaseListModel::OccurredAt, 120}, {CaseListModel::Type, 150},
                {CaseListModel::Hamlet, 110},     {CaseListModel::Status, 130},
                {CaseListModel::Review, 110},     {CaseListModel::LinkedTips, 70},
                {CaseListModel::Contributed, 80}};
    QTableView* view = m_list->view();
    for (const auto& cap : caps)
        view->setColumnWidth(cap.column, qMin(view->columnWidth(cap.column), cap.width));
}

void CaseListPage::selectCase(qint64 caseId) {
    QAbstractItemModel* proxy = m_list->view()->model();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const QModelIndex index = proxy->index(row, CaseListModel::Number);
        if (index.data(CaseListModel::IdRole).toLongLong() == caseId) {
            m_list->view()->setCurrentIndex(index);
            return;
        }
    }
}

} // namespace binhyen::ui
