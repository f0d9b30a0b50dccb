#include "ui/movement/ActivitiesTab.h"

#include "models/domain/Clock.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/movement/ActivityRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "ui/dialogs/Messages.h"
#include "ui/movement/ActivityDialog.h"
#include "ui/movement/RegisterTools.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

ActivitiesTab::ActivitiesTab(QSqlDatabase db, const Clock& clock, const Session& session,
                             QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_canWrite(isAllowed(session.role(), Operation::WriteRecords)) {
    setObjectName(QStringLiteral("activitiesTab"));
    m_month = new MonthFilter(stationToday(clock), QStringLiteral("activitiesFilter"), this);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("activitiesTotals"));
    m_table = registerTable(QStringLiteral("activitiesTable"),
                            {tr("Date"), tr("Kind"), tr("Hamlet"), tr("Title"), tr("Attendance"),
                             tr("Model"), tr("Officer"), tr("Note")},
                            this);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_table->setColumnWidth(3, 320);
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Interactive);
    m_table->setColumnWidth(5, 240);
    m_new = new QPushButton(tr("&New activity…"), this);
    m_new->setObjectName(QStringLiteral("activityNew"));
    m_new->setEnabled(m_canWrite);
    if (!m_canWrite)
        m_new->setToolTip(readOnlyReason());

    auto* top = new QHBoxLayout;
    top->addWidget(m_month);
    top->addSpacing(24);
    top->addWidget(m_totals, 1);
    top->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    connect(m_month, &MonthFilter::changed, this, &ActivitiesTab::reload);
    connect(m_new, &QPushButton::clicked, this, &ActivitiesTab::newActivity);
    connect(m_table, &QTableWidget::itemActivated, this, &ActivitiesTab::openSelected);
    reload();
}

void ActivitiesTab::reload() {
    auto activities = ActivityRepo(m_db, m_clock).list(m_session, m_month->from(), m_month->to());
    m_table->setRowCount(0);
    if (!activities) {
        m_totals->clear();
        showError(this, tr("Activities"), activities.error());
        return;
    }
    m_table->setRowCount(int(activities.value().size()));
    int row = 0;
    int attendance = 0;
    for (const ActivityRow& a : activities.value()) {
        setRegisterRow(m_table, row++, a.id,
                       {movementDateText(a.heldOn), a.kindLabel, a.placeName, a.title,
                        QString::number(a.attendance), a.modelName, a.officerName, a.note},
                       {4});
        attendance += a.attendance;
    }
    m_totals->setText(
        tr("Activities: %1 · attending in all: %2").arg(activities.value().size()).arg(attendance));
}

void ActivitiesTab::openSelected() {
    if (selectedRowId(m_table))
        showRowDetails(m_table, m_table->currentRow(), tr("Activity"), this);
}

void ActivitiesTab::newActivity() {
    if (!m_canWrite)
        return;
    auto* dialog = new ActivityDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ActivityDialog::saved, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->resize(dialog->sizeHint().expandedTo(QSize(520, 0)));
    dialog->open();
}

} // namespace binhyen::ui
