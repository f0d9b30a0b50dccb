#include "ui/session/LockScreen.h"

#include "models/security/LogonService.h"
#include "ui/session/PasswordText.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {
QLabel* centredLabel(const QString& text, qreal scale, bool bold, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    // Room above the line: stacked marks on capitals (Ấ, Ỏ) rise above the font's ascent.
    label->setContentsMargins(0, bold ? 10 : 4, 0, 2);
    return label;
}
} // namespace

LockScreen::LockScreen(LogonService& logon, const QString& stationName, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_logon(logon) {
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("Bình Yên — screen locked"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch();
    auto* station =
        centredLabel(stationName.isEmpty() ? tr("Bình Yên") : stationName, 1.6, true, this);
    station->setObjectName(QStringLiteral("stationName"));
    outer->addWidget(station);
    auto* locked = centredLabel(tr("Screen locked"), 1.3, false, this);
    locked->setObjectName(QStringLiteral("lockedLabel"));
    outer->addWidget(locked);
    m_user = centredLabel(QString(), 1.0, false, this);
    m_user->setObjectName(QStringLiteral("userLabel"));
    outer->addWidget(m_user);
    outer->addSpacing(12);
    auto* row = new QHBoxLayout;
    row->addStretch();
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMaxLength(128);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setMinimumWidth(260);
    row->addWidget(m_password);
    auto* unlock = new QPushButton(tr("Unlock"), this);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    row->addWidget(unlock);
    row->addStretch();
    outer->addLayout(row);
    m_problem = centredLabel(QString(), 1.0, false, this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    outer->addWidget(m_problem);
    auto* other = new QPushButton(tr("Log on as someone else"), this);
    other->setObjectName(QStringLiteral("otherUserButton"));
    other->setFlat(true);
    outer->addWidget(other, 0, Qt::AlignCenter);
    outer->addStretch();
    connect(unlock, &QPushButton::clicked, this, &LockScreen::attemptUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::attemptUnlock);
    connect(other, &QPushButton::clicked, this, [this] {
        clearPassword(m_password);
        m_problem->clear();
        Q_EMIT otherUserRequested();
    });
    setMinimumSize(640, 420);
}

LockScreen::~LockScreen() {
    clearPassword(m_password);
}

void LockScreen::setUser(const QString& username, const QString& fullName) {
    m_username = username;
    m_user->setText(
        tr("Locked by %1 (%2). Enter %1's password to continue.").arg(fullName, username));
    m_problem->clear();
    clearPassword(m_password);
    m_password->setFocus();
}

QString LockScreen::problem() const {
    return m_problem->text();
}

void LockScreen::attemptUnlock() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto session = m_logon.logon(m_username, takePassword(m_password));
    QApplication::restoreOverrideCursor();
    if (!session) {
        m_problem->setText(session.error().message);
        m_password->setFocus();
        return;
    }
    m_problem->clear();
    m_session = session.take();
    Q_EMIT unlocked();
}

Session LockScreen::takeSession() {
    return std::move(m_session);
}

void LockScreen::closeEvent(QCloseEvent* event) {
    // Closing the locked window ends the program (the register stays locked and is backed up).
    event->ignore();
    Q_EMIT quitRequested();
}

} // namespace binhyen::ui
