#include "ui/main/TipListPage.h"

#include "models/domain/Clock.h"
#include "models/domain/Labels.h"
#include "models/item/TipWindowModel.h"
#include "ui/main/DueDelegate.h"
#include "ui/main/TipColumns.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

const QDate kNoDate(2000, 1, 1); // the date edits' "no date" (their minimum)

QDateEdit* dateEdit(QWidget* parent, const QString& name) {
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QStringLiteral("__/__/____"));
    edit->setDate(kNoDate);
    return edit;
}

QComboBox* combo(QWidget* parent, const QString& name, const QString& all) {
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->addItem(all, QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    box->setMaximumWidth(230);
    return box;
}

QString code(const QComboBox* box) {
    return box->currentData().toString();
}

} // namespace

TipListPage::TipListPage(QSqlDatabase db, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock) {
    m_model = new TipWindowModel(db, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("tipList"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(TipWindowModel::Due, new DueDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row height: the view never measures rows, so it never reads the whole register.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TipWindowModel::Summary, QHeaderView::Stretch);
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(TipWindowModel::ReceivedAt, Qt::DescendingOrder);
    fitTipColumns(m_view);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("tipSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(
        tr("Search tips: words without accents are fine (lang dai, trom cap, 72E1-123.45)"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    buildFilterBar();
    m_steps = new TipStatusBar(db, clock, m_view, this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_order);
    top->addWidget(m_count);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(6, 6, 6, 6);
    box->setSpacing(4);
    box->addLayout(top);
    box->addWidget(findChild<QWidget*>(QStringLiteral("filterBar")));
    box->addWidget(m_steps);
    box->addWidget(m_view, 1);

    // Typing searches after a short pause; filters apply at once.
    auto* typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, &TipListPage::apply);
    connect(m_search, &QLineEdit::returnPressed, this, &TipListPage::apply);
    // After a workflow step the list is read again, on the same tip.
    connect(m_steps, &TipStatusBar::changed, this, [this](qint64 tipId) {
        apply();
        selectTip(tipId);
    });
    // The number and the received time sort (by order of entry); other columns do not.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        QHeaderView* h = m_view->horizontalHeader();
        if (column != TipWindowModel::Number && column != TipWindowModel::ReceivedAt) {
            const QSignalBlocker block(h);
            h->setSortIndicator(TipWindowModel::ReceivedAt, m_order->currentIndex() == 1
                                                                ? Qt::AscendingOrder
                                                                : Qt::DescendingOrder);
            return;
        }
        m_order->setCurrentIndex(h->sortIndicatorOrder() == Qt::AscendingOrder ? 1 : 0);
    });
    connect(m_order, &QComboBox::currentIndexChanged, this, [this](int index) {
        QHeaderView* h = m_view->horizontalHeader();
        const QSignalBlocker block(h);
        h->setSortIndicator(h->sortIndicatorSection(),
                            index == 1 ? Qt::AscendingOrder : Qt::DescendingOrder);
        h->viewport()->update();
    });
}

void TipListPage::buildFilterBar() {
    auto* bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("filterBar"));
    m_status = combo(bar, QStringLiteral("statusFilter"), tr("All statuses"));
    for (const char* s : {"new", "verifying", "forwarded", "resolved", "suspended", "closed"})
        m_status->addItem(tipStatusLabel(QString::fromLatin1(s)), QString::fromLatin1(s));
    m_channel = combo(bar, QStringLiteral("channelFilter"), tr("All channels"));
    for (const char* c : {"phone", "hotline", "zalo", "in_person", "camera", "document"})
        m_channel->addItem(channelLabel(QString::fromLatin1(c)), QString::fromLatin1(c));
    m_classification =
        combo(bar, QStringLiteral("classificationFilter"), tr("All classifications"));
    m_classification->addItem(tr("Denunciation"), QStringLiteral("to_giac"));
    m_classification->addItem(tr("Crime report"), QStringLiteral("tin_bao"));
    m_classification->addItem(tr("Prosecution petition"), QStringLiteral("kien_nghi"));
    m_classification->addItem(tr("Security and order report"), QStringLiteral("phan_anh"));
    m_classification->addItem(tr("Not a security matter"), QStringLiteral("khong_antt"));
    m_classification->addItem(tr("Not classified yet"), QStringLiteral("none"));
    m_category = combo(bar, QStringLiteral("categoryFilter"), tr("All categories"));
    m_hamlet = combo(bar, QStringLiteral("hamletFilter"), tr("All hamlets"));
    m_officer = combo(bar, QStringLiteral("officerFilter"), tr("All officers"));
    m_from = dateEdit(bar, QStringLiteral("fromDate"));
    m_to = dateEdit(bar, QStringLiteral("toDate"));
    m_dueSoon = new QCheckBox(tr("Due within 24 hours"), bar);
    m_dueSoon->setObjectName(QStringLiteral("dueSoonFilter"));
    m_overdue = new QCheckBox(tr("Overdue"), bar);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("orderBox"));
    m_order->addItem(tr("Newest first"));
    m_order->addItem(tr("Oldest first"));

    auto* grid = new QGridLayout(bar);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    int column = 0;
    for (QWidget* w : {static_cast<QWidget*>(m_status), static_cast<QWidget*>(m_channel),
                       static_cast<QWidget*>(m_classification), static_cast<QWidget*>(m_category),
                       static_cast<QWidget*>(m_hamlet), static_cast<QWidget*>(m_officer)})
        grid->addWidget(w, 0, column++);
    grid->setColumnStretch(column, 1);
    auto* dates = new QHBoxLayout;
    dates->addWidget(new QLabel(tr("Received from"), bar));
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(tr("to"), bar));
    dates->addWidget(m_to);
    dates->addSpacing(12);
    dates->addWidget(m_dueSoon);
    dates->addWidget(m_overdue);
    dates->addStretch(1);
    grid->addLayout(dates, 1, 0, 1, column + 1);

    for (QComboBox* box :
         {m_status, m_channel, m_classification, m_category, m_hamlet, m_officer, m_order})
        connect(box, &QComboBox::currentIndexChanged, this, &TipListPage::apply);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &TipListPage::apply);
    // The two clock filters exclude each other.
    connect(m_dueSoon, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_overdue->setChecked(false);
        apply();
    });
    connect(m_overdue, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_dueSoon->setChecked(false);
        apply();
    });
}

