#include "ui/main/SessionActions.h"

#include "models/item/TipWindowModel.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/admin/NeighboursDialog.h"
#include "ui/admin/OfficeHoursDialog.h"
#include "ui/admin/PlacesDialog.h"
#include "ui/admin/RulesDialog.h"
#include "ui/admin/StationHistoryDialog.h"
#include "ui/admin/StationKeyDialog.h"
#include "ui/audit/AuditDialog.h"
#include "ui/identity/RevealDialog.h"
#include "ui/persons/DuplicatesDialog.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>

namespace binhyen::ui {

SessionActions::SessionActions(QMainWindow* window, Register& reg, Session& session,
                               const Clock& clock, QTableView* tipView, QAbstractItemModel* tips)
    : QObject(window)
    , m_window(window)
    , m_register(reg)
    , m_session(session)
    , m_clock(clock)
    , m_tipView(tipView)
    , m_tips(tips) {}

void SessionActions::install(QMenu* before) {
    installAdministration(before);
    if (isAllowed(m_session.role(), Operation::RevealIdentity)) {
        m_reveal = new QAction(tr("See who gave this tip…"), m_window);
        m_reveal->setObjectName(QStringLiteral("revealAction"));
        m_reveal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
        m_reveal->setToolTip(tr("Reveal the sealed identity of the selected tip's informant, "
                                "with a written reason (recorded in the audit trail)"));
        connect(m_reveal, &QAction::triggered, this, &SessionActions::openReveal);
    }
    installTipActions();
}

void SessionActions::installAdministration(QMenu* before) {
    const Role role = m_session.role();
    const bool accounts = isAllowed(role, Operation::ManageAccounts);
    const bool audit = isAllowed(role, Operation::ViewAudit);
    const bool rules = isAllowed(role, Operation::ReadRecords);
    if (!accounts && !audit && !rules)
        return;
    auto* admin = new QMenu(tr("&Administration"), m_window);
    admin->setObjectName(QStringLiteral("adminMenu"));
    m_window->menuBar()->insertMenu(before ? before->menuAction() : nullptr, admin);
    if (accounts) {
        QAction* action = admin->addAction(tr("&Accounts…"));
        action->setObjectName(QStringLiteral("accountsAction"));
        connect(action, &QAction::triggered, this, &SessionActions::openAccounts);
    }
    if (audit) {
        QAction* action = admin->addAction(tr("A&udit trail…"));
        action->setObjectName(QStringLiteral("auditAction"));
        connect(action, &QAction::triggered, this, &SessionActions::openAudit);
    }
    if (!rules)
        return;
    QAction* action = admin->addAction(tr("Legal &deadlines and days off…"));
    action->setObjectName(QStringLiteral("rulesAction"));
    connect(action, &QAction::triggered, this, &SessionActions::openRules);
    // Read-only for the roles that may not change them (the dialogs say so).
    admin->addSeparator();
    action = admin->addAction(tr("&Neighbouring hamlets…"));
    action->setObjectName(QStringLiteral("neighboursAction"));
    connect(action, &QAction::triggered, this, &SessionActions::openNeighbours);
    action = admin->addAction(tr("&Office hours of the Zalo groups…"));
    action->setObjectName(QStringLiteral("officeHoursAction"));
    connect(action, &QAction::triggered, this, &SessionActions::openOfficeHours);
    action = admin->addAction(tr("Du&plicate persons…"));
    action->setObjectName(QStringLiteral("duplicatesAction"));
    connect(action, &QAction::triggered, this, &SessionActions::openDuplicates);
    action = admin->addAction(tr("&Hamlets of the commune…"));
    action->setObjectName(QStringLiteral("placesAction"));
    connect(action, &QAction::triggered, this, [this] {
        auto* dialog = new PlacesDialog(m_register.database(), m_clock, m_session, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    action = admin->addAction(tr("&Station identity over time…"));
    action->setObjectName(QStringLiteral("stationHistoryAction"));
    connect(action, &QAction::triggered, this, [this] {
        auto* dialog =
            new StationHistoryDialog(m_register.database(), m_clock, m_session, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    action = admin->addAction(tr("Station signing &key…"));
    action->setObjectName(QStringLiteral("stationKeyAction"));
    connect(action, &QAction::triggered, this, [this] {
        auto* dialog = new StationKeyDialog(m_register.database(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

qint64 SessionActions::currentTip(QString* number, QString* pseudonym, bool* sealed) const {
    const QModelIndex index = m_tipView->currentIndex();
    if (!index.isValid())
        return 0;
    const QModelIndex row = index.siblingAtColumn(0);
    const QAbstractItemModel* model = row.model();
    if (number)
        *number = row.data(Qt::DisplayRole).toString();
    if (pseudonym)
        *pseudonym = model->index(row.row(), TipWindowModel::Informant).data().toString();
    if (sealed)
        *sealed = row.data(TipWindowModel::SealedRole).toBool();
    return row.data(TipWindowModel::IdRole).toLongLong();
}

void SessionActions::openReveal() {
    QString number, pseudonym;
    bool sealed = false;
    const qint64 id = currentTip(&number, &pseudonym, &sealed);
    if (id <= 0 || !sealed || !m_reveal)
        return;
    auto* dialog =
        new RevealDialog(m_register, m_clock, m_session, id, number, pseudonym, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SessionActions::openAudit() {
    auto* dialog = new AuditDialog(m_register, m_clock, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SessionActions::openAccounts() {
    auto* dialog = new AccountsDialog(m_register, m_clock, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SessionActions::openRules() {
    auto* dialog = new RulesDialog(m_register, m_clock, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SessionActions::openNeighbours() {
    auto* dialog = new NeighboursDialog(m_register, m_clock, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SessionActions::openOfficeHours() {
    auto* dialog = new OfficeHoursDialog(m_register, m_clock, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void SessionActions::openDuplicates() {
    auto* dialog = new DuplicatesDialog(m_register, m_clock, m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicatesDialog::merged, this, &SessionActions::changed);
    dialog->open();
}

} // namespace binhyen::ui
