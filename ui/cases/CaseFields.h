#pragma once

#include "models/domain/Case.h"
#include "models/domain/Result.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QPlainTextEdit;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The fields of a case a user types (NewCase): title, type (the categories), occurred time
// (dd/MM/yyyy HH:mm, empty when unknown), hamlet, address, summary. Used by the new-case dialog
// and the case window's details tab.
class CaseFields : public QWidget {
    Q_OBJECT
public:
    CaseFields(Register& reg, const Clock& clock, const Session& session,
               QWidget* parent = nullptr);

    // Fills the type and hamlet lists (an error is returned; the lists stay as they were).
    Result<void> loadChoices();
    void setCase(const NewCase& values);
    // The typed values; InvalidInput for an empty title or a malformed time.
    Result<NewCase> values() const;
    void setEditable(bool editable);
    QFormLayout* form() const { return m_form; }
    QLineEdit* titleEdit() const { return m_title; }

Q_SIGNALS:
    void edited();

private:
    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_occurred = nullptr;
    QComboBox* m_hamlet = nullptr;
    QLineEdit* m_address = nullptr;
    QPlainTextEdit* m_summary = nullptr;
};

} // namespace binhyen::ui
