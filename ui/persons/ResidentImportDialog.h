#pragma once

#include "models/domain/import/ResidentImportMapping.h"
#include "models/domain/import/TextDecoding.h"

#include <QByteArray>
#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
struct ResidentImportReport;
} // namespace binhyen

namespace binhyen::ui {

// Importing residents from a hamlet's sheet saved as CSV (issue 6 item 6; chiefs only,
// Operation::ImportRecords). The steps of the tip import dialog: the file; its encoding
// (detected, changeable, with the first lines shown as decoded); the column mapping (one row per
// source column, prefilled from the header); a preview of the rows as they will be imported with
// the per-row errors, duplicates and warnings; "skip bad rows"; the import with a progress bar.
// Writes through ResidentImportRepo; never blocks on a message box.
class ResidentImportDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 200;

    ResidentImportDialog(Register& reg, const Clock& clock, const Session& session,
                         QWidget* parent = nullptr);

    // Reads the file, detects its encoding and shows the mapping and preview (tests call this
    // instead of the file chooser). False, with the reason shown, when it cannot be read.
    bool loadFile(const QString& path);
    TextEncoding encoding() const;
    void setEncoding(TextEncoding encoding);
    ResidentMapping mapping() const;
    // Changes the field of source column `column` (the mapping step) and refreshes the preview.
    void setField(int column, ResidentField field);
    int importedCount() const { return m_imported; }

public Q_SLOTS:
    void chooseFile();
    // Imports with the current encoding, mapping and "skip bad rows"; true when persons were
    // written.
    bool runImport();

Q_SIGNALS:
    void imported(int count);

private:
    void buildLayout();
    void fillMapping();
    void refreshPreview();
    void showReport(const ResidentImportReport& report);
    void showProblems(const ResidentImportReport& report);
    void clearPreview(const QString& message);

    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    QByteArray m_data;
    TextEncoding m_detected = TextEncoding::Unknown;
    QStringList m_header;
    int m_imported = 0;
    QLineEdit* m_path = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_detectedLabel = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QTableWidget* m_mapping = nullptr;
    QTableWidget* m_preview = nullptr;
    QTableWidget* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_result = nullptr;
    QCheckBox* m_skipBad = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace binhyen::ui
