#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// Adds a person to a case: type to search (PersonRepo::find, accent-blind, as you type) or
// create a new person ("New person…"), choose the role, an optional note; Add runs
// CasePersonRepo::add (an error is shown and the dialog stays open).
class PersonPickerDialog : public QDialog {
    Q_OBJECT
public:
    PersonPickerDialog(Register& reg, const Clock& clock, const Session& session, qint64 caseId,
                       QWidget* parent = nullptr);

    void accept() override;

private:
    void search();
    void newPerson();

    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    qint64 m_caseId = 0;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QComboBox* m_role = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace binhyen::ui
