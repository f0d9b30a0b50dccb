#pragma once

#include "models/domain/Case.h"

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class CaseFields;

// The details tab of a case window: the case's fields (saved with Ctrl+S), the officer in charge
// (chiefs assign), the status, the closure proposal and — for chiefs, while it waits — approving
// or sending it back. Every step goes through the repos; after one, changed() is emitted and the
// window reads the case again.
class CaseDetailsTab : public QWidget {
    Q_OBJECT
public:
    CaseDetailsTab(Register& reg, const Clock& clock, Session& session, qint64 caseId,
                   QWidget* parent = nullptr);

    // Shows the case (and fills the choice lists on first use).
    void setCase(const CaseDetail& detail);
    CaseFields* fields() const { return m_fields; }

public Q_SLOTS:
    void save();
    void assign();
    void applyStatus();
    void proposeClosure();
    void approveClosure();
    void returnClosure();

Q_SIGNALS:
    void changed();

private:
    void loadOfficers();
    void updateActions();
    void disable(QWidget* widget, bool enabled, const QString& why);

    Register& m_register;
    const Clock& m_clock;
    Session& m_session;
    qint64 m_caseId = 0;
    CaseDetail m_detail;
    bool m_loaded = false;
    CaseFields* m_fields = nullptr;
    QComboBox* m_officer = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_setStatus = nullptr;
    QPushButton* m_propose = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_return = nullptr;
};

} // namespace binhyen::ui
