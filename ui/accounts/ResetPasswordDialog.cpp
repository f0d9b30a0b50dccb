#include "ui/accounts/ResetPasswordDialog.h"

#include "models/repo/accounts/UserRepo.h"
#include "models/store/Register.h"
#include "ui/accounts/PasswordFields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

ResetPasswordDialog::ResetPasswordDialog(Register& reg, const Clock& clock, const Session& chief,
                                         const Account& account, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_chief(chief)
    , m_userId(account.id)
    , m_username(account.username) {
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A temporary password for %1 (%2). They must change it at their next logon.")
                           .arg(account.fullName, account.username) +
                       QLatin1Char(' ') + tr("Give it to them in person, never in a message."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_password = new PasswordFields(this);
    m_password->setUsername(account.username);
    m_password->addRows(form);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    m_problem->hide();
    layout->addWidget(m_problem);
    connect(m_password, &PasswordFields::edited, m_problem, &QWidget::hide);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* reset = buttons->addButton(tr("&Reset password"), QDialogButtonBox::AcceptRole);
    reset->setObjectName(QStringLiteral("resetButton"));
    reset->setDefault(true);
    QPushButton* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(reset, &QPushButton::clicked, this, &ResetPasswordDialog::submit);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(500, qMax(sizeHint().height(), heightForWidth(500)));
}

void ResetPasswordDialog::submit() {
    if (const QString problem = m_password->problem(); !problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    SecretBytes password = m_password->take();
    auto reset =
        UserRepo(m_register.database(), m_clock).resetPassword(m_chief, m_userId, password);
    if (!reset) {
        m_problem->setText(reset.error().message);
        m_problem->show();
        return;
    }
    Q_EMIT passwordReset(m_userId, m_username);
    accept();
}

} // namespace binhyen::ui
