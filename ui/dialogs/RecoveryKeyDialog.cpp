#include "ui/dialogs/RecoveryKeyDialog.h"

#include "models/security/RecoveryKey.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const QString& reason, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Open the register with the recovery key"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(reason + QStringLiteral("\n\n") +
                                 tr("Type the recovery key from the recovery sheet the station "
                                    "chief keeps (36 letters and digits in groups of four)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_edit = new QLineEdit(this);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_edit->setMaxLength(80);
    layout->addWidget(m_edit);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Open"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryKeyDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

RecoveryKeyDialog::~RecoveryKeyDialog() {
    QString text = m_edit->text();
    wipe(text);
    m_edit->clear();
}

void RecoveryKeyDialog::check() {
    QString text = m_edit->text();
    auto secret = RecoveryKey::parse(text);
    wipe(text);
    if (!secret) {
        showProblem(secret.error().message);
        return;
    }
    m_secret = secret.take();
    accept();
}

void RecoveryKeyDialog::showProblem(const QString& problem) {
    m_problem->setText(problem);
    m_edit->setFocus();
    m_edit->selectAll();
}

SecretBytes RecoveryKeyDialog::takeSecret() {
    return std::move(m_secret);
}

} // namespace binhyen::ui
