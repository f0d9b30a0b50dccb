#include "ui/session/ChangePasswordDialog.h"

#include "models/repo/accounts/UserRepo.h"
#include "models/security/LogonService.h"
#include "ui/session/PasswordText.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

ChangePasswordDialog::ChangePasswordDialog(LogonService& logon, Session& session, bool required,
                                           QWidget* parent)
    : QDialog(parent)
    , m_logon(logon)
    , m_session(session) {
    setWindowTitle(tr("Change password"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        required ? tr("Your password was set by a chief. Choose your own password before you "
                      "continue.")
                 : tr("Choose a new password for %1.").arg(session.fullName()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_old = new QLineEdit(this);
    m_new = new QLineEdit(this);
    m_repeat = new QLineEdit(this);
    const char* names[] = {"oldPassword", "newPassword", "repeatPassword"};
    int i = 0;
    for (QLineEdit* edit : {m_old, m_new, m_repeat}) {
        edit->setObjectName(QString::fromLatin1(names[i++]));
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(128);
        connect(edit, &QLineEdit::textChanged, this, &ChangePasswordDialog::updateProblem);
    }
    form->addRow(tr("Current password"), m_old);
    form->addRow(tr("New password"), m_new);
    form->addRow(tr("New password again"), m_repeat);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("changeButton"));
    buttons->addButton(required ? tr("Log off") : tr("Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
    updateProblem();
}

ChangePasswordDialog::~ChangePasswordDialog() {
    for (QLineEdit* edit : {m_old, m_new, m_repeat})
        clearPassword(edit);
}

QString ChangePasswordDialog::problem() const {
    return m_problem->text();
}

void ChangePasswordDialog::updateProblem() {
    QString problem;
    if (!m_new->text().isEmpty()) {
        problem = UserRepo::passwordProblem(passwordOf(m_new), m_session.username());
        if (problem.isEmpty() && m_new->text() != m_repeat->text())
            problem = tr("The two new passwords are not the same.");
    }
    m_problem->setText(problem);
    m_ok->setEnabled(problem.isEmpty() && !m_new->text().isEmpty() && !m_old->text().isEmpty());
}

void ChangePasswordDialog::attempt() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto changed = m_logon.changePassword(m_session, passwordOf(m_old), passwordOf(m_new));
    QApplication::restoreOverrideCursor();
    clearPassword(m_old);
    if (!changed) {
        m_problem->setText(changed.error().message);
        m_old->setFocus();
        return;
    }
    clearPassword(m_new);
    clearPassword(m_repeat);
    accept();
}

} // namespace binhyen::ui
