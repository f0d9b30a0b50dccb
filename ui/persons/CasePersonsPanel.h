#pragma once

#include "models/domain/Person.h"

#include <QList>
#include <QWidget>

class QTableWidget;
class QPushButton;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The persons of one case: name, birth year, role, a suspect's outcome, note; add, set a
// suspect's outcome, remove. Read-only when the case is not editable.
class CasePersonsPanel : public QWidget {
    Q_OBJECT
public:
    CasePersonsPanel(Register& reg, const Clock& clock, Session& session,
                     QWidget* parent = nullptr);
    void setCase(qint64 caseId, bool editable);
    // The outcome column's text of a suspect ("identified 03/09/2020 21:00; arrested …").
    static QString outcomeText(const CasePersonRow& row);

Q_SIGNALS:
    void changed();

private:
    void reload();
    void updateActions();
    void addPerson();
    void editOutcome();
    void removePerson();
    const CasePersonRow* selected() const;

    Register& m_register;
    const Clock& m_clock;
    Session& m_session;
    qint64 m_caseId = 0;
    bool m_editable = false;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_outcome = nullptr;
    QPushButton* m_remove = nullptr;
    QList<CasePersonRow> m_rows;
};

} // namespace binhyen::ui
