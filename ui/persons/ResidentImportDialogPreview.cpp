// ResidentImportDialog: the preview, the per-row error list and the import itself.
#include "models/repo/persons/ResidentImportRepo.h"
#include "models/store/Register.h"
#include "ui/persons/ResidentImportDialog.h"

#include <QCheckBox>
#include <QColor>
#include <QCoreApplication>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>

namespace binhyen::ui {

namespace {

const QColor kErrorColour(0xb0, 0x1c, 0x1c);
const QColor kSkippedColour(0x80, 0x60, 0x00);

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QTableWidgetItem* lineCell(int line) {
    auto* item = new QTableWidgetItem(QString::number(line));
    item->setData(Qt::UserRole, line);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

void ResidentImportDialog::clearPreview(const QString& message) {
    m_preview->setRowCount(0);
    m_problems->setRowCount(0);
    m_summary->setText(message);
    m_import->setEnabled(false);
}

void ResidentImportDialog::refreshPreview() {
    if (m_data.isEmpty())
        return;
    ResidentImportOptions options;
    options.encoding = encoding();
    options.mapping = mapping();
    auto report =
        ResidentImportRepo(m_register.database(), m_clock).preview(m_session, m_data, options);
    if (!report) {
        clearPreview(report.error().text());
        return;
    }
    showReport(report.value());
    showProblems(report.value());
}

void ResidentImportDialog::showReport(const ResidentImportReport& report) {
    const int rows = int(report.rows.size());
    const int shown = qMin(rows, kPreviewRows);
    m_preview->setRowCount(shown);
    int good = 0;
    for (const ImportedResident& r : report.rows)
        good += r.refused() || report.isDuplicate(r.line) ? 0 : 1;
    for (int row = 0; row < shown; ++row) {
        const ImportedResident& r = report.rows.at(row);
        const bool duplicate = report.isDuplicate(r.line);
        const QString status = r.refused() ? tr("error")
                               : duplicate ? tr("already in the register: skipped")
                                           : tr("to import");
        const QList<QTableWidgetItem*> items = {
            lineCell(r.line),
            cell(r.person.fullName),
            cell(r.person.birthYear ? QString::number(r.person.birthYear) : QString()),
            cell(r.person.idNumber),
            cell(r.person.phone),
            cell(r.hamletName.isEmpty() ? r.hamlet : r.hamletName),
            cell(status)};
        for (int column = 0; column < items.size(); ++column) {
            QTableWidgetItem* item = items.at(column);
            if (r.refused()) {
                item->setForeground(kErrorColour);
                item->setToolTip(r.errors.join(QLatin1Char('\n')));
            } else if (duplicate) {
                item->setForeground(kSkippedColour);
            }
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    QString summary = tr("Rows read: %1; to import: %2; with errors: %3; already in the "
                         "register: %4.")
                          .arg(rows)
                          .arg(good)
                          .arg(report.refused)
                          .arg(report.duplicates);
    if (rows > shown)
        summary += QLatin1Char(' ') + tr("The preview shows the first %1.").arg(shown);
    m_summary->setText(summary);
    m_import->setEnabled(good > 0);
}

void ResidentImportDialog::showProblems(const ResidentImportReport& report) {
    m_problems->setRowCount(int(report.problems.size()));
    for (int row = 0; row < report.problems.size(); ++row) {
        const ResidentImportProblem& problem = report.problems.at(row);
        m_problems->setItem(row, 0, lineCell(problem.line));
        const QString text = problem.kind == ResidentImportProblem::Kind::Refused
                                 ? tr("Error: %1").arg(problem.message)
                             : problem.kind == ResidentImportProblem::Kind::Duplicate
                                 ? tr("Skipped: %1").arg(problem.message)
                                 : tr("Warning: %1").arg(problem.message);
        QTableWidgetItem* item = cell(text);
        if (problem.kind == ResidentImportProblem::Kind::Refused)
            item->setForeground(kErrorColour);
        m_problems->setItem(row, 1, item);
    }
    m_problems->resizeColumnToContents(0);
}

bool ResidentImportDialog::runImport() {
    if (m_data.isEmpty())
        return false;
    ResidentImportOptions options;
    options.encoding = encoding();
    options.mapping = mapping();
    options.skipBadRows = m_skipBad->isChecked();
    options.progress = [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    };
    m_import->setEnabled(false);
    auto report =
        ResidentImportRepo(m_register.database(), m_clock).import(m_session, m_data, options);
    if (!report) {
        m_progress->setValue(0);
        m_import->setEnabled(true);
        m_result->setText(tr("Nothing was imported: %1").arg(report.error().text()));
        return false;
    }
    showProblems(report.value());
    m_imported = report.value().imported;
    if (m_imported == 0) {
        m_progress->setValue(0);
        m_import->setEnabled(report.value().refused > 0);
        m_result->setText(
            report.value().refused > 0
                ? tr("Nothing was imported: %n row(s) have errors. Correct the file or tick "
                     "\"Skip the rows with errors\".",
                     nullptr, report.value().refused)
                : tr("Nothing was imported."));
        return false;
    }
    m_result->setText(
        tr("Imported %n resident(s); %1 already in the register were skipped.", nullptr, m_imported)
            .arg(report.value().duplicates));
    // m_import stays disabled: importing the same file twice would only report duplicates.
    Q_EMIT imported(m_imported);
    return true;
}

} // namespace binhyen::ui
