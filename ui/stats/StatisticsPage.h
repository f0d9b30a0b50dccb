#pragma once

#include "models/domain/Error.h"
#include "models/domain/MonthFigures.h"
#include "models/repo/stats/MonthLockRepo.h"
#include "models/repo/stats/StatsSeriesRepo.h"

#include <QJsonObject>
#include <QWidget>

class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QThread;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class DrillDialog;
class StatsChartsPanel;

// The statistics of a month (docs/INDICATORS.md): every indicator with the previous month and the
// same month a year earlier, whether the month is locked, the adjustments; a chief locks the
// month or issues a correction of a locked one. The figures, the reports issued for the month and
// the series of the charts (StatsSeriesRepo) are computed in a worker thread with its own
// connection, with progress. Two tabs: the table and the charts (StatsChartsPanel). A double-click
// or Enter on a cell of the table, or a click on a bar of the channel chart, lists the records
// behind the figure (DrillDialog); Enter there on a tip or a case emits openTip / openCase.
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

    StatsChartsPanel* chartsPanel() const { return m_charts; }
    // The reports issued for the month shown (original, then corrections).
    const QList<MonthReport>& reports() const { return m_reports; }
    // Opens the dialog listing the records behind the figure `key` of `month` (returns it; null
    // and the error shown on failure).
    DrillDialog* drill(const QString& month, const QString& key);
    // Opens the correction dialog (a chief, a locked month).
    void issueCorrection();

Q_SIGNALS:
    void loaded();
    void openTip(qint64 tipId);
    void openCase(qint64 caseId);
    // "Monthly report…": the lead's report dialog (issue 7) builds the report of `month`.
    void reportRequested(const QString& month);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void workerDone();
    void showDocument(const QJsonObject& document);
    void lockMonth();
    void exportCsv();
    void updateActions();
    void showReports();
    void setProgress(int step);
    // After a lock or a correction: keeps the latest audit checkpoint in the keychain; a short
    // note in the page when the keychain is unavailable.
    void rememberCheckpoint();

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
    QPushButton* m_correction = nullptr;
    QPushButton* m_report = nullptr;
    QTabWidget* m_tabs = nullptr;
    StatsChartsPanel* m_charts = nullptr;
    QListWidget* m_reportList = nullptr;
    QLabel* m_note = nullptr;
    QThread* m_thread = nullptr;
    bool m_again = false;
    bool m_computeWhenShown = false; // nothing computed yet: reload() on the first showEvent
    // Written by the worker, read after it finished.
    QJsonObject m_result;
    QList<MonthReport> m_resultReports;
    MonthCharts m_resultCharts;
    Error m_error;
    bool m_failed = false;
    MonthlyFigures m_figures;
    bool m_locked = false;
    QList<MonthReport> m_reports;
};

} // namespace binhyen::ui
