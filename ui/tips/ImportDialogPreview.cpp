// ImportDialog: the preview, the per-row error list and the import itself.
#include "models/domain/Labels.h"
#include "models/repo/tips/TipImportRepo.h"
#include "models/store/Register.h"
#include "ui/tips/ImportDialog.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <algorithm>

namespace binhyen::ui {

namespace {

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

void ImportDialog::clearPreview(const QString& message) {
    m_preview->setRowCount(0);
    m_problems->setRowCount(0);
    m_rows = 0;
    m_summary->setText(message);
    m_import->setEnabled(false);
}

void ImportDialog::refreshPreview() {
    if (m_data.isEmpty())
        return;
    TipImportOptions options;
    options.encoding = encoding();
    options.mapping = mapping();
    auto report = TipImportRepo(m_register.database(), m_clock).preview(m_session, m_data, options);
    if (!report) {
        clearPreview(report.error().text());
        return;
    }
    showReport(report.value());
    showProblems(report.value());
}

void ImportDialog::showReport(const TipImportReport& report) {
    const qsizetype shown = qMin<qsizetype>(report.rows.size(), kPreviewRows);
    m_rows = int(report.rows.size());
    m_preview->setRowCount(int(shown));
    for (int row = 0; row < shown; ++row) {
        const ImportedTip& tip = report.rows.at(row);
        const bool identified = !tip.informantName.isEmpty() || !tip.informantPhone.isEmpty();
        const QList<QTableWidgetItem*> items = {
            lineCell(tip.line),
            cell(tip.oldNumber),
            cell(QLocale().toString(tip.receivedAt, QStringLiteral("dd/MM/yyyy HH:mm"))),
            cell(tip.channel.isEmpty() ? QString() : channelLabel(tip.channel)),
            cell(tip.address),
            cell(tip.summary),
            cell(identified ? tr("sealed on import") : tr("anonymous")),
            cell(tipStatusLabel(tip.status))};
        for (int column = 0; column < items.size(); ++column) {
            QTableWidgetItem* item = items.at(column);
            if (tip.refused()) {
                item->setForeground(QColor(0xb0, 0x1c, 0x1c));
                item->setToolTip(tip.errors.join(QLatin1Char('\n')));
            }
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_preview->setColumnWidth(column, qMin(m_preview->columnWidth(column), 320));

    const auto good = std::count_if(report.rows.cbegin(), report.rows.cend(),
                                    [](const ImportedTip& tip) { return !tip.refused(); });
    QString summary = tr("Rows read: %1; with errors: %2.").arg(m_rows).arg(report.refused);
    if (m_rows > shown)
        summary += QLatin1Char(' ') + tr("The preview shows the first %1.").arg(shown);
    m_summary->setText(summary);
    m_import->setEnabled(good > 0);
}

void ImportDialog::showProblems(const TipImportReport& report) {
    m_problems->setRowCount(int(report.problems.size()));
    for (int row = 0; row < report.problems.size(); ++row) {
        const TipImportProblem& problem = report.problems.at(row);
        m_problems->setItem(row, 0, lineCell(problem.line));
        const QString text =
            (problem.refused ? tr("Error: %1") : tr("Warning: %1")).arg(problem.message);
        QTableWidgetItem* item = cell(text);
        if (problem.refused)
            item->setForeground(QColor(0xb0, 0x1c, 0x1c));
        m_problems->setItem(row, 1, item);
    }
    m_problems->resizeColumnToContents(0);
}

bool ImportDialog::runImport() {
    if (m_data.isEmpty())
        return false;
    TipImportOptions options;
    options.encoding = encoding();
    options.mapping = mapping();
    options.skipBadRows = m_skipBad->isChecked();
    auto report = TipImportRepo(m_register.database(), m_clock).import(m_session, m_data, options);
    if (!report) {
        m_result->setText(tr("Nothing was imported: %1").arg(report.error().text()));
        return false;
    }
    showProblems(report.value());
    m_imported = report.value().imported;
    if (m_imported == 0) {
        m_result->setText(
            report.value().refused > 0
                ? tr("Nothing was imported: %n row(s) have errors. Correct the file or tick "
                     "\"Skip the rows with errors\".",
                     nullptr, report.value().refused)
                : tr("Nothing was imported."));
        return false;
    }
    const QStringList& numbers = report.value().numbers;
    m_result->setText(tr("Imported %n tip(s) (%1 – %2).", nullptr, m_imported)
                          .arg(numbers.value(0), numbers.value(numbers.size() - 1)));
    m_import->setEnabled(false); // importing the same file twice would duplicate the tips
    Q_EMIT imported(m_imported);
    return true;
}

} // namespace binhyen::ui
