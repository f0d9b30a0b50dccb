#include "ui/cases/CaseTimelineTab.h"

#include "models/domain/CaseLabels.h"
#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/cases/CaseTimelineRepo.h"
#include "models/repo/tips/LegalFormsRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "reports/cases/CaseTimelineReport.h"
#include "ui/dialogs/Messages.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

const QString kTimeFormat = QStringLiteral("dd/MM/yyyy HH:mm");

// Steps recorded by other actions (linking a tip, proposing or reviewing a closure, the Zalo
// notice dialog) are not offered in the add row.
bool addedByHand(const QString& kind) {
    return kind != QStringLiteral("tip_linked") && kind != QStringLiteral("outcome") &&
           kind != QStringLiteral("review") && kind != QStringLiteral("zalo_notice");
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

CaseTimelineTab::CaseTimelineTab(Register& reg, const Clock& clock, Session& session, qint64 caseId,
                                 QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session)
    , m_caseId(caseId) {
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("timeline"));
    m_table->setHorizontalHeaderLabels(
        {tr("Time"), tr("Step"), tr("Officer"), tr("Tip"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    buildAddRow();

    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printTimeline"));
    connect(m_print, &QPushButton::clicked, this, &CaseTimelineTab::print);
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("saveTimelinePdf"));
    connect(m_pdf, &QPushButton::clicked, this, &CaseTimelineTab::saveAsPdf);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch(1);
    bottom->addWidget(m_print);
    bottom->addWidget(m_pdf);

    auto* box = new QVBoxLayout(this);
    box->addWidget(m_table, 1);
    box->addWidget(findChild<QWidget*>(QStringLiteral("addEventRow")));
    box->addLayout(bottom);
}

void CaseTimelineTab::buildAddRow() {
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("addEventRow"));
    m_kind = new QComboBox(row);
    m_kind->setObjectName(QStringLiteral("eventKind"));
    for (const QString& kind : CaseTimelineRepo::kinds()) {
        if (addedByHand(kind))
            m_kind->addItem(caseEventKindLabel(kind), kind);
    }
    m_at = new QDateTimeEdit(row);
    m_at->setObjectName(QStringLiteral("eventAt"));
    m_at->setDisplayFormat(kTimeFormat);
    m_at->setCalendarPopup(true);
    // Station wall-clock time, shown as it is: no conversion through the PC's own time zone.
    m_at->setTimeSpec(Qt::UTC);
    m_officer = new QComboBox(row);
    m_officer->setObjectName(QStringLiteral("eventOfficer"));
    m_note = new QLineEdit(row);
    m_note->setObjectName(QStringLiteral("eventNote"));
    m_note->setPlaceholderText(tr("What happened (Ctrl+Enter adds the event)"));
    m_add = new QPushButton(tr("&Add event"), row);
    m_add->setObjectName(QStringLiteral("addEvent"));
    m_add->setToolTip(tr("Add the event to the timeline (Ctrl+Enter)"));
    connect(m_add, &QPushButton::clicked, this, &CaseTimelineTab::addEvent);
    connect(m_note, &QLineEdit::returnPressed, this, &CaseTimelineTab::addEvent);
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CaseTimelineTab::addEvent);
    }
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&New event:"), row);
    label->setBuddy(m_kind);
    layout->addWidget(label);
    layout->addWidget(m_kind);
    layout->addWidget(m_at);
    layout->addWidget(m_officer);
    layout->addWidget(m_note, 1);
    layout->addWidget(m_add);
}

void CaseTimelineTab::setCase(const CaseDetail& detail) {
    m_detail = detail;
    if (!m_officersLoaded) {
        m_officer->addItem(tr("(nobody)"), qlonglong(0));
        if (auto accounts = UserRepo(m_register.database(), m_clock).list()) {
            for (const Account& account : accounts.value()) {
                if (account.active && account.role != Role::Inspector)
                    m_officer->addItem(account.fullName, qlonglong(account.id));
            }
        }
        m_officer->setCurrentIndex(qMax(0, m_officer->findData(qlonglong(m_session.userId()))));
        setEventTimeNow();
        m_officersLoaded = true;
    }
    const bool closed = detail.status == QStringLiteral("closed");
    const bool canWrite = isAllowed(m_session.role(), Operation::WriteRecords);
    const QString why = closed ? tr("The case is closed.") : tr("Your role may not change cases.");
    for (QWidget* w : {static_cast<QWidget*>(m_kind), static_cast<QWidget*>(m_at),
                       static_cast<QWidget*>(m_officer), static_cast<QWidget*>(m_note),
                       static_cast<QWidget*>(m_add)}) {
        w->setEnabled(canWrite && !closed);
        w->setToolTip(canWrite && !closed ? QString() : why);
    }
    reload();
}

