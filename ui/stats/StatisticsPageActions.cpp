// StatisticsPage: the actions beside the figures — the records behind a figure, corrections, the
// reports issued, the audit checkpoint kept in the keychain, the CSV export.
#include "models/domain/Clock.h"
#include "models/domain/CsvExport.h"
#include "models/repo/audit/AuditAnchor.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/stats/MonthLockRepo.h"
#include "models/repo/stats/StatsDrillRepo.h"
#include "models/security/Keychain.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"
#include "ui/stats/CorrectionDialog.h"
#include "ui/stats/DrillDialog.h"
#include "ui/stats/StatisticsPage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>

namespace binhyen::ui {

namespace {

QString monthText(const QString& month) { // "YYYY-MM" → "MM/yyyy"
    return month.mid(5, 2) + QLatin1Char('/') + month.left(4);
}

} // namespace

void StatisticsPage::setProgress(int step) {
    m_busy->setValue(step);
}

DrillDialog* StatisticsPage::drill(const QString& month, const QString& key) {
    if (!m_session || key.isEmpty())
        return nullptr;
    auto list = StatsDrillRepo(m_reg.database()).records(*m_session, month, key);
    if (!list) {
        showError(this, tr("Records behind the figure"), list.error());
        return nullptr;
    }
    auto* dialog = new DrillDialog(list.value(), this);
    connect(dialog, &DrillDialog::openTip, this, &StatisticsPage::openTip);
    connect(dialog, &DrillDialog::openCase, this, &StatisticsPage::openCase);
    dialog->open();
    return dialog;
}

void StatisticsPage::issueCorrection() {
    if (!m_session || !m_locked || m_reports.isEmpty())
        return;
    auto* dialog = new CorrectionDialog(m_reg.database(), m_clock, *m_session, m_figures.month,
                                        m_reports.last().number, this);
    connect(dialog, &CorrectionDialog::issued, this, [this](const MonthReport& report) {
        rememberCheckpoint();
        m_lockState->setText(tr("Correction no. %1 issued.").arg(report.number));
        reload();
    });
    dialog->open();
}

void StatisticsPage::showReports() {
    m_reportList->clear();
    for (const MonthReport& r : m_reports) {
        const QString when = r.issuedAt.toTimeZone(Clock::stationZone())
                                 .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        if (r.kind == u"correction")
            m_reportList->addItem(
                tr("No. %1 — correction issued %2: %3").arg(r.number, when, r.note));
        else
            m_reportList->addItem(tr("No. %1 — original report, issued %2").arg(r.number, when));
    }
    if (m_reports.isEmpty())
        m_reportList->addItem(tr("No report issued: the month is not locked."));
}

void StatisticsPage::rememberCheckpoint() {
    if (auto kept = auditanchor::remember(Keychain(), m_reg.database()); !kept) {
        m_note->setText(tr("Note: the audit checkpoint could not be kept in this computer's "
                           "keychain (%1). The report is issued; keep the backups.")
                            .arg(kept.error().message));
        m_note->show();
        return;
    }
    m_note->hide();
}

void StatisticsPage::lockMonth() {
    if (!m_session)
        return;
    const QString wanted = month();
    if (!askYesNo(this, tr("Lock the month"),
                  tr("Lock %1? Its figures will be stored as issued and can then only be "
                     "changed by a correction.")
                      .arg(monthText(wanted))))
        return;
    auto locked = MonthLockRepo(m_reg.database(), m_clock).lock(*m_session, wanted);
    if (!locked) {
        showError(this, tr("Lock the month"), locked.error());
        return;
    }
    rememberCheckpoint();
    reload();
}

void StatisticsPage::exportCsv() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"),
        QDir::home().filePath(QStringLiteral("thong-ke-%1.csv").arg(month())),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

bool StatisticsPage::exportCsvTo(const QString& path) {
    if (!m_session)
        return false;
    QList<QStringList> records;
    QStringList header;
    for (int c = 0; c < m_table->columnCount(); ++c)
        header << m_table->horizontalHeaderItem(c)->text();
    records << header;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList record;
        for (int c = 0; c < m_table->columnCount(); ++c)
            record << m_table->item(row, c)->text();
        records << record;
    }
    const QByteArray bytes = csvExport(records);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(
            this, tr("Export CSV"),
            makeError(ErrorCode::Io, tr("The file could not be written."), file.errorString()));
        return false;
    }
    AuditEntry entry;
    entry.action = QStringLiteral("export");
    entry.entity = QStringLiteral("report");
    entry.detail = tr("Statistics %1: %2").arg(monthText(month()), QFileInfo(path).fileName());
    if (auto logged = AuditRepo(m_reg.database(), m_clock).append(*m_session, entry); !logged) {
        showError(this, tr("Export CSV"), logged.error());
        return false;
    }
    return true;
}

} // namespace binhyen::ui
