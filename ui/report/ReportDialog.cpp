#include "ui/report/ReportDialog.h"

#include "models/repo/report/ReportNarrativeRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "reports/monthly/MonthlyReport.h"
#include "reports/monthly/MonthlyReportHtml.h"
#include "reports/monthly/MonthlyReportSource.h"
#include "reports/monthly/MonthlyReportText.h"
#include "reports/package/ReportCsv.h"
#include "reports/package/ReportPackage.h"
#include "ui/dialogs/Messages.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

QPlainTextEdit* editor(const QString& name, QWidget* parent) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    return edit;
}

QString monthLabel(const QString& month) {
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate)
        .toString(QStringLiteral("MM/yyyy"));
}

} // namespace

ReportDialog::ReportDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                           const QString& month, QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_session(session)
    , m_month(month) {
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Monthly report %1").arg(monthLabel(month)));

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("reportState"));
    m_state->setWordWrap(true);
    m_situation = editor(QStringLiteral("reportSituation"), this);
    m_shortcomings = editor(QStringLiteral("reportShortcomings"), this);
    m_tasks = editor(QStringLiteral("reportTasks"), this);
    m_recipients = editor(QStringLiteral("reportRecipients"), this);
    m_recipients->setMaximumHeight(90);
    m_signer = new QComboBox(this);
    m_signer->setObjectName(QStringLiteral("reportSigner"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("I. The &situation:"), m_situation);
    form->addRow(tr("III. S&hortcomings:"), m_shortcomings);
    form->addRow(tr("IV. &Tasks for next month:"), m_tasks);
    form->addRow(tr("&Recipients (one per line; \"Archive: VT.\" is added):"), m_recipients);
    form->addRow(tr("Si&gned by:"), m_signer);

    m_save = new QPushButton(tr("&Save the text"), this);
    m_save->setObjectName(QStringLiteral("reportSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(
        tr("Ctrl+S: keeps this text as a new version (recorded in the audit trail)"));
    auto* preview = new QPushButton(tr("Re&fresh the preview"), this);
    preview->setObjectName(QStringLiteral("reportRefresh"));
    preview->setToolTip(tr("F5"));
    auto* editButtons = new QHBoxLayout;
    editButtons->addWidget(m_save);
    editButtons->addWidget(preview);
    editButtons->addStretch(1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_state);
    leftLayout->addLayout(form, 1);
    leftLayout->addLayout(editButtons);

    auto* printer = new QPrinter(QPrinter::HighResolution);
    printer->setPageSize(QPageSize(QPageSize::A4));
    m_preview = new QPrintPreviewWidget(printer, this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportDialog::paintPreview);
    connect(this, &QObject::destroyed, this, [printer] { delete printer; });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_exportPdf = new QPushButton(tr("Export the &PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("reportExportPdf"));
    m_exportPackage = new QPushButton(tr("Export the signed &package…"), this);
    m_exportPackage->setObjectName(QStringLiteral("reportExportPackage"));
    m_exportCsv = new QPushButton(tr("Export the &CSV tables…"), this);
    m_exportCsv->setObjectName(QStringLiteral("reportExportCsv"));
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_exportPdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportPackage, QDialogButtonBox::ActionRole);
    buttons->addButton(m_exportCsv, QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (saveText())
            refreshPreview();
    });
    connect(preview, &QPushButton::clicked, this, &ReportDialog::refreshPreview);
    connect(new QShortcut(QKeySequence::Refresh, this), &QShortcut::activated, this,
            &ReportDialog::refreshPreview);
    connect(m_exportPdf, &QPushButton::clicked, this, &ReportDialog::exportPdf);
    connect(m_exportPackage, &QPushButton::clicked, this, &ReportDialog::exportPackage);
    connect(m_exportCsv, &QPushButton::clicked, this, &ReportDialog::exportCsv);
    for (QPlainTextEdit* edit : {m_situation, m_shortcomings, m_tasks, m_recipients})
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            m_modified = true;
            updateActions();
        });
    connect(m_signer, &QComboBox::currentIndexChanged, this, [this] {
        m_modified = true;
        updateActions();
    });

    resize(1280, 860);
    load();
}

void ReportDialog::load() {
    auto data = loadMonthlyReport(m_db, m_clock, m_session, m_month);
    if (!data) {
        m_state->setText(data.error().message);
        showError(this, tr("Monthly report"), data.error());
        updateActions();
        return;
    }
    m_data = data.value();
    m_loaded = true;
    m_state->setText(
        m_data.draft ? tr("The month %1 is not locked: the report is a DRAFT, marked on "
                          "every page. A chief locks the month in the statistics view.")
                           .arg(monthLabel(m_month))
                     : tr("Report No. %1 issued on %2.")
                           .arg(m_data.number, m_data.date.toString(QStringLiteral("dd/MM/yyyy"))));
    fillEditors();
    refreshPreview();
}

