#pragma once

#include "models/repo/stats/MonthLockRepo.h"

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// A chief issues a correction report (đính chính) of a locked month: a required note (what the
// province asked, what changed); accepting runs MonthLockRepo::correction. Its refusal ("nothing
// changed since the report was issued" …) is shown inside the dialog, which stays open.
class CorrectionDialog : public QDialog {
    Q_OBJECT
public:
    CorrectionDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                     const QString& month, const QString& issuedNumber, QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void issued(const binhyen::MonthReport& report);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    QString m_month;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace binhyen::ui
