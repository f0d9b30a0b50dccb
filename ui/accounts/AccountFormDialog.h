#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class PasswordFields;

// A chief creates an account: user name, full name, rank, position, role and a temporary
// password, to be changed at the first logon (UserRepo::createAccount). A refusal is shown in
// the dialog, which stays open to correct it.
class AccountFormDialog : public QDialog {
    Q_OBJECT
public:
    AccountFormDialog(Register& reg, const Clock& clock, const Session& chief,
                      QWidget* parent = nullptr);

Q_SIGNALS:
    void created(qint64 userId, const QString& username);

private:
    void submit();
    void showProblem(const QString& problem);

    Register& m_register;
    const Clock& m_clock;
    const Session& m_chief;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_rank = nullptr;
    QLineEdit* m_position = nullptr;
    QComboBox* m_role = nullptr;
    PasswordFields* m_password = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace binhyen::ui
