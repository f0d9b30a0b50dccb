#pragma once

#include "models/domain/Person.h"

#include <QList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class PersonDetailsPanel;
class PersonFormDialog;
class DuplicatesDialog;

// The main window's "People" area: an accent-blind search box (names without accents, or 3+
// digits of a phone or ID number; PersonRepo::find, searched ~250 ms after typing stops), the
// results (name, birth year, phone, ID number, hamlet, address) and, for the selected person,
// their record and the roles they play across cases (PersonDetailsPanel). "New person…" and
// "Edit…" (Enter or a double click on a result) need WriteRecords; "Duplicate persons…" is the
// chiefs' (MergePersons). Esc clears the search. Without a user the page asks to log on and
// everything is disabled. Sealed informants are not persons and never appear here.
class PeoplePage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kResultLimit = 200;
    enum Column { Name, BirthYear, Phone, IdNumber, Hamlet, Address, ColumnCount };

    // `session` may be null (no user); it must outlive the page.
    PeoplePage(Register& reg, const Clock& clock, Session* session, QWidget* parent = nullptr);

    QLineEdit* searchBox() const { return m_search; }
    QTableWidget* results() const { return m_results; }
    PersonDetailsPanel* details() const { return m_details; }
    // The person of the selected result; 0 without a selection.
    qint64 selectedPerson() const;

public Q_SLOTS:
    // Searches again with the text in the box (at once); keeps the selected person.
    void reload();
    // Gives the search box the keyboard focus, its text selected.
    void focusSearch();
    // "New person…": the form, open; nullptr when the user may not write.
    PersonFormDialog* newPerson();
    // "Edit…" on the selected person: the form, open; nullptr without a selection or permission.
    PersonFormDialog* editPerson();
    // "Duplicate persons…" (chiefs): the dialog, open; nullptr for others.
    DuplicatesDialog* showDuplicates();

Q_SIGNALS:
    void caseActivated(qint64 caseId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildBar();
    void applyPermissions();
    void fill(const QList<Person>& persons);
    void selectPerson(qint64 personId);
    void showSelected();
    void clearSearch();
    void showSaved(qint64 personId, const QString& name);

    Register& m_register;
    const Clock& m_clock;
    Session* m_session = nullptr;
    QList<Person> m_persons;
    QLineEdit* m_search = nullptr;
    QTimer* m_typing = nullptr;
    QLabel* m_hint = nullptr;
    QTableWidget* m_results = nullptr;
    PersonDetailsPanel* m_details = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_duplicates = nullptr;
};

} // namespace binhyen::ui