void ReportDialog::fillEditors() {
    const ReportNarrative& n = m_data.narrative;
    const QSignalBlocker b1(m_situation), b2(m_shortcomings), b3(m_tasks), b4(m_recipients),
        b5(m_signer);
    m_situation->setPlainText(n.situation.isEmpty() ? monthlyreport::defaultSituation(m_data)
                                                    : n.situation);
    m_shortcomings->setPlainText(n.shortcomings.isEmpty() ? monthlyreport::defaultShortcomings()
                                                          : n.shortcomings);
    m_tasks->setPlainText(n.tasks.isEmpty() ? monthlyreport::defaultTasks() : n.tasks);
    m_recipients->setPlainText(
        (n.recipients.isEmpty() ? monthlyreport::defaultRecipients(m_data.identity) : n.recipients)
            .join(QLatin1Char('\n')));
    m_signer->clear();
    auto signers = ReportNarrativeRepo(m_db, m_clock).signers(m_session);
    if (signers) {
        for (const ReportSigner& s : signers.value())
            m_signer->addItem(s.position.isEmpty() ? s.fullName
                                                   : tr("%1 (%2)").arg(s.fullName, s.position),
                              s.userId);
    }
    if (m_data.signer.userId && m_signer->findData(m_data.signer.userId) < 0)
        m_signer->addItem(m_data.signer.fullName, m_data.signer.userId); // no longer active
    m_signer->setCurrentIndex(qMax(0, m_signer->findData(m_data.signer.userId)));
    m_modified = false;
    updateActions();
}

MonthlyReportData ReportDialog::edited() const {
    MonthlyReportData data = m_data;
    data.narrative.situation = m_situation->toPlainText().trimmed();
    data.narrative.shortcomings = m_shortcomings->toPlainText().trimmed();
    data.narrative.tasks = m_tasks->toPlainText().trimmed();
    QStringList recipients;
    for (const QString& line : m_recipients->toPlainText().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            recipients << line.trimmed();
    data.narrative.recipients = recipients;
    const qint64 signerId = m_signer->currentData().toLongLong();
    data.narrative.signerId = signerId;
    if (signerId && signerId != data.signer.userId) {
        if (auto s = ReportNarrativeRepo(m_db, m_clock).signer(m_session, signerId))
            data.signer = s.value();
    }
    return data;
}

bool ReportDialog::saveText() {
    if (!m_loaded)
        return false;
    auto saved = ReportNarrativeRepo(m_db, m_clock).save(m_session, edited().narrative);
    if (!saved) {
        showError(this, tr("Monthly report"), saved.error());
        return false;
    }
    m_data = edited();
    m_data.narrative = saved.value();
    m_modified = false;
    updateActions();
    return true;
}

void ReportDialog::refreshPreview() {
    if (m_loaded)
        m_preview->updatePreview();
}

void ReportDialog::paintPreview(QPrinter* printer) {
    if (!m_loaded)
        return;
    const MonthlyReportData data = edited();
    if (auto printed =
            printHtml(monthlyreport::html(data), *printer, monthlyreport::pageSetup(data));
        !printed)
        m_state->setText(printed.error().message);
}

bool ReportDialog::exportPdfTo(const QString& path) {
    if (m_modified && !saveText())
        return false;
    auto exported = exportMonthlyReportPdf(m_db, m_clock, m_session, m_month, path);
    if (!exported) {
        showError(this, tr("Export the report"), exported.error());
        return false;
    }
    return true;
}

bool ReportDialog::exportPackageTo(const QString& path) {
    auto exported = ReportPackage(m_db, m_clock).exportTo(m_session, m_month, path);
    if (!exported) {
        showError(this, tr("Export the signed package"), exported.error());
        return false;
    }
    return true;
}

bool ReportDialog::exportCsvTo(const QString& folder) {
    auto exported = ReportCsv(m_db, m_clock).exportTo(m_session, m_month, folder);
    if (!exported) {
        showError(this, tr("Export the CSV tables"), exported.error());
        return false;
    }
    return true;
}

void ReportDialog::exportPdf() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the report"),
        QDir::home().filePath(QStringLiteral("BaoCao-%1.pdf").arg(m_month)), tr("PDF (*.pdf)"));
    if (!path.isEmpty() && exportPdfTo(path))
        showInfo(this, tr("Export the report"),
                 tr("The report was saved in %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportDialog::exportPackage() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the signed package"),
        QDir::home().filePath(QStringLiteral("GoiBaoCao-%1.json").arg(m_month)),
        tr("Report package (*.json)"));
    if (!path.isEmpty() && exportPackageTo(path))
        showInfo(this, tr("Export the signed package"),
                 tr("The signed package was saved in %1. The province checks it with the "
                    "station's public key (Administration → Station signing key).")
                     .arg(QDir::toNativeSeparators(path)));
}

void ReportDialog::exportCsv() {
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Choose an empty folder for the CSV tables"), QDir::homePath());
    if (!folder.isEmpty() && exportCsvTo(folder))
        showInfo(this, tr("Export the CSV tables"),
                 tr("The tables were saved in %1.").arg(QDir::toNativeSeparators(folder)));
}

void ReportDialog::updateActions() {
    const bool mayWrite = isAllowed(m_session.role(), Operation::WriteRecords);
    const bool mayExport = isAllowed(m_session.role(), Operation::ExportReport);
    m_save->setEnabled(m_loaded && mayWrite && m_modified);
    for (QPushButton* b : {m_exportPdf, m_exportPackage, m_exportCsv}) {
        b->setEnabled(m_loaded && mayExport);
        b->setToolTip(mayExport ? QString() : tr("Only the station chief exports the report."));
    }
    for (QPlainTextEdit* edit : {m_situation, m_shortcomings, m_tasks, m_recipients})
        edit->setReadOnly(!mayWrite);
    m_signer->setEnabled(mayWrite);
}

void ReportDialog::reject() {
    if (m_modified && isAllowed(m_session.role(), Operation::WriteRecords) &&
        !askYesNo(this, tr("Monthly report"),
                  tr("The text of the report was changed and not saved. Close without saving?")))
        return;
    QDialog::reject();
}

} // namespace binhyen::ui
