#include "ui/movement/CoverageTab.h"

#include "models/domain/Clock.h"
#include "models/repo/movement/CoverageRepo.h"
#include "ui/dialogs/Messages.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

CoverageTab::CoverageTab(QSqlDatabase db, const Clock& clock, const Session& session,
                         QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_session(session) {
    setObjectName(QStringLiteral("coverageTab"));
    m_date = new QDateEdit(clock.now().toTimeZone(Clock::stationZone()).date(), this);
    m_date->setObjectName(QStringLiteral("coverageDate"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    auto* dateLabel = new QLabel(tr("Coverage &on:"), this);
    dateLabel->setBuddy(m_date);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("coverageTotals"));
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("coverageTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Hamlet"), tr("Zalo group"), tr("Households"), tr("Households connected")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);

    auto* top = new QHBoxLayout;
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addSpacing(24);
    top->addWidget(m_totals, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    connect(m_date, &QDateEdit::dateChanged, this, &CoverageTab::reload);
    reload();
}

void CoverageTab::reload() {
    auto coverage = CoverageRepo(m_db).on(m_session, m_date->date());
    m_table->setRowCount(0);
    if (!coverage) {
        m_totals->clear();
        showError(this, tr("Zalo coverage"), coverage.error());
        return;
    }
    const Coverage& c = coverage.value();
    const QBrush missing(QColor(0xff, 0xe0, 0xb2));
    m_table->setRowCount(c.rows.size());
    for (int i = 0; i < c.rows.size(); ++i) {
        const CoverageRow& row = c.rows.at(i);
        const bool none = row.groupId == 0;
        auto* hamlet = new QTableWidgetItem(row.kindLabel + QLatin1Char(' ') + row.name);
        hamlet->setData(Qt::UserRole, row.placeId);
        auto* group = new QTableWidgetItem(none ? tr("no group yet") : row.groupName);
        auto* households = new QTableWidgetItem(QString::number(row.households));
        households->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* connected =
            new QTableWidgetItem(none ? QString() : QString::number(row.householdsConnected));
        connected->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QList<QTableWidgetItem*> items{hamlet, group, households, connected};
        for (int col = 0; col < items.size(); ++col) {
            if (none) {
                items[col]->setBackground(missing);
                items[col]->setData(Qt::UserRole + 1, true); // highlighted: no group
            }
            m_table->setItem(i, col, items[col]);
        }
        if (none) {
            QFont f = group->font();
            f.setBold(true);
            group->setFont(f);
        }
    }
    m_totals->setText(tr("%1/%2 hamlets have a Zalo group · %3 households connected")
                          .arg(c.hamletsWithGroup)
                          .arg(c.hamlets)
                          .arg(c.householdsConnected));
}

} // namespace binhyen::ui
