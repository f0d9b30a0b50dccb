#pragma once

#include "models/domain/import/TextDecoding.h"
#include "models/domain/import/TipImportMapping.h"

#include <QByteArray>
#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
struct TipImportReport;
} // namespace binhyen

namespace binhyen::ui {

// Importing the old tip register from a CSV file (issue 4 item 6; chiefs only): the file, its
// encoding (detected, changeable: the text is decoded again), the separator, the column mapping
// (one row per source column, prefilled from the header), a preview of the first rows as they
// will be imported, the per-row error list and "skip bad rows". "Import" writes through
// TipImportRepo and shows how many tips were written; it never blocks on a message box.
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kPreviewRows = 200;

    ImportDialog(Register& reg, const Clock& clock, const Session& session,
                 QWidget* parent = nullptr);

    // Reads the file, detects its encoding and shows the mapping and preview (tests call this
    // instead of the file chooser). False, with the reason shown, when it cannot be read.
    bool loadFile(const QString& path);
    // The encoding the text is decoded with now.
    TextEncoding encoding() const;
    void setEncoding(TextEncoding encoding);
    ImportMapping mapping() const;
    int importedCount() const { return m_imported; }

public Q_SLOTS:
    void chooseFile();
    // Imports with the current encoding, mapping and "skip bad rows"; true when tips were written.
    bool runImport();

Q_SIGNALS:
    void imported(int count);

private:
    void buildLayout();
    void fillMapping();
    void refreshPreview();
    void showReport(const TipImportReport& report);
    void showProblems(const TipImportReport& report);
    void clearPreview(const QString& message);
    QString separatorText(QChar separator) const;

    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    QByteArray m_data;
    TextEncoding m_detected = TextEncoding::Unknown;
    QStringList m_header;
    int m_imported = 0;
    int m_rows = 0;
    QLineEdit* m_path = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_detectedLabel = nullptr;
    QLabel* m_separator = nullptr;
    QTableWidget* m_mapping = nullptr;
    QTableWidget* m_preview = nullptr;
    QTableWidget* m_problems = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_result = nullptr;
    QCheckBox* m_skipBad = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace binhyen::ui
