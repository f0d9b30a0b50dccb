#include "ui/accounts/AccountFormDialog.h"

#include "models/repo/accounts/UserRepo.h"
#include "models/security/Role.h"
#include "models/store/Register.h"
#include "ui/accounts/PasswordFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

AccountFormDialog::AccountFormDialog(Register& reg, const Clock& clock, const Session& chief,
                                     QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_chief(chief) {
    setObjectName(QStringLiteral("accountFormDialog"));
    setWindowTitle(tr("New account"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setPlaceholderText(tr("e.g. canbo3 (letters without accents, digits)"));
    m_username->setMaxLength(32);
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_rank = new QLineEdit(this);
    m_rank->setObjectName(QStringLiteral("rank"));
    m_rank->setPlaceholderText(tr("e.g. Thiếu úy"));
    m_position = new QLineEdit(this);
    m_position->setObjectName(QStringLiteral("position"));
    m_position->setPlaceholderText(tr("e.g. Cán bộ Công an xã"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (Role role : {Role::Officer, Role::Chief, Role::Inspector})
        m_role->addItem(roleLabel(role), roleCode(role));
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Full name:"), m_fullName);
    form->addRow(tr("R&ank:"), m_rank);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("R&ole:"), m_role);
    m_password = new PasswordFields(this);
    m_password->addRows(form);
    layout->addLayout(form);
    connect(m_username, &QLineEdit::textChanged, m_password, &PasswordFields::setUsername);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    m_problem->hide();
    layout->addWidget(m_problem);
    connect(m_password, &PasswordFields::edited, m_problem, &QWidget::hide);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* create = buttons->addButton(tr("&Create account"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    QPushButton* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(create, &QPushButton::clicked, this, &AccountFormDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(520, qMax(sizeHint().height(), heightForWidth(520)));
}

void AccountFormDialog::submit() {
    NewAccount account;
    account.username = m_username->text().trimmed();
    account.fullName = m_fullName->text().simplified();
    account.rank = m_rank->text().simplified();
    account.position = m_position->text().simplified();
    account.role = roleFromCode(m_role->currentData().toString()).value_or(Role::Officer);
    if (account.username.isEmpty() || account.fullName.isEmpty()) {
        showProblem(tr("Type the user name and the full name."));
        return;
    }
    if (const QString problem = m_password->problem(); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    SecretBytes password = m_password->take();
    auto id = UserRepo(m_register.database(), m_clock).createAccount(m_chief, account, password);
    if (!id) {
        showProblem(id.error().message);
        return;
    }
    Q_EMIT created(id.value(), account.username);
    accept();
}

void AccountFormDialog::showProblem(const QString& problem) {
    m_problem->setText(problem);
    m_problem->show();
}

} // namespace binhyen::ui
