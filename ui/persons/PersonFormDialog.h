#pragma once

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

// A new person record: name, birth year, CCCD, phone, address, hamlet, note (PersonRepo::create).
// After saving, possible duplicates (PersonDuplicates::suggestFor) are shown as a warning and the
// dialog stays open once so the officer reads them; "Continue" then closes it.
class PersonFormDialog : public QDialog {
    Q_OBJECT
public:
    PersonFormDialog(Register& reg, const Clock& clock, const Session& session,
                     const QString& name = {}, QWidget* parent = nullptr);

    qint64 personId() const { return m_personId; }
    QString personName() const;

    void accept() override;

private:
    QLineEdit* field(const QString& name);

    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    qint64 m_personId = 0;
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