void CaseTimelineTab::reload() {
    auto events = CaseTimelineRepo(m_register.database(), m_clock).events(m_session, m_caseId);
    if (!events) {
        showError(this, tr("The timeline could not be read"), events.error());
        return;
    }
    m_events = events.take();
    m_table->setRowCount(int(m_events.size()));
    for (int row = 0; row < m_events.size(); ++row) {
        const CaseEvent& e = m_events.at(row);
        m_table->setItem(row, 0, cell(e.occurredAt.toString(kTimeFormat)));
        m_table->setItem(row, 1, cell(caseEventKindLabel(e.kind)));
        m_table->item(row, 1)->setData(Qt::UserRole, e.kind);
        m_table->setItem(row, 2, cell(e.officerName));
        m_table->setItem(row, 3, cell(e.tipNumber));
        // One line in the table; the whole note (a Zalo notice has several) in the tooltip.
        QString line = e.note.simplified();
        auto* note = cell(line);
        note->setToolTip(e.note.isEmpty() ? QString()
                                          : QStringLiteral("<p style=\"white-space:pre-wrap\">") +
                                                e.note.toHtmlEscaped() + QStringLiteral("</p>"));
        m_table->setItem(row, 4, note);
    }
    m_table->resizeColumnsToContents();
    for (int column = 0; column < 4; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column) + 12, 240));
}

void CaseTimelineTab::addEvent() {
    if (!m_add->isEnabled())
        return;
    const QDateTime typed = m_at->dateTime();
    const QDateTime at(typed.date(), typed.time(), Clock::stationZone());
    auto added = CaseTimelineRepo(m_register.database(), m_clock)
                     .addEvent(m_session, m_caseId, m_kind->currentData().toString(), at,
                               m_officer->currentData().toLongLong(), m_note->text().trimmed());
    if (!added) {
        showError(this, tr("Add an event"), added.error());
        return;
    }
    m_note->clear();
    setEventTimeNow();
    reload();
    Q_EMIT changed();
}

void CaseTimelineTab::setEventTimeNow() {
    const QDateTime now = m_clock.now().toTimeZone(Clock::stationZone());
    m_at->setDateTime(
        QDateTime(now.date(), QTime(now.time().hour(), now.time().minute()), Qt::UTC));
}

CaseTimelineData CaseTimelineTab::reportData() const {
    CaseTimelineData data;
    data.detail = m_detail;
    data.events = m_events;
    data.printedAt = m_clock.now();
    data.printedBy = m_session.fullName();
    if (isAllowed(m_session.role(), Operation::PrintLegalForms)) {
        auto unit =
            LegalFormsRepo(m_register.database(), m_clock).unitAt(m_session, m_clock.now().date());
        if (unit) {
            data.unitName = unit.value().unitName;
            data.parentBody = unit.value().parentBody;
        }
    }
    return data;
}

void CaseTimelineTab::print() {
    auto* printer = new QPrinter(QPrinter::HighResolution);
    auto* dialog = new QPrintDialog(printer, this);
    dialog->setObjectName(QStringLiteral("timelinePrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::destroyed, this, [printer] { delete printer; });
    connect(dialog, &QDialog::accepted, this, [this, printer] {
        if (auto done = printCaseTimeline(reportData(), *printer); !done)
            showError(this, tr("Print the timeline"), done.error());
    });
    dialog->open();
}

void CaseTimelineTab::saveAsPdf() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = tr("Timeline %1").arg(m_detail.number);
    name.replace(QLatin1Char('/'), QLatin1Char('-'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the timeline as PDF"), QDir(folder).filePath(name + QStringLiteral(".pdf")),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto done = writeCaseTimelinePdf(reportData(), path); !done) {
        showError(this, tr("Save the timeline as PDF"), done.error());
        return;
    }
    // An export exists only because a user asked for it: recorded in the audit trail.
    AuditEntry entry;
    entry.action = QStringLiteral("case.timeline.save");
    entry.entity = QStringLiteral("case");
    entry.entityId = m_caseId;
    entry.detail = QFileInfo(path).fileName();
    if (auto audited = AuditRepo(m_register.database(), m_clock).append(m_session, entry); !audited)
        showError(this, tr("Save the timeline as PDF"), audited.error());
}

} // namespace binhyen::ui
