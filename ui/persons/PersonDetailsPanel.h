#pragma once

#include "models/domain/Person.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The People page's right side: one person's record (name, birth year, phone, ID number, hamlet,
// address, note, when recorded) and the roles they play across cases (PersonRepo::casesOf: case
// number, title, role). Enter or a double click on a role emits caseActivated.
class PersonDetailsPanel : public QWidget {
    Q_OBJECT
public:
    PersonDetailsPanel(Register& reg, const Clock& clock, QWidget* parent = nullptr);

    // Shows the person and reads their roles.
    void showPerson(const Session& session, const Person& person);
    // Shows nothing (no selection).
    void clear();
    qint64 personId() const { return m_person.id; }
    QTableWidget* roles() const { return m_roles; }

Q_SIGNALS:
    void caseActivated(qint64 caseId);

private:
    void activateRole();

    Register& m_register;
    const Clock& m_clock;
    Person m_person;
    QWidget* m_record = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_birthYear = nullptr;
    QLabel* m_phone = nullptr;
    QLabel* m_idNumber = nullptr;
    QLabel* m_hamlet = nullptr;
    QLabel* m_address = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_recorded = nullptr;
    QLabel* m_rolesCaption = nullptr;
    QTableWidget* m_roles = nullptr;
};

} // namespace binhyen::ui
