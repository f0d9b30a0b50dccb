#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace binhyen {
class AccountListModel;
class Clock;
class Register;
class Session;
struct Account;
} // namespace binhyen

namespace binhyen::ui {

// A chief manages the station's accounts: create (temporary password), reset a password,
// deactivate or reactivate — never delete. After a chief is deactivated it offers to renew the
// identity sealing key (IdentityRepo::rotateIdentityKey, with the recovery key).
class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(Register& reg, const Clock& clock, const Session& chief,
                   QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }

public Q_SLOTS:
    void reload();
    void createAccount();
    void resetPassword();
    void toggleActive();
    // Asks for the recovery key, then re-seals every identity under a new key pair.
    void rotateIdentityKey();

private:
    const Account* selected() const;
    void select(qint64 userId);
    void updateButtons();
    void showStatus(const QString& text, bool problem = false);

    Register& m_register;
    const Clock& m_clock;
    const Session& m_chief;
    AccountListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_active = nullptr;
    QPushButton* m_rotate = nullptr;
};

} // namespace binhyen::ui
