#pragma once

#include "models/domain/Person.h"

#include <QDialog>

class QCheckBox;
class QDateTimeEdit;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// What happened to a suspect: identified, arrested, caught in the act, đầu thú (surrendered),
// handed over to the investigating body; each time optional (a check box, then dd/MM/yyyy HH:mm).
// Saving runs CasePersonRepo::setSuspectOutcome; an error is shown and the dialog stays open.
class SuspectOutcomeDialog : public QDialog {
    Q_OBJECT
public:
    SuspectOutcomeDialog(Register& reg, const Clock& clock, const Session& session,
                         qint64 casePersonId, const QString& name, const SuspectOutcome& current,
                         QWidget* parent = nullptr);

    void accept() override;

private:
    struct Row {
        QCheckBox* set = nullptr;
        QDateTimeEdit* at = nullptr;
    };
    Row addRow(const QString& name, const QString& label, const QDateTime& value);
    QDateTime valueOf(const Row& row) const;

    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    qint64 m_casePersonId = 0;
    Row m_identified, m_arrested, m_surrendered, m_handedOver;
    QCheckBox* m_caughtInAct = nullptr;
};

} // namespace binhyen::ui
