#pragma once

#include "models/security/SecretBytes.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace binhyen::ui {

// Asks for the recovery key when this computer's keychain has no key for the register (another
// PC, reinstalled system, no keychain service). The typed text is checked for typos as it is
// entered; accept() only with a well-formed key. The text field is wiped when the dialog closes.
class RecoveryKeyDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryKeyDialog(const QString& reason, QWidget* parent = nullptr);
    ~RecoveryKeyDialog() override;

    // The recovery secret of the accepted key (empty before acceptance).
    SecretBytes takeSecret();
    void showProblem(const QString& problem);

private:
    void check();

    QLineEdit* m_edit = nullptr;
    QLabel* m_problem = nullptr;
    SecretBytes m_secret;
};

} // namespace binhyen::ui