void TipListPage::reload() {
    auto choices = TipListRepo(m_db).choices();
    if (choices) {
        m_applying = true;
        const struct {
            QComboBox* box;
            const QList<TipChoice>* list;
        } fills[] = {{m_category, &choices.value().categories},
                     {m_hamlet, &choices.value().hamlets},
                     {m_officer, &choices.value().officers}};
        for (const auto& fill : fills) {
            const QString kept = code(fill.box);
            while (fill.box->count() > 1)
                fill.box->removeItem(1);
            for (const TipChoice& choice : *fill.list)
                fill.box->addItem(choice.label, choice.code);
            fill.box->setCurrentIndex(qMax(0, fill.box->findData(kept)));
        }
        m_applying = false;
    }
    apply();
}

TipFilter TipListPage::currentFilter() const {
    TipFilter f;
    f.status = code(m_status);
    f.channel = code(m_channel);
    f.classification = code(m_classification);
    f.categoryCode = code(m_category);
    if (!code(m_hamlet).isEmpty())
        f.placeId = code(m_hamlet).toLongLong();
    if (!code(m_officer).isEmpty())
        f.officerId = code(m_officer).toLongLong();
    if (m_from->date() != kNoDate)
        f.from = m_from->date();
    if (m_to->date() != kNoDate)
        f.to = m_to->date();
    if (m_dueSoon->isChecked())
        f.due = TipFilter::Due::Within24Hours;
    else if (m_overdue->isChecked())
        f.due = TipFilter::Due::Overdue;
    f.now = m_clock.now();
    f.search = m_search->text();
    f.oldestFirst = m_order->currentIndex() == 1;
    return f;
}

void TipListPage::apply() {
    if (m_applying)
        return;
    if (!m_model->setFilter(currentFilter())) {
        m_count->setText(m_model->lastError().message);
        return;
    }
    m_count->setText(tr("Tips found: %1").arg(m_model->rowCount()));
    Q_EMIT filterApplied();
}

void TipListPage::clearFilters() {
    m_applying = true;
    for (QComboBox* box :
         {m_status, m_channel, m_classification, m_category, m_hamlet, m_officer, m_order})
        box->setCurrentIndex(0);
    m_from->setDate(kNoDate);
    m_to->setDate(kNoDate);
    m_dueSoon->setChecked(false);
    m_overdue->setChecked(false);
    m_search->blockSignals(true);
    m_search->clear();
    m_search->blockSignals(false);
    m_applying = false;
}

void TipListPage::showTip(qint64 tipId) {
    clearFilters();
    apply();
    selectTip(tipId);
}

void TipListPage::selectTip(qint64 tipId) {
    auto row = TipListRepo(m_db).position(m_model->filter(), tipId);
    if (!row || row.value() < 0)
        return;
    const QModelIndex index = m_model->index(int(row.value()), TipWindowModel::Number);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void TipListPage::showDue(TipFilter::Due due) {
    clearFilters();
    (due == TipFilter::Due::Overdue ? m_overdue : m_dueSoon)->setChecked(true);
}

} // namespace binhyen::ui
