#include "ui/review/ReviewSection.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

const QString kTimeFormat = QStringLiteral("dd/MM/yyyy HH:mm");

} // namespace

ReviewSection::ReviewSection(const QString& name, const QString& titleFormat,
                             const QString& timeHeader, const QString& emptyText, QWidget* parent)
    : QGroupBox(parent)
    , m_titleFormat(titleFormat) {
    setObjectName(name + QStringLiteral("Section"));
    setTitle(titleFormat.arg(0));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(name + QStringLiteral("Table"));
    m_table->setHorizontalHeaderLabels(
        {tr("Number"), tr("Content"), tr("Hamlet"), timeHeader, tr("Officer")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setTabKeyNavigation(false);
    connect(m_table, &QWidget::customContextMenuRequested, this, &ReviewSection::showMenu);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReviewSection::currentChanged);
    connect(m_table, &QAbstractItemView::activated, this, [this] {
        if (m_default && m_default->isEnabled())
            m_default->trigger();
    });
    m_empty = new QLabel(emptyText, this);
    m_empty->setObjectName(name + QStringLiteral("Empty"));
    m_empty->setStyleSheet(QStringLiteral("color: #555; font-style: italic;"));
    m_more = new QLabel(this);
    m_more->setObjectName(name + QStringLiteral("More"));
    m_more->setStyleSheet(QStringLiteral("color: #555;"));
    m_more->hide();
    m_buttons = new QHBoxLayout;
    m_buttons->setContentsMargins(0, 0, 0, 0);
    auto* box = new QVBoxLayout(this);
    box->addWidget(m_table, 1);
    box->addWidget(m_empty);
    box->addWidget(m_more);
    box->addLayout(m_buttons);
    m_buttons->addStretch(1);
}

void ReviewSection::addAction(QAction* action, bool isDefault) {
    m_actions.append(action);
    if (isDefault)
        m_default = action;
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setObjectName(action->objectName() + QStringLiteral("Button"));
    m_buttons->insertWidget(m_buttons->count() - 1, button); // before the stretch
    m_buttonWidgets.append(button);
    // Keyboard: the action's shortcut works while the table has focus.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(action);
}

void ReviewSection::setItems(const QList<ReviewItem>& items, const QDateTime& now, bool markOverdue,
                             qint64 total) {
    const qint64 selected = current() ? current()->id : 0;
    m_items = items;
    total = qMax(total, qint64(items.size()));
    setTitle(m_titleFormat.arg(total));
    m_more->setText(tr("Showing the first %1 of %2.").arg(items.size()).arg(total));
    m_more->setVisible(total > items.size());
    m_table->setRowCount(int(items.size()));
    int reselect = -1;
    for (int row = 0; row < items.size(); ++row) {
        const ReviewItem& item = items.at(row);
        const bool overdue = markOverdue && item.at.isValid() && item.at < now;
        QString at = item.at.isValid() ? item.at.toString(kTimeFormat) : QString();
        if (overdue) // readable on a selected row too, where the colour is not
            at = tr("%1 (overdue)").arg(at);
        const QString values[] = {item.number, item.text, item.hamlet, at, item.person};
        for (int column = 0; column < 5; ++column) {
            auto* cell = new QTableWidgetItem(values[column]);
            if (column == 1)
                cell->setToolTip(item.text);
            if (overdue) {
                cell->setForeground(QColor(0xb0, 0, 0));
                QFont bold = cell->font();
                bold.setBold(true);
                cell->setFont(bold);
            }
            m_table->setItem(row, column, cell);
        }
        if (item.id == selected)
            reselect = row;
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(3);
    m_table->setVisible(!items.isEmpty());
    m_empty->setVisible(items.isEmpty());
    for (QToolButton* button : std::as_const(m_buttonWidgets))
        button->setVisible(!items.isEmpty()); // nothing to act on: a one-line section
    if (!items.isEmpty())
        m_table->selectRow(reselect >= 0 ? reselect : 0);
    const int rows = qMin(int(items.size()), 6);
    m_table->setMinimumHeight(m_table->horizontalHeader()->height() +
                              m_table->verticalHeader()->defaultSectionSize() * qMax(rows, 2) + 4);
    Q_EMIT currentChanged();
}

const ReviewItem* ReviewSection::current() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_items.at(row);
}

void ReviewSection::showMenu(const QPoint& pos) {
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    auto* menu = new QMenu(m_table);
    menu->setObjectName(objectName() + QStringLiteral("Menu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (QAction* action : std::as_const(m_actions))
        menu->addAction(action);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

} // namespace binhyen::ui
