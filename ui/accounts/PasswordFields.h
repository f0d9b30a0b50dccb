#pragma once

#include "models/security/SecretBytes.h"

#include <QObject>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace binhyen::ui {

// A temporary password typed twice, with the strength rule (UserRepo::passwordProblem) explained
// as it is typed. The typed text is wiped when taken and when the fields are destroyed.
class PasswordFields : public QObject {
    Q_OBJECT
public:
    explicit PasswordFields(QWidget* parent);
    ~PasswordFields() override;

    // Adds "Temporary password", "Repeat" and the hint below them to `form`.
    void addRows(QFormLayout* form);
    // The user name the password must not contain.
    void setUsername(const QString& username);
    // Empty when both entries match and the password is strong enough; otherwise why not.
    QString problem() const;
    // The password (UTF-8) in locked memory; both fields are wiped.
    SecretBytes take();

Q_SIGNALS:
    void edited(); // either field changed

private:
    void updateHint();

    QString m_username;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_hint = nullptr;
};

} // namespace binhyen::ui
