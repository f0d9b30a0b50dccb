#include "ui/accounts/PasswordFields.h"

#include "models/repo/accounts/UserRepo.h"
#include "ui/session/PasswordText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace binhyen::ui {

PasswordFields::PasswordFields(QWidget* parent)
    : QObject(parent) {
    m_password = new QLineEdit(parent);
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat = new QLineEdit(parent);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    for (QLineEdit* edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(128);
        connect(edit, &QLineEdit::textChanged, this, &PasswordFields::updateHint);
        connect(edit, &QLineEdit::textChanged, this, &PasswordFields::edited);
    }
    m_hint = new QLabel(parent);
    m_hint->setObjectName(QStringLiteral("passwordHint"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->setMinimumHeight(m_hint->fontMetrics().lineSpacing() * 2 + 4);
    updateHint();
}

PasswordFields::~PasswordFields() {
    clearPassword(m_password);
    clearPassword(m_repeat);
}

void PasswordFields::addRows(QFormLayout* form) {
    form->addRow(tr("&Temporary password:"), m_password);
    form->addRow(tr("R&epeat the password:"), m_repeat);
    form->addRow(m_hint);
}

void PasswordFields::setUsername(const QString& username) {
    m_username = username.trimmed();
    updateHint();
}

QString PasswordFields::problem() const {
    if (m_password->text().isEmpty())
        return tr("Type a temporary password: at least 10 characters mixing letters, digits and "
                  "signs. The user must change it at the next logon.");
    SecretBytes password = passwordOf(m_password);
    if (const QString problem = UserRepo::passwordProblem(password, m_username); !problem.isEmpty())
        return problem;
    if (m_repeat->text() != m_password->text())
        return tr("The two passwords differ.");
    return {};
}

SecretBytes PasswordFields::take() {
    SecretBytes password = passwordOf(m_password);
    clearPassword(m_password);
    clearPassword(m_repeat);
    return password;
}

void PasswordFields::updateHint() {
    const QString problem = this->problem();
    if (problem.isEmpty()) {
        m_hint->setStyleSheet(QStringLiteral("color: #006400"));
        m_hint->setText(tr("The password is strong enough. The user must change it at the next "
                           "logon."));
    } else {
        m_hint->setStyleSheet(m_password->text().isEmpty() ? QString()
                                                           : QStringLiteral("color: #a00000"));
        m_hint->setText(problem);
    }
}

} // namespace binhyen::ui
