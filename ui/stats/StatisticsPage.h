#pragma once

#include "models/domain/Error.h"
#include "models/domain/MonthFigures.h"

#include <QJsonObject>
#include <QWidget>

class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QThread;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The statistics of a month (docs/INDICATORS.md): every indicator with the previous month and the
// same month a year earlier, whether the month is locked, the adjustments; a chief locks the
// month. The figures are computed in a worker thread with its own connection.
class StatisticsPage : public QWidget {
    Q_OBJECT
public:
    StatisticsPage(Register& reg, const Clock& clock, Session* session, QWidget* parent = nullptr);
    ~StatisticsPage() override;

    // "YYYY-MM" of the month shown (or being computed).
    QString month() const;
    void setMonth(const QString& month);
    bool isBusy() const { return m_thread != nullptr; }
    // The figures shown (empty until loaded).
    const MonthlyFigures& figures() const { return m_figures; }
    bool isLocked() const { return m_locked; }
    // Writes the table (indicator and the three columns) as CSV (CsvExport: UTF-8 BOM, no cell
    // read as a formula) and records the export in the audit trail. False (and the error shown)
    // on failure. exportCsv() asks for the file first.
    bool exportCsvTo(const QString& path);

Q_SIGNALS:
    void loaded();

private:
    void reload();
    void workerDone();
    void showDocument(const QJsonObject& document);
    void lockMonth();
    void exportCsv();
    void updateActions();

    Register& m_reg;
    const Clock& m_clock;
    Session* m_session;
    QDateEdit* m_month = nullptr;
    QLabel* m_lockState = nullptr;
    QProgressBar* m_busy = nullptr;
    QTableWidget* m_table = nullptr;
    QListWidget* m_adjustments = nullptr;
    QPushButton* m_lock = nullptr;
    QPushButton* m_export = nullptr;
    QThread* m_thread = nullptr;
    bool m_again = false;
    // Written by the worker, read after it finished.
    QJsonObject m_result;
    Error m_error;
    bool m_failed = false;
    MonthlyFigures m_figures;
    bool m_locked = false;
};

} // namespace binhyen::ui
