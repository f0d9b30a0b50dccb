#pragma once

#include "models/security/Session.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace binhyen {
class LogonService;
}

namespace binhyen::ui {

// Shown instead of every register window while the screen is locked: the station, who locked it,
// "Screen locked", and a password to unlock (a fresh logon as the same user), or "Log on as
// someone else". Shows no register data at all.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    LockScreen(LogonService& logon, const QString& stationName, QWidget* parent = nullptr);
    ~LockScreen() override;

    // Before showing: whose session is locked.
    void setUser(const QString& username, const QString& fullName);
    QString problem() const;
    Session takeSession();

public Q_SLOTS:
    void attemptUnlock();

Q_SIGNALS:
    void unlocked(); // a fresh session for the same user: takeSession()
    void otherUserRequested();
    void quitRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    LogonService& m_logon;
    QString m_username;
    QLabel* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_problem = nullptr;
    Session m_session;
};

} // namespace binhyen::ui
