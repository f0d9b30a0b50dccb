#pragma once

#include "models/domain/Result.h"

#include <QDialog>
#include <QSqlDatabase>

class QLineEdit;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// One step of a tip's workflow (TipWorkflowRepo).
enum class TipStep {
    Verify,
    Forward,
    Resolve,
    ToCase,
    NotAntt,
    Duplicate,
    ProposeValuable,
    ConfirmValuable,
    RejectValuable,
    Extend
};

// A small dialog for one workflow step of one tip: the reason (always required), and for a
// forward the receiving body, the time (dd/MM/yyyy HH:mm) and the transfer slip's number, for a
// duplicate the original's number (TB-NNNN/YYYY). Accepting runs the step through
// TipWorkflowRepo; an error is shown and the dialog stays open.
class TipStatusDialog : public QDialog {
    Q_OBJECT
public:
    TipStatusDialog(QSqlDatabase db, const Clock& clock, const Session& session, qint64 tipId,
                    const QString& tipNumber, TipStep step, QWidget* parent = nullptr);

    // The menu and button text of a step ("Forward to the investigating body…").
    static QString stepText(TipStep step);

    void accept() override;

private:
    QLineEdit* field(const QString& name, const QString& placeholder = {});
    Result<void> run();
    Result<qint64> originalId() const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    qint64 m_tipId = 0;
    TipStep m_step;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_body = nullptr;
    QLineEdit* m_at = nullptr;
    QLineEdit* m_slip = nullptr;
    QLineEdit* m_original = nullptr;
};

} // namespace binhyen::ui
