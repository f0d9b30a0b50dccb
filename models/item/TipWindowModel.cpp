#include "models/item/TipWindowModel.h"

#include "models/domain/Labels.h"
#include "models/item/ListFormat.h"

#include <QCoreApplication>
#include <algorithm>

namespace binhyen {

TipWindowModel::TipWindowModel(QSqlDatabase db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db)) {}

bool TipWindowModel::setFilter(const TipFilter& filter) {
    beginResetModel();
    m_filter = filter;
    m_pages.clear();
    m_recent.clear();
    auto count = TipListRepo(m_db).count(m_filter);
    m_count = count ? count.value() : 0;
    m_error = count ? Error{} : count.error();
    endResetModel();
    return bool(count);
}

qint64 TipWindowModel::tipId(int row) const {
    const TipListRow* tip = rowAt(row);
    return tip ? tip->tip.id : 0;
}

const TipListRow* TipWindowModel::rowAt(int row) const {
    if (row < 0 || row >= m_count)
        return nullptr;
    const int number = row / kPageSize;
    const int within = row % kPageSize;
    auto found = m_pages.constFind(number);
    if (found == m_pages.cend()) {
        const qint64 offset = qint64(number) * kPageSize;
        const int limit = int(qMin<qint64>(kPageSize, m_count - offset));
        TipListRepo repo(m_db);
        Result<QList<TipListRow>> rows = QList<TipListRow>();
        auto before = m_pages.constFind(number - 1);
        auto after = m_pages.constFind(number + 1);
        if (before != m_pages.cend() && !before->isEmpty()) {
            // Reading on: by keyset after the previous page's last id.
            rows = repo.page(m_filter, 0, limit, before->constLast().tip.id);
        } else if (after != m_pages.cend() && !after->isEmpty()) {
            // Reading back: by keyset before the next page's first id, in the reversed order.
            TipFilter reversed = m_filter;
            reversed.oldestFirst = !m_filter.oldestFirst;
            rows = repo.page(reversed, 0, limit, after->constFirst().tip.id);
            if (rows)
                std::reverse(rows.value().begin(), rows.value().end());
        } else {
            // A jump: from whichever end of the order is nearer (TipListRepo::pageOf).
            rows = repo.pageOf(m_filter, m_count, offset, limit);
        }
        if (!rows)
            return nullptr;
        if (m_pages.size() >= kMaxPages && !m_recent.isEmpty())
            m_pages.remove(m_recent.takeFirst());
        found = m_pages.insert(number, rows.take());
    } else {
        m_recent.removeOne(number);
    }
    m_recent.append(number);
    return within < found->size() ? &found->at(within) : nullptr;
}

bool TipWindowModel::overdue(const TipListRow& row) const {
    return row.dueAt.isValid() && m_filter.now.isValid() && row.dueAt < m_filter.now &&
           (row.tip.status == QLatin1String("new") || row.tip.status == QLatin1String("verifying"));
}

int TipWindowModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(qMin<qint64>(m_count, std::numeric_limits<int>::max()));
}

int TipWindowModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant TipWindowModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    const TipListRow* row = rowAt(index.row());
    if (!row)
        return {};
    const TipRow& tip = row->tip;
    switch (role) {
    case Qt::DisplayRole:
        return display(*row, index.column());
    case SortRole:
        return index.column() == ReceivedAt ? QVariant(tip.receivedAt)
                                            : display(*row, index.column());
    case IdRole:
        return qlonglong(tip.id);
    case SealedRole:
        return tip.identitySealed;
    case OverdueRole:
        return index.column() == Due && overdue(*row);
    case Qt::ToolTipRole:
        if (index.column() == Category)
            return tip.category;
        return index.column() == Summary ? listformat::wrappedTip(tip.summary) : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == Valuable)
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant TipWindowModel::display(const TipListRow& row, int column) const {
    const TipRow& tip = row.tip;
    switch (column) {
    case Number:
        return tip.number;
    case ReceivedAt:
        return listformat::dateTime(tip.receivedAt);
    case Channel:
        return channelLabel(tip.channel);
    case Informant:
        return tip.informantPseudonym;
    case Hamlet:
        return tip.hamlet;
    case Category:
        return tip.category;
    case Status:
        return tipStatusLabel(tip.status);
    case Due:
        return listformat::dateTime(row.dueAt);
    case Summary:
        return tip.summary;
    case Valuable:
        return tip.valuable ? yesNoLabel(true) : QString();
    default:
        return {};
    }
}

QVariant TipWindowModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return int(section == Valuable ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    // Header texts keep the translation context of the earlier short list
    // ("binhyen::TipListModel").
    switch (section) {
    case Number:
        return QCoreApplication::translate("binhyen::TipListModel", "No.");
    case ReceivedAt:
        return QCoreApplication::translate("binhyen::TipListModel", "Received at");
    case Channel:
        return QCoreApplication::translate("binhyen::TipListModel", "Channel");
    case Informant:
        return QCoreApplication::translate("binhyen::TipListModel", "Informant");
    case Hamlet:
        return QCoreApplication::translate("binhyen::TipListModel", "Hamlet");
    case Category:
        return QCoreApplication::translate("binhyen::TipListModel", "Category");
    case Status:
        return QCoreApplication::translate("binhyen::TipListModel", "Status");
    case Due:
        return tr("Due");
    case Summary:
        return QCoreApplication::translate("binhyen::TipListModel", "Summary");
    case Valuable:
        return QCoreApplication::translate("binhyen::TipListModel", "Valuable");
    default:
        return {};
    }
}

void TipWindowModel::sort(int column, Qt::SortOrder order) {
    if (column != Number && column != ReceivedAt)
        return;
    TipFilter next = m_filter;
    next.oldestFirst = order == Qt::AscendingOrder;
    if (next != m_filter)
        setFilter(next);
}

} // namespace binhyen
