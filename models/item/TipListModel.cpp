#include "models/item/TipListModel.h"

#include "models/domain/Labels.h"
#include "models/item/ListFormat.h"

namespace binhyen {

TipListModel::TipListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void TipListModel::reload(QList<TipRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int TipListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TipListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant TipListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TipRow& tip = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(tip, index.column());
    case SortRole:
        return sortKey(tip, index.column());
    case IdRole:
        return qlonglong(tip.id);
    case SealedRole:
        return tip.identitySealed;
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

QVariant TipListModel::display(const TipRow& tip, int column) const {
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
    case Summary:
        return tip.summary;
    case Valuable:
        return tip.valuable ? yesNoLabel(true) : QString();
    default:
        return {};
    }
}

QVariant TipListModel::sortKey(const TipRow& tip, int column) const {
    switch (column) {
    case Number:
        return listformat::numberKey(tip.number);
    case ReceivedAt:
        return tip.receivedAt;
    case Valuable:
        return int(tip.valuable);
    default:
        return display(tip, column);
    }
}

QVariant TipListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return int(section == Valuable ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case ReceivedAt:
        return tr("Received at");
    case Channel:
        return tr("Channel");
    case Informant:
        return tr("Informant");
    case Hamlet:
        return tr("Hamlet");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    case Summary:
        return tr("Summary");
    case Valuable:
        return tr("Valuable");
    default:
        return {};
    }
}

} // namespace binhyen
