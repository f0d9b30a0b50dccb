#include "ui/session/LogonDialog.h"

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

LogonDialog::LogonDialog(LogonService& logon, const QString& stationName, QWidget* parent)
    : QDialog(parent)
    , m_logon(logon) {
    setWindowTitle(tr("Bình Yên — log on"));
    auto* layout = new QVBoxLayout(this);
    auto* station = new QLabel(stationName.isEmpty() ? tr("Bình Yên") : stationName, this);
    station->setObjectName(QStringLiteral("stationName"));
    QFont big = station->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    station->setFont(big);
    station->setAlignment(Qt::AlignCenter);
    // Room above the line: stacked marks on capitals (Ấ, Ỏ) rise above the font's ascent.
    station->setContentsMargins(0, 10, 0, 4);
    layout->addWidget(station);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_username->setMaxLength(64);
    form->addRow(tr("User name"), m_username);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);
    form->addRow(tr("Password"), m_password);
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(this);
    m_logonButton = buttons->addButton(tr("Log on"), QDialogButtonBox::AcceptRole);
    m_logonButton->setObjectName(QStringLiteral("logonButton"));
    m_logonButton->setDefault(true);
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole)
        ->setObjectName(QStringLiteral("quitButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LogonDialog::attempt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    m_username->setFocus();
}

LogonDialog::~LogonDialog() {
    clearPassword(m_password);
}

void LogonDialog::setUsername(const QString& username) {
    m_username->setText(username);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

QString LogonDialog::problem() const {
    return m_problem->text();
}

void LogonDialog::attempt() {
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        m_problem->setText(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = m_logon.logon(username, takePassword(m_password));
    QApplication::restoreOverrideCursor();
    if (!session) {
        m_problem->setText(session.error().message);
        m_password->setFocus();
        return;
    }
    m_problem->clear();
    m_session = session.take();
    accept();
}

Session LogonDialog::takeSession() {
    return std::move(m_session);
}

} // namespace binhyen::ui
