#pragma once

#include <QDialog>

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class CaseFields;

// "Vụ việc mới": the fields of a new case. With a tip, prefilled from it (CaseRepo::prefillFromTip)
// and created with the tip linked (CaseRepo::createFromTip). Accepting creates the case and emits
// caseCreated; an error is shown and the dialog stays open.
class NewCaseDialog : public QDialog {
    Q_OBJECT
public:
    NewCaseDialog(Register& reg, const Clock& clock, const Session& session, qint64 tipId = 0,
                  QWidget* parent = nullptr);

    CaseFields* fields() const { return m_fields; }
    qint64 tipId() const { return m_tipId; }
    void accept() override;

Q_SIGNALS:
    void caseCreated(qint64 caseId);

private:
    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    qint64 m_tipId = 0;
    CaseFields* m_fields = nullptr;
};

} // namespace binhyen::ui
