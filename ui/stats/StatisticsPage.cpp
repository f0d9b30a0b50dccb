#include "ui/stats/StatisticsPage.h"

#include "models/domain/Clock.h"
#include "models/domain/CsvExport.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/stats/MonthLockRepo.h"
#include "models/repo/stats/StatsSeriesRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "reports/stats/IndicatorCatalog.h"
#include "reports/stats/MonthlyStatistics.h"
#include "ui/dialogs/Messages.h"
#include "ui/stats/StatsChartsPanel.h"

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
#include <QScrollArea>
#include <QTabWidget>
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
    m_busy->setRange(0, 3); // the figures, the reports issued, the series of the charts
    m_busy->setMaximumWidth(160);
    m_busy->setFormat(tr("Computing… %p%"));
    m_busy->hide();
    top->addWidget(m_busy);
    m_lockState = new QLabel(this);
    m_lockState->setObjectName(QStringLiteral("lockState"));
    top->addWidget(m_lockState, 1);
    m_lock = new QPushButton(tr("&Lock the month…"), this);
    m_lock->setObjectName(QStringLiteral("lockMonth"));
    top->addWidget(m_lock);
    m_correction = new QPushButton(tr("Issue a c&orrection…"), this);
    m_correction->setObjectName(QStringLiteral("correction"));
    top->addWidget(m_correction);
    m_report = new QPushButton(tr("Monthly re&port…"), this);
    m_report->setObjectName(QStringLiteral("monthlyReport"));
    m_report->setToolTip(tr("Prepare the monthly report of this month for the province."));
    top->addWidget(m_report);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportCsv"));
    m_export->setToolTip(tr("Save this table as a CSV file that Excel opens (the export is "
                            "recorded in the audit trail)."));
    top->addWidget(m_export);
    layout->addLayout(top);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("keychainNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    layout->addWidget(m_note);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("statsTabs"));
    auto* tablePage = new QWidget(m_tabs);
    auto* tableLayout = new QVBoxLayout(tablePage);
    m_table = new QTableWidget(0, 4, tablePage);
    m_table->setObjectName(QStringLiteral("figures"));
    m_table->setHorizontalHeaderLabels(
        {tr("Indicator"), tr("This month"), tr("Previous month"), tr("Same month last year")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("Double-click a figure or press Enter to list the records behind "
                           "it."));
    tableLayout->addWidget(m_table, 1);

    auto* lists = new QHBoxLayout;
    auto* adjustmentsBox = new QVBoxLayout;
    auto* adjustmentsLabel = new QLabel(tr("&Adjustments to locked months:"), tablePage);
    m_adjustments = new QListWidget(tablePage);
    m_adjustments->setObjectName(QStringLiteral("adjustments"));
    m_adjustments->setMaximumHeight(110);
    adjustmentsLabel->setBuddy(m_adjustments);
    adjustmentsBox->addWidget(adjustmentsLabel);
    adjustmentsBox->addWidget(m_adjustments);
    auto* reportsBox = new QVBoxLayout;
    auto* reportsLabel = new QLabel(tr("Reports &issued for the month:"), tablePage);
    m_reportList = new QListWidget(tablePage);
    m_reportList->setObjectName(QStringLiteral("reports"));
    m_reportList->setMaximumHeight(110);
    reportsLabel->setBuddy(m_reportList);
    reportsBox->addWidget(reportsLabel);
    reportsBox->addWidget(m_reportList);
    lists->addLayout(adjustmentsBox, 1);
    lists->addLayout(reportsBox, 1);
    tableLayout->addLayout(lists);
    m_tabs->addTab(tablePage, tr("&Table"));

    m_charts = new StatsChartsPanel;
    auto* chartsArea = new QScrollArea(m_tabs);
    chartsArea->setObjectName(QStringLiteral("chartsArea"));
    chartsArea->setWidgetResizable(true);
    chartsArea->setFrameShape(QFrame::NoFrame);
    chartsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the charts fit any width
    chartsArea->setWidget(m_charts);
    m_tabs->addTab(chartsArea, tr("C&harts"));
    layout->addWidget(m_tabs, 1);

    connect(m_month, &QDateEdit::dateChanged, this, [this] { reload(); });
    connect(m_lock, &QPushButton::clicked, this, [this] { lockMonth(); });
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_correction, &QPushButton::clicked, this, [this] { issueCorrection(); });
    connect(m_report, &QPushButton::clicked, this, [this] { Q_EMIT reportRequested(month()); });
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem* item) {
        const QTableWidgetItem* name = m_table->item(item->row(), 0);
        if (name && !m_figures.month.isEmpty())
            drill(m_figures.month, name->data(Qt::UserRole).toString());
    });
    connect(m_charts, &StatsChartsPanel::drillRequested, this,
            [this](const QString& month, const QString& key) { drill(month, key); });
    updateActions();
    // The figures are computed when the page is first shown (or a month is chosen), not when the
    // main window is built: opening BinhYen reads only what the first screen shows.
    m_computeWhenShown = true;
}

void StatisticsPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_computeWhenShown)
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
    m_computeWhenShown = false;
    if (!m_session || !m_session->isValid()) {
        m_lockState->setText(tr("Log on to see the statistics."));
        return;
    }
    if (m_thread) { // one computation at a time: start again when it ends
        m_again = true;
        return;
    }
    setProgress(0);
    m_busy->show();
    m_lockState->setText(tr("Computing the figures…"));
    m_lock->setEnabled(false);
    m_correction->setEnabled(false);
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
            QMetaObject::invokeMethod(
                this, [this] { setProgress(1); }, Qt::QueuedConnection);
            if (!m_failed) {
                auto reports = MonthLockRepo(db, *clock).reports(*session, wanted);
                m_failed = !reports;
                if (reports)
                    m_resultReports = reports.take();
                else
                    m_error = reports.error();
            }
            QMetaObject::invokeMethod(
                this, [this] { setProgress(2); }, Qt::QueuedConnection);
            if (!m_failed) {
                auto charts = StatsSeriesRepo(db).charts(*session, wanted);
                m_failed = !charts;
                if (charts)
                    m_resultCharts = charts.take();
                else
                    m_error = charts.error();
            }
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
    m_reports = m_resultReports;
    showDocument(m_result);
    showReports();
    m_charts->setCharts(m_resultCharts);
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

    QStringList keys = indicatorcatalog::order();
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
        auto* name = new QTableWidgetItem(indicatorcatalog::label(key));
        name->setData(Qt::UserRole, key);
        m_table->setItem(row, 0, name);
        const qint64 values[] = {f.value, f.previousMonth, f.yearEarlier};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(indicatorcatalog::number(values[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, c + 1, item);
        }
    }

    m_adjustments->clear();
    const QList<FigureDifference> adjustments =
        monthfigures::differencesFromJson(document.value(QStringLiteral("adjustments")).toArray());
    for (const FigureDifference& d : adjustments)
        m_adjustments->addItem(tr("%1 — %2: issued %3, now %4")
                                   .arg(monthText(d.month), indicatorcatalog::label(d.key),
                                        indicatorcatalog::number(d.issued),
                                        indicatorcatalog::number(d.now)));
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
    const bool corrector = m_session && isAllowed(m_session->role(), Operation::IssueCorrection);
    m_correction->setEnabled(corrector && !m_thread && m_locked);
    if (!corrector)
        m_correction->setToolTip(tr("Only the chief of the station can issue a correction."));
    else if (!m_locked)
        m_correction->setToolTip(tr("Only a locked month can be corrected."));
    else
        m_correction->setToolTip(tr("Issue a correction report of this month (đính chính) with "
                                    "the figures as they are now."));
    m_report->setEnabled(m_session && !m_thread && !m_figures.month.isEmpty());
}

} // namespace binhyen::ui
