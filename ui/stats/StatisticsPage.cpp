#include "ui/stats/StatisticsPage.h"

#include "models/domain/Clock.h"
#include "models/domain/CsvExport.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/stats/MonthLockRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "reports/stats/MonthlyStatistics.h"
#include "ui/dialogs/Messages.h"
#include "ui/stats/IndicatorLabels.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

QString monthText(const QString& month) { // "YYYY-MM" → "MM/yyyy"
    return month.mid(5, 2) + QLatin1Char('/') + month.left(4);
}

} // namespace

StatisticsPage::StatisticsPage(Register& reg, const Clock& clock, Session* session, QWidget* parent)
    : QWidget(parent)
    , m_reg(reg)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("statisticsPage"));
    auto* layout = new QVBoxLayout(this);

    auto* top = new QHBoxLayout;
    auto* monthLabel = new QLabel(tr("&Month:"), this);
    m_month = new QDateEdit(this);
    m_month->setObjectName(QStringLiteral("month"));
    m_month->setDisplayFormat(QStringLiteral("MM/yyyy"));
    const QDate today = m_clock.now().toTimeZone(Clock::stationZone()).date();
    m_month->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    monthLabel->setBuddy(m_month);
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->hide();
    top->addWidget(m_busy);
    m_lockState = new QLabel(this);
    m_lockState->setObjectName(QStringLiteral("lockState"));
    top->addWidget(m_lockState, 1);
    m_lock = new QPushButton(tr("&Lock the month…"), this);
    m_lock->setObjectName(QStringLiteral("lockMonth"));
    top->addWidget(m_lock);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setToolTip(tr("Save this table as a CSV file that Excel opens (the export is "
                            "recorded in the audit trail)."));
    top->addWidget(m_export);
    layout->addLayout(top);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("figures"));
    m_table->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("This month"), tr("Previous month"), tr("Same month last year")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    auto* adjustmentsLabel = new QLabel(tr("&Adjustments to locked months:"), this);
    m_adjustments = new QListWidget(this);
    m_adjustments->setObjectName(QStringLiteral("adjustments"));
    m_adjustments->setMaximumHeight(110);
    adjustmentsLabel->setBuddy(m_adjustments);
    layout->addWidget(adjustmentsLabel);
    layout->addWidget(m_adjustments);

    connect(m_month, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(m_lock, &QPushButton::clicked, this, [this] { lockMonth(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    updateActions();
    reload();
}

StatisticsPage::~StatisticsPage() {
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString StatisticsPage::month() const {
    return m_month->date().toString(QStringLiteral("yyyy-MM"));
}

void StatisticsPage::setMonth(const QString& month) {
    m_month->setDate(
        QDate::fromString(month + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd")));
}

void StatisticsPage::reload() {
    if (!m_session || !m_session->isValid()) {
        m_lockState->setText(tr("Log on to see the statistics."));
        return;
    }
    if (m_thread) { // one computation at a time: start again when it ends
        m_again = true;
        return;
    }
    m_busy->show();
    m_lockState->setText(tr("Computing the figures…"));
    m_lock->setEnabled(false);
    const QString wanted = month();
    Register* reg = &m_reg;
    const Clock* clock = &m_clock;
    const Session* session = m_session;
    m_thread = QThread::create([this, reg, clock, session, wanted] {
        {
            QSqlDatabase db = reg->database();
            auto document = MonthlyStatistics(db, *clock).document(*session, wanted);
            m_failed = !document;
            if (document)
                m_result = document.value();
            else
                m_error = document.error();
        }
        reg->closeThreadConnection();
    });
    connect(m_thread, &QThread::finished, this, [this] { workerDone(); });
    m_thread->start();
}

void StatisticsPage::workerDone() {
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_busy->hide();
    if (m_again) {
        m_again = false;
        reload();
        return;
    }
    if (m_failed) {
        m_lockState->clear();
        updateActions();
        showError(this, tr("Statistics"), m_error);
        return;
    }
    showDocument(m_result);
    Q_EMIT loaded();
}

void StatisticsPage::showDocument(const QJsonObject& document) {
    m_figures.month = document.value(QStringLiteral("month")).toString();
    m_figures.figures = monthfigures::fromJson(document);
    m_locked = document.value(QStringLiteral("locked")).toBool();
    m_lockState->setText(
        m_locked
            ? tr("Locked, report no. %1").arg(document.value(QStringLiteral("number")).toString())
            : tr("Not locked"));

    QStringList keys = indicatorlabels::order();
    for (auto it = m_figures.figures.cbegin(); it != m_figures.figures.cend(); ++it)
        if (!keys.contains(it.key()))
            keys << it.key();
    m_table->setRowCount(0);
    for (const QString& key : keys) {
        if (!m_figures.figures.contains(key))
            continue;
        const Figure f = m_figures.figures.value(key);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(indicatorlabels::label(key));
        name->setData(Qt::UserRole, key);
        m_table->setItem(row, 0, name);
        const qint64 values[] = {f.value, f.previousMonth, f.yearEarlier};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(indicatorlabels::number(values[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c + 1, item);
        }
    }

    m_adjustments->clear();
    const QList<FigureDifference> adjustments =
        monthfigures::differencesFromJson(document.value(QStringLiteral("adjustments")).toArray());
    for (const FigureDifference& d : adjustments)
        m_adjustments->addItem(tr("%1 — %2: issued %3, now %4")
                                   .arg(monthText(d.month), indicatorlabels::label(d.key),
                                        indicatorlabels::number(d.issued),
                                        indicatorlabels::number(d.now)));
    if (adjustments.isEmpty())
        m_adjustments->addItem(tr("No adjustments."));
    updateActions();
}

void StatisticsPage::updateActions() {
    m_export->setEnabled(m_session && !m_thread && m_table->rowCount() > 0);
    const bool chief = m_session && isAllowed(m_session->role(), Operation::LockMonth);
    m_lock->setEnabled(chief && !m_thread && !m_locked && !m_figures.month.isEmpty());
    if (!chief)
        m_lock->setToolTip(tr("Only the chief of the station can lock a month."));
    else if (m_locked)
        m_lock->setToolTip(tr("This month is already locked."));
    else
        m_lock->setToolTip(tr("Store the month's figures as issued in the monthly report."));
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
