#include "ui/tips/TipStatusBar.h"

#include "models/item/TipWindowModel.h"
#include "models/repo/tips/TipWorkflowRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>

namespace binhyen::ui {

TipStatusBar::TipStatusBar(QSqlDatabase db, const Clock& clock, QAbstractItemView* view,
                           QWidget* parent)
    : QToolBar(parent)
    , m_db(db)
    , m_clock(clock)
    , m_view(view) {
    setObjectName(QStringLiteral("tipStatusBar"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFloatable(false);
    setMovable(false);
    m_menu = new QMenu(this);
    m_menu->setObjectName(QStringLiteral("tipStatusMenu"));
    addStep(TipStep::Verify, "stepVerify");
    addStep(TipStep::Forward, "stepForward");
    addStep(TipStep::Resolve, "stepResolve");
    addStep(TipStep::ToCase, "stepToCase");
    addStep(TipStep::NotAntt, "stepNotAntt");
    addStep(TipStep::Duplicate, "stepDuplicate");
    addSeparator();
    m_menu->addSeparator();
    addStep(TipStep::ProposeValuable, "stepProposeValuable");
    addStep(TipStep::ConfirmValuable, "stepConfirmValuable");
    addStep(TipStep::RejectValuable, "stepRejectValuable");
    addSeparator();
    m_menu->addSeparator();
    addStep(TipStep::Extend, "stepExtend");

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (m_view->indexAt(at).isValid())
            m_menu->popup(m_view->viewport()->mapToGlobal(at));
    });
    // The model is reset by every filter: follow the current row then.
    connect(m_view->model(), &QAbstractItemModel::modelReset, this, &TipStatusBar::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TipStatusBar::refresh);
    refresh();
}

void TipStatusBar::addStep(TipStep step, const char* name) {
    auto* action = new QAction(TipStatusDialog::stepText(step), this);
    action->setObjectName(QLatin1String(name));
    connect(action, &QAction::triggered, this, [this, step] { run(step); });
    m_actions.insert(int(step), action);
    addAction(action);
    m_menu->addAction(action);
}

void TipStatusBar::setSession(const Session* session) {
    m_session = session;
    refresh();
}

void TipStatusBar::refresh() {
    const QModelIndex current = m_view->currentIndex();
    m_tipId = current.isValid() ? current.siblingAtColumn(TipWindowModel::Number)
                                      .data(TipWindowModel::IdRole)
                                      .toLongLong()
                                : 0;
    m_number = current.isValid() ? current.siblingAtColumn(TipWindowModel::Number).data().toString()
                                 : QString();
    for (QAction* action : std::as_const(m_actions))
        action->setEnabled(false);
    if (!m_session || m_tipId <= 0)
        return;
    auto state = TipWorkflowRepo(m_db, m_clock).state(*m_session, m_tipId);
    if (!state)
        return;
    const TipWorkflowState& s = state.value();
    const Role role = m_session->role();
    const bool isNew = s.status == QLatin1String("new");
    const bool verifying = s.status == QLatin1String("verifying");
    const bool open = isNew || verifying;
    const bool change = isAllowed(role, Operation::ChangeTipStatus);
    const bool proposed = !s.valuable && s.valuableProposedBy != 0;
    const bool excluded =
        s.closure == QLatin1String("duplicate") || s.closure == QLatin1String("not_antt");
    const bool confirm = isAllowed(role, Operation::ConfirmValuable) && proposed;
    action(TipStep::Verify)->setEnabled(change && isNew);
    action(TipStep::Forward)->setEnabled(change && open);
    action(TipStep::Resolve)->setEnabled(change && verifying);
    action(TipStep::ToCase)->setEnabled(change && verifying);
    action(TipStep::NotAntt)->setEnabled(change && open);
    action(TipStep::Duplicate)->setEnabled(change && open);
    action(TipStep::ProposeValuable)
        ->setEnabled(isAllowed(role, Operation::ProposeValuable) && !s.valuable &&
                     s.valuableProposedBy == 0 && !excluded);
    action(TipStep::ConfirmValuable)->setEnabled(confirm);
    action(TipStep::RejectValuable)->setEnabled(confirm);
    action(TipStep::Extend)
        ->setEnabled(isAllowed(role, Operation::ExtendTipDeadline) && open && s.extensions < 2);
}

void TipStatusBar::run(TipStep step) {
    if (!m_session || m_tipId <= 0)
        return;
    auto* dialog =
        new TipStatusDialog(m_db, m_clock, *m_session, m_tipId, m_number, step, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 tipId = m_tipId;
    connect(dialog, &QDialog::accepted, this, [this, tipId] { Q_EMIT changed(tipId); });
    dialog->open();
}

} // namespace binhyen::ui
