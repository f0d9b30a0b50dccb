#include "ui/accounts/AccountsDialog.h"

#include "models/item/AccountListModel.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/identity/IdentityRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/accounts/AccountFormDialog.h"
#include "ui/accounts/ResetPasswordDialog.h"
#include "ui/dialogs/Messages.h"
#include "ui/dialogs/RecoveryKeyDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace binhyen::ui {

AccountsDialog::AccountsDialog(Register& reg, const Clock& clock, const Session& chief,
                               QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_chief(chief) {
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("Accounts"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Accounts are never deleted: an account no longer in use is "
                                "deactivated, and everything it did stays in the audit trail."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_model = new AccountListModel(clock, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("accountList"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(AccountListModel::FullName,
                                                     QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* row = new QHBoxLayout;
    m_create = new QPushButton(tr("&New account…"), this);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_reset = new QPushButton(tr("&Reset password…"), this);
    m_reset->setObjectName(QStringLiteral("resetButton"));
    m_active = new QPushButton(tr("&Deactivate"), this);
    m_active->setObjectName(QStringLiteral("activeButton"));
    m_rotate = new QPushButton(tr("Renew the identity &sealing key…"), this);
    m_rotate->setObjectName(QStringLiteral("rotateButton"));
    m_rotate->setVisible(isAllowed(chief.role(), Operation::RotateIdentityKey));
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton* button : {m_create, m_reset, m_active, m_rotate})
        row->addWidget(button);
    row->addStretch(1);
    row->addWidget(buttons);
    layout->addLayout(row);

    connect(m_create, &QPushButton::clicked, this, &AccountsDialog::createAccount);
    connect(m_reset, &QPushButton::clicked, this, &AccountsDialog::resetPassword);
    connect(m_active, &QPushButton::clicked, this, &AccountsDialog::toggleActive);
    connect(m_rotate, &QPushButton::clicked, this, &AccountsDialog::rotateIdentityKey);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AccountsDialog::updateButtons);
    reload();
    resize(900, 460);
}

void AccountsDialog::reload() {
    const Account* current = selected();
    const qint64 keep = current ? current->id : 0;
    auto accounts = UserRepo(m_register.database(), m_clock).list();
    if (!accounts) {
        showStatus(accounts.error().message, true);
        return;
    }
    m_model->reload(accounts.take());
    for (int column = 0; column < AccountListModel::Count; ++column) {
        if (column == AccountListModel::FullName)
            continue;
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, m_view->columnWidth(column) + 14);
    }
    select(keep);
    updateButtons();
}

const Account* AccountsDialog::selected() const {
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? &m_model->accountAt(index.row()) : nullptr;
}

void AccountsDialog::select(qint64 userId) {
    const int row = m_model->rowOf(userId);
    if (row >= 0)
        m_view->selectRow(row);
}

void AccountsDialog::updateButtons() {
    const Account* account = selected();
    m_reset->setEnabled(account && account->active);
    m_active->setEnabled(account != nullptr);
    m_active->setText(account && !account->active ? tr("Re&activate") : tr("&Deactivate"));
}

void AccountsDialog::showStatus(const QString& text, bool problem) {
    m_status->setStyleSheet(problem ? QStringLiteral("color: #a00000") : QString());
    m_status->setText(text);
}

void AccountsDialog::createAccount() {
    auto* dialog = new AccountFormDialog(m_register, m_clock, m_chief, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AccountFormDialog::created, this, [this](qint64 id, const QString& username) {
        reload();
        select(id);
        showStatus(tr("Account %1 created. Its user must change the temporary password "
                      "at the first logon.")
                       .arg(username));
    });
    dialog->open();
}

void AccountsDialog::resetPassword() {
    const Account* account = selected();
    if (!account)
        return;
    auto* dialog = new ResetPasswordDialog(m_register, m_clock, m_chief, *account, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetPasswordDialog::passwordReset, this,
            [this](qint64, const QString& username) {
                reload();
                showStatus(tr("The password of %1 was reset; it must be changed at the next "
                              "logon.")
                               .arg(username));
            });
    dialog->open();
}

void AccountsDialog::toggleActive() {
    const Account* current = selected();
    if (!current)
        return;
    const Account account = *current;
    const bool activate = !account.active;
    if (!activate &&
        !askYesNo(this, tr("Deactivate account"),
                  tr("Deactivate the account %1 (%2)? It can no longer log on; it is kept, with "
                     "everything it did, and can be reactivated.")
                      .arg(account.username, account.fullName)))
        return;
    auto changed =
        UserRepo(m_register.database(), m_clock).setActive(m_chief, account.id, activate);
    if (!changed) {
        showStatus(changed.error().message, true);
        return;
    }
    reload();
    showStatus(activate ? tr("Account %1 reactivated.").arg(account.username)
                        : tr("Account %1 deactivated.").arg(account.username));
    if (!activate && account.role == Role::Chief &&
        isAllowed(m_chief.role(), Operation::RotateIdentityKey) &&
        askYesNo(this, tr("Renew the identity sealing key"),
                 tr("%1 was a chief and could open sealed informant identities. Renew the "
                    "identity sealing key now, so the old key no longer opens them? This needs "
                    "the recovery key.")
                     .arg(account.fullName)))
        rotateIdentityKey();
}

void AccountsDialog::rotateIdentityKey() {
    RecoveryKeyDialog ask(tr("Renewing the identity sealing key re-seals every informant "
                             "identity under a new key pair. It needs the station's recovery "
                             "key."),
                          this);
    ask.setWindowTitle(tr("Renew the identity sealing key"));
    if (ask.exec() != QDialog::Accepted)
        return;
    SecretBytes recovery = ask.takeSecret();
    SecretBytes escrow = KeyDerivation::escrowKey(recovery);
    recovery.clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto count = IdentityRepo(m_register.database(), m_clock).rotateIdentityKey(m_chief, escrow);
    QApplication::restoreOverrideCursor();
    if (!count) {
        showError(this, tr("The identity sealing key was not renewed"), count.error());
        return;
    }
    showStatus(tr("The identity sealing key was renewed; %1 identities were sealed again.")
                   .arg(count.value()));
}

} // namespace binhyen::ui
