#pragma once

#include "models/domain/Clock.h"
#include "models/security/LogonService.h"
#include "models/security/Session.h"
#include "ui/session/ChangePasswordDialog.h"
#include "ui/session/LogonDialog.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QAction;
class QWidget;

namespace binhyen {

class Register;

namespace ui {
class IdleWatcher;
class LockScreen;
class MainWindow;
} // namespace ui

// The GUI session over an open register: logon → (forced password change) → main window for
// that user → lock (idle time or Ctrl+L: every register window hidden, secrets wiped, lock
// screen) → unlock by a fresh logon, or another user. Nothing blocks: dialogs are shown and
// answered through signals, so tests drive the real widgets.
class SessionController : public QObject {
    Q_OBJECT
public:
    SessionController(Register& reg, const Clock& clock, QObject* parent = nullptr);
    ~SessionController() override;

    // Shows the logon dialog (user name filled in when given).
    void start(const QString& username = {});

    ui::LogonDialog* logonDialog() const { return m_logon; }
    ui::ChangePasswordDialog* changePasswordDialog() const { return m_changePassword; }
    ui::LockScreen* lockScreen() const { return m_lockScreen; }
    ui::MainWindow* mainWindow() const { return m_window.get(); }
    ui::IdleWatcher* idleWatcher() const { return m_idle; }
    const Session& session() const { return m_session; }
    bool isLocked() const { return m_locked; }
    QString stationName() const { return m_stationName; }

public Q_SLOTS:
    void lock();

Q_SIGNALS:
    // The user quit (main window closed, logon cancelled): the program may end.
    void finished(int code);
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loggedOn(Session session);
    void openMainWindow();
    void closeMainWindow();
    void showLogon(const QString& username);
    void unlockedBySameUser();
    void otherUser();

    Register& m_register;
    const Clock& m_clock;
    LogonService m_service;
    QString m_stationName;
    Session m_session;
    std::unique_ptr<ui::MainWindow> m_window;
    QPointer<ui::LogonDialog> m_logon;
    QPointer<ui::ChangePasswordDialog> m_changePassword;
    ui::LockScreen* m_lockScreen = nullptr;
    ui::IdleWatcher* m_idle = nullptr;
    QAction* m_lockAction = nullptr;
    QList<QPointer<QWidget>> m_hidden;
    bool m_locked = false;
};

} // namespace binhyen
