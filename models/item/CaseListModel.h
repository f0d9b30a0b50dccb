#pragma once

#include "models/domain/Case.h"

#include <QAbstractTableModel>
#include <QList>

namespace binhyen {

// The cases list as a table: a thin adapter over rows a CaseRepo returned (no SQL here). The
// review column shows the chief's review of each case (CaseDetail::reviewStatus) when the caller
// gives it.
class CaseListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        OpenedAt,
        OccurredAt,
        Title,
        Type,
        Hamlet,
        Status,
        Solved,
        Review,
        LinkedTips,
        Contributed,
        Count
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole };

    explicit CaseListModel(QObject* parent = nullptr);

    // `reviews`: case id → review code (pending | approved | returned); a missing id shows none.
    void reload(QList<CaseRow> rows);
    const CaseRow& caseAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const CaseRow& row, int column) const;
    QVariant sortKey(const CaseRow& row, int column) const;
    QVariant toolTip(const CaseRow& row, int column) const;

    QList<CaseRow> m_rows;
};

} // namespace binhyen
