#include "models/item/CaseListModel.h"

#include "models/domain/CaseLabels.h"
#include "models/domain/Labels.h"
#include "models/item/ListFormat.h"

namespace binhyen {

namespace {

bool centred(int column) {
    return column == CaseListModel::Solved || column == CaseListModel::LinkedTips ||
           column == CaseListModel::Contributed;
}

} // namespace

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CaseListModel::reload(QList<CaseRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CaseListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CaseRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        return sortKey(row, index.column());
    case IdRole:
        return qlonglong(row.id);
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (centred(index.column()))
            return int(Qt::AlignCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant CaseListModel::display(const CaseRow& row, int column) const {
    switch (column) {
    case Number:
        return row.number;
    case OpenedAt:
        return listformat::dateTime(row.openedAt);
    case OccurredAt:
        return listformat::dateTime(row.occurredAt);
    case Title:
        return row.title;
    case Type:
        return row.caseType;
    case Hamlet:
        return row.hamlet;
    case Status:
        return caseStatusLabel(row.status);
    case Solved:
        return yesNoLabel(row.solved);
    case Review: {
        const QString& review = row.reviewStatus;
        return review.isEmpty() ? QString() : caseReviewStatusLabel(review);
    }
    case LinkedTips:
        return row.linkedTips;
    case Contributed:
        return row.contributedTips;
    default:
        return {};
    }
}

QVariant CaseListModel::sortKey(const CaseRow& row, int column) const {
    switch (column) {
    case Number:
        return listformat::numberKey(row.number);
    case OpenedAt:
        return row.openedAt;
    case OccurredAt:
        return row.occurredAt.isValid() ? row.occurredAt : row.openedAt;
    case Solved:
        return int(row.solved);
    default:
        return display(row, column);
    }
}

QVariant CaseListModel::toolTip(const CaseRow& row, int column) const {
    switch (column) {
    case OccurredAt:
        return tr("Opened: %1").arg(listformat::dateTime(row.openedAt));
    case Title:
        return listformat::wrappedTip(row.title);
    case Type:
        return row.caseType;
    case LinkedTips:
    case Contributed:
        return tr("%1 linked tips, %2 of them contributed to the result")
            .arg(row.linkedTips)
            .arg(row.contributedTips);
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole)
        return int(centred(section) ? Qt::AlignCenter : Qt::AlignLeft | Qt::AlignVCenter);
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == LinkedTips)
            return tr("Linked tips");
        if (section == Contributed)
            return tr("Linked tips that contributed to the result");
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case OpenedAt:
        return tr("Opened at");
    case OccurredAt:
        return tr("Occurred at");
    case Title:
        return tr("Title");
    case Type:
        return tr("Type");
    case Hamlet:
        return tr("Hamlet");
    case Status:
        return tr("Status");
    case Solved:
        return tr("Solved");
    case Review:
        return tr("Review");
    case LinkedTips:
        return tr("Tips");
    case Contributed:
        return tr("Contributed");
    default:
        return {};
    }
}

} // namespace binhyen
