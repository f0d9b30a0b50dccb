#include "ui/dashboard/DashboardPage.h"

#include "models/domain/Clock.h"
#include "models/item/TipWindowModel.h"
#include "models/repo/tips/TipListRepo.h"
#include "ui/main/DueDelegate.h"
#include "ui/main/TipColumns.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace binhyen::ui {

DashboardPage::DashboardPage(QSqlDatabase db, const Clock& clock,
                             std::optional<qint64> officerScope, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_scope(officerScope) {
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(10, 10, 10, 10);
    box->setSpacing(6);
    auto* heading = new QLabel(m_scope ? tr("My tips") : tr("All tips of the station"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    heading->setFont(big);
    box->addWidget(heading);
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("dashboardCounts"));
    m_counts->setTextFormat(Qt::RichText);
    box->addWidget(m_counts);

    m_dueSoon = new TipWindowModel(db, this);
    m_overdue = new TipWindowModel(db, this);
    m_unclassified = new TipWindowModel(db, this);
    box->addWidget(addList(m_dueSoon, QStringLiteral("dueSoonList"), &m_dueSoonTitle), 1);
    box->addWidget(addList(m_overdue, QStringLiteral("overdueList"), &m_overdueTitle), 1);
    box->addWidget(
        addList(m_unclassified, QStringLiteral("unclassifiedList"), &m_unclassifiedTitle), 1);
}

QTableView* DashboardPage::addList(TipWindowModel* model, const QString& name, QLabel** title) {
    *title = new QLabel(this);
    (*title)->setObjectName(name + QStringLiteral("Title"));
    QFont bold = (*title)->font();
    bold.setBold(true);
    (*title)->setFont(bold);
    layout()->addWidget(*title);
    auto* view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setItemDelegateForColumn(TipWindowModel::Due, new DueDelegate(view));
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    for (int column : {TipWindowModel::Informant, TipWindowModel::Valuable})
        view->setColumnHidden(column, true);
    fitTipColumns(view);
    connect(view, &QAbstractItemView::activated, this, [this, model](const QModelIndex& index) {
        if (const qint64 id = model->tipId(index.row()); id > 0)
            Q_EMIT tipActivated(id);
    });
    return view;
}

void DashboardPage::reload() {
    const QDateTime now = m_clock.now();
    TipFilter base;
    base.officerId = m_scope;
    base.now = now;
    TipFilter soon = base, late = base, unclassified = base;
    soon.due = TipFilter::Due::Within24Hours;
    late.due = TipFilter::Due::Overdue;
    unclassified.status = QStringLiteral("new");
    unclassified.classification = QStringLiteral("none");
    m_dueSoon->setFilter(soon);
    m_overdue->setFilter(late);
    m_unclassified->setFilter(unclassified);
    m_dueSoonTitle->setText(tr("Due within 24 hours: %1").arg(m_dueSoon->rowCount()));
    m_overdueTitle->setText(tr("Overdue: %1").arg(m_overdue->rowCount()));
    m_unclassifiedTitle->setText(
        tr("New tips not yet classified: %1").arg(m_unclassified->rowCount()));

    auto counts = TipListRepo(m_db).deskCounts(now, m_scope);
    if (!counts) {
        m_counts->setText(counts.error().message.toHtmlEscaped());
        return;
    }
    const TipDeskCounts& c = counts.value();
    m_counts->setText(tr("Today (%1): <b>%2</b> tips &nbsp;·&nbsp; This month: <b>%3</b> tips")
                          .arg(now.toString(QStringLiteral("dd/MM/yyyy")))
                          .arg(c.today)
                          .arg(c.thisMonth));
}

} // namespace binhyen::ui
