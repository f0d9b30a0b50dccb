#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace binhyen::ui {

class FirstRunWizard;

// First-run wizard: the first chief's account. The password rule is explained as it is typed;
// leaving the page creates the register (a commit page: no way back once created).
class ChiefPage : public QWizardPage {
    Q_OBJECT
public:
    ChiefPage(bool newRegister, FirstRunWizard* wizard);
    ~ChiefPage() override;

    bool isComplete() const override;
    bool validatePage() override;

private:
    QLineEdit* addField(const QString& name, const QString& label);
    void updateProblem();

    FirstRunWizard* m_wizard;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_fullName = nullptr;
    QLineEdit* m_rank = nullptr;
    QLineEdit* m_position = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_problem = nullptr;
    bool m_acceptable = false;
};

} // namespace binhyen::ui
