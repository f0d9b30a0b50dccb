#pragma once

#include <QDialog>

class QLabel;

namespace binhyen {
class Clock;
class Register;
class Session;
struct Account;
} // namespace binhyen

namespace binhyen::ui {

class PasswordFields;

// A chief gives another account a temporary password (UserRepo::resetPassword); the user must
// change it at the next logon and gets a new signing key.
class ResetPasswordDialog : public QDialog {
    Q_OBJECT
public:
    ResetPasswordDialog(Register& reg, const Clock& clock, const Session& chief,
                        const Account& account, QWidget* parent = nullptr);

Q_SIGNALS:
    void passwordReset(qint64 userId, const QString& username);

private:
    void submit();

    Register& m_register;
    const Clock& m_clock;
    const Session& m_chief;
    qint64 m_userId = 0;
    QString m_username;
    PasswordFields* m_password = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace binhyen::ui
