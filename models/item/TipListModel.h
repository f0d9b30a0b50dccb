#pragma once

#include "models/domain/Tip.h"

#include <QAbstractTableModel>
#include <QList>

namespace binhyen {

// The tips list as a table: a thin adapter over rows a TipRepo returned (no SQL here). Codes are
// shown through models/domain/Labels.h; SortRole gives each column a value that sorts correctly.
class TipListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        ReceivedAt,
        Channel,
        Informant,
        Hamlet,
        Category,
        Status,
        Summary,
        Valuable,
        Count
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, SealedRole };

    explicit TipListModel(QObject* parent = nullptr);

    void reload(QList<TipRow> rows);
    const TipRow& tipAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const TipRow& tip, int column) const;
    QVariant sortKey(const TipRow& tip, int column) const;

    QList<TipRow> m_rows;
};

} // namespace binhyen
