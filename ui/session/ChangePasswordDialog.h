#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace binhyen {
class LogonService;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The user's own password: the current one, the new one twice, the strength rule explained as
// it is typed. `required` (a chief reset it): the text says so, and cancelling logs off.
class ChangePasswordDialog : public QDialog {
    Q_OBJECT
public:
    ChangePasswordDialog(LogonService& logon, Session& session, bool required,
                         QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    QString problem() const;

public Q_SLOTS:
    void attempt();

private:
    void updateProblem();

    LogonService& m_logon;
    Session& m_session;
    QLineEdit* m_old = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace binhyen::ui
