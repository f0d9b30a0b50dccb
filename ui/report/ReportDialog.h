#pragma once

#include "reports/monthly/MonthlyReportData.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The monthly report to the province (issue 7): the chief's text (I. situation, III.
// shortcomings, IV. next month's tasks, recipients, who signs) beside a preview laid out exactly as
// the PDF; save the text (Ctrl+S), refresh the preview (F5), export the PDF, the signed package or
// the CSV tables (chiefs: ExportReport; each export audited). A month not locked previews and
// exports as a draft ("DỰ THẢO").
class ReportDialog : public QDialog {
    Q_OBJECT
public:
    ReportDialog(QSqlDatabase db, const Clock& clock, const Session& session, const QString& month,
                 QWidget* parent = nullptr);

    bool isLoaded() const { return m_loaded; }
    const MonthlyReportData& data() const { return m_data; }
    // The report as the preview shows it: the loaded data with the text being edited.
    MonthlyReportData edited() const;
    bool isModified() const { return m_modified; }
    // Saves the text (a new version, audited). False (error shown) on failure.
    bool saveText();
    // Exports without asking for a path (tests and the buttons after the file dialog).
    bool exportPdfTo(const QString& path);
    bool exportPackageTo(const QString& path);
    bool exportCsvTo(const QString& folder);

protected:
    void reject() override;

private:
    void load();
    void fillEditors();
    void refreshPreview();
    void paintPreview(QPrinter* printer);
    void exportPdf();
    void exportPackage();
    void exportCsv();
    void updateActions();

    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    QString m_month;
    MonthlyReportData m_data;
    bool m_loaded = false;
    bool m_modified = false;
    QLabel* m_state = nullptr;
    QPlainTextEdit* m_situation = nullptr;
    QPlainTextEdit* m_shortcomings = nullptr;
    QPlainTextEdit* m_tasks = nullptr;
    QPlainTextEdit* m_recipients = nullptr;
    QComboBox* m_signer = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_exportPdf = nullptr;
    QPushButton* m_exportPackage = nullptr;
    QPushButton* m_exportCsv = nullptr;
};

} // namespace binhyen::ui
