#include "app/gui/SessionController.h"

#include "models/repo/accounts/StationRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"
#include "ui/main/MainWindow.h"
#include "ui/session/ChangePasswordDialog.h"
#include "ui/session/IdleWatcher.h"
#include "ui/session/LockScreen.h"
#include "ui/session/LogonDialog.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>

namespace binhyen {

SessionController::SessionController(Register& reg, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_service(reg.database(), clock) {
    StationRepo station(reg.database());
    if (auto current = station.current(clock.now().date()); current && current.value())
        m_stationName = current.value()->unitName;
    m_idle = new ui::IdleWatcher(clock, station.idleLockMinutes(), this);
    connect(m_idle, &ui::IdleWatcher::idle, this, &SessionController::lock);
    m_lockScreen = new ui::LockScreen(m_service, m_stationName);
    connect(m_lockScreen, &ui::LockScreen::unlocked, this, &SessionController::unlockedBySameUser);
    connect(m_lockScreen, &ui::LockScreen::otherUserRequested, this, &SessionController::otherUser);
    connect(m_lockScreen, &ui::LockScreen::quitRequested, this, [this] { Q_EMIT finished(0); });
}

SessionController::~SessionController() {
    delete m_logon;
    delete m_changePassword;
    closeMainWindow();
    delete m_lockScreen;
    m_session.wipeSecrets();
}

void SessionController::start(const QString& username) {
    showLogon(username);
}

void SessionController::showLogon(const QString& username) {
    delete m_logon;
    m_logon = new ui::LogonDialog(m_service, m_stationName);
    m_logon->setUsername(username);
    connect(m_logon, &QDialog::accepted, this, [this] {
        Session session = m_logon->takeSession();
        m_logon->deleteLater();
        loggedOn(std::move(session));
    });
    connect(m_logon, &QDialog::rejected, this, [this] {
        m_logon->deleteLater();
        if (m_locked)
            m_lockScreen->show(); // "someone else" cancelled: back to the lock screen
        else
            Q_EMIT finished(0);
    });
    m_logon->show();
    m_logon->activateWindow();
}

void SessionController::loggedOn(Session session) {
    if (m_locked && session.userId() == m_session.userId()) {
        m_session = std::move(session);
        unlockedBySameUser();
        return;
    }
    if (m_locked) { // another user: nothing of the locked user's windows comes back
        for (const QPointer<QWidget>& w : std::as_const(m_hidden)) {
            if (w && w != m_window.get())
                w->close();
        }
        m_hidden.clear();
        m_lockScreen->hide();
        m_locked = false;
    }
    closeMainWindow();
    m_session = std::move(session);
    auto account = UserRepo(m_register.database(), m_clock).find(m_session.userId());
    if (account && account.value().mustChangePassword) {
        delete m_changePassword;
        m_changePassword = new ui::ChangePasswordDialog(m_service, m_session, true);
        connect(m_changePassword, &QDialog::accepted, this, [this] {
            m_changePassword->deleteLater();
            openMainWindow();
        });
        connect(m_changePassword, &QDialog::rejected, this, [this] {
            m_changePassword->deleteLater();
            m_session.wipeSecrets();
            m_session = Session();
            showLogon({});
        });
        m_changePassword->show();
        return;
    }
    openMainWindow();
}

void SessionController::openMainWindow() {
    m_window = std::make_unique<ui::MainWindow>(m_register, m_session);
    m_window->installEventFilter(this);
    m_lockAction = new QAction(tr("&Lock the screen"), m_window.get());
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_lockAction, &QAction::triggered, this, &SessionController::lock);
    m_window->addAction(m_lockAction);
    const QList<QAction*> menus = m_window->menuBar()->actions();
    if (!menus.isEmpty() && menus.first()->menu()) {
        QMenu* file = menus.first()->menu();
        file->insertAction(file->actions().value(0), m_lockAction);
    }
    m_window->show();
    if (m_session.isChief() && !m_service.alarms().isEmpty())
        ui::showAlarm(m_window.get(), tr("Security alarm"),
                      tr("BinhYen found signs that the register was changed outside the program. "
                         "Check the audit trail (Administration → Audit trail) and the backups.") +
                          QStringLiteral("\n\n") + m_service.alarms().join(QLatin1Char('\n')));
    m_idle->setMinutes(StationRepo(m_register.database()).idleLockMinutes());
    m_idle->start();
}

void SessionController::closeMainWindow() {
    m_idle->stop();
    if (m_window) {
        m_window->removeEventFilter(this);
        m_window.reset();
    }
    m_lockAction = nullptr;
}

void SessionController::lock() {
    if (m_locked || !m_window)
        return;
    m_locked = true;
    m_idle->stop();
    // Every register window goes: the main window, its dialogs and menus.
    m_hidden.clear();
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && w != m_lockScreen) {
            m_hidden.append(w);
            w->hide();
        }
    }
    m_service.lock(m_session);
    m_lockScreen->setUser(m_session.username(), m_session.fullName());
    m_lockScreen->show();
    m_lockScreen->activateWindow();
    Q_EMIT locked();
}

void SessionController::unlockedBySameUser() {
    if (!m_locked)
        return;
    Session fresh = m_lockScreen->takeSession();
    if (fresh.isValid())
        m_session = std::move(fresh);
    m_lockScreen->hide();
    m_locked = false;
    for (const QPointer<QWidget>& w : std::as_const(m_hidden)) {
        if (w)
            w->show();
    }
    m_hidden.clear();
    if (m_window)
        m_window->activateWindow();
    m_idle->start();
    Q_EMIT unlocked();
}

void SessionController::otherUser() {
    m_lockScreen->hide();
    showLogon({});
}

bool SessionController::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window.get() && event->type() == QEvent::Close && !m_locked)
        Q_EMIT finished(0);
    return QObject::eventFilter(watched, event);
}

} // namespace binhyen
