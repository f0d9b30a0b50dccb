#pragma once

#include "models/security/Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace binhyen {
class LogonService;
}

namespace binhyen::ui {

// Logon at start and after "log on as someone else": user name, password (echo off), the
// logon's Vietnamese refusals (attempts left, minutes locked). The password field is wiped after
// each attempt. Accepted with the new session (takeSession()).
class LogonDialog : public QDialog {
    Q_OBJECT
public:
    LogonDialog(LogonService& logon, const QString& stationName, QWidget* parent = nullptr);
    ~LogonDialog() override;

    void setUsername(const QString& username);
    Session takeSession();
    QString problem() const;

public Q_SLOTS:
    // Tries the typed user name and password.
    void attempt();

private:
    LogonService& m_logon;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_logonButton = nullptr;
    Session m_session;
};

} // namespace binhyen::ui
