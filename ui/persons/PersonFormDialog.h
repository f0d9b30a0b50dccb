#pragma once

#include "models/domain/Result.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// A person record: name, birth year, CCCD, phone, address, hamlet, note. New (PersonRepo::create),
// or an existing one after loadPerson() (PersonRepo::update). After saving, possible duplicates
// (PersonDuplicates::suggestFor) are shown as a warning and the dialog stays open once so the
// officer reads them; "Continue" then closes it.
class PersonFormDialog : public QDialog {
    Q_OBJECT
public:
    PersonFormDialog(Register& reg, const Clock& clock, const Session& session,
                     const QString& name = {}, QWidget* parent = nullptr);

    // Edit mode: fills the fields with the person's record; Save then updates it.
    Result<void> loadPerson(qint64 personId);
    bool isEditing() const { return m_editing; }
    // The saved person (the loaded one in edit mode); 0 before a new person is saved.
    qint64 personId() const { return m_personId; }
    QString personName() const;

    void accept() override;

Q_SIGNALS:
    // The record was written (created or updated).
    void saved(qint64 personId);

private:
    QLineEdit* field(const QString& name);

    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    qint64 m_personId = 0;
    bool m_editing = false;
    bool m_saved = false;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_birthYear = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_hamlet = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_duplicates = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace binhyen::ui
