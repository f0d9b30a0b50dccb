#include "ui/main/ListPage.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {
constexpr int kMaxColumnWidth = 190;
} // namespace

ListPage::ListPage(QAbstractItemModel* model, const Layout& layout, QWidget* parent)
    : QWidget(parent)
    , m_layout(layout) {
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(layout.sortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("caption"));
    QFont small = m_caption->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_caption->setFont(small);
    m_caption->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView* header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(layout.stretchColumn, QHeaderView::Stretch);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(layout.newestColumn, Qt::DescendingOrder);

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(6, 6, 6, 6);
    box->setSpacing(4);
    box->addWidget(m_caption);
    box->addWidget(m_view, 1);
}

void ListPage::setCaption(const QString& text) {
    m_caption->setText(text);
}

void ListPage::fitColumns() {
    const int columns = m_proxy->columnCount();
    for (int column = 0; column < columns; ++column) {
        if (column == m_layout.stretchColumn)
            continue;
        m_view->resizeColumnToContents(column);
        const int width = m_view->columnWidth(column) + 14;
        m_view->setColumnWidth(column, qMin(width, kMaxColumnWidth));
    }
}

} // namespace binhyen::ui
