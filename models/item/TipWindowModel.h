#pragma once

#include "models/repo/tips/TipListRepo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace binhyen {

// The tips register as a table over a million rows: rowCount is the filter's count, and rows are
// read on demand in pages of kPageSize into a small least-recently-used cache of at most
// kMaxPages pages — the model never holds more than that, wherever the view scrolls. Sequential
// pages are read by keyset (after the previous page's last id, or before the next page's first
// id when scrolling up); a jump reads from whichever end of the order is nearer (the last page
// is the first page of the reversed order), over an index in the list's order. Columns: the tip
// list's, plus the next legal deadline ("Due"); OverdueRole is true on that column once it has
// passed (the view shows it in red).
class TipWindowModel : public QAbstractTableModel {
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
        Due,
        Summary,
        Valuable,
        Count
    };
    enum Role { SortRole = Qt::UserRole + 1, IdRole, SealedRole, OverdueRole };
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 10;

    explicit TipWindowModel(QSqlDatabase db, QObject* parent = nullptr);

    // Applies a new filter (its `now` included) and resets the model; false when the register
    // could not be read (lastError()).
    bool setFilter(const TipFilter& filter);
    const TipFilter& filter() const { return m_filter; }
    bool reload() { return setFilter(m_filter); }
    const Error& lastError() const { return m_error; }

    int cachedPages() const { return int(m_pages.size()); }
    qint64 tipId(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // Number and received time sort by order of entry: newest or oldest first.
    void sort(int column, Qt::SortOrder order) override;

private:
    const TipListRow* rowAt(int row) const;
    bool overdue(const TipListRow& row) const;
    QVariant display(const TipListRow& row, int column) const;

    QSqlDatabase m_db;
    TipFilter m_filter;
    qint64 m_count = 0;
    Error m_error;
    mutable QHash<int, QList<TipListRow>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
};

} // namespace binhyen
