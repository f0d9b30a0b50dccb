#pragma once

#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"

#include <QAbstractTableModel>
#include <QList>

namespace binhyen {

// The accounts of the station as a table: a thin adapter over UserRepo::list (no SQL here).
// Accounts are never deleted: a deactivated one stays listed.
class AccountListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Username, FullName, Rank, RoleName, Active, Locked, Count };
    enum DataRole { SortRole = Qt::UserRole + 1, IdRole };

    explicit AccountListModel(const Clock& clock, QObject* parent = nullptr);

    void reload(QList<Account> rows);
    const Account& accountAt(int row) const { return m_rows.at(row); }
    // The row of an account id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Account& account, int column) const;
    bool isLocked(const Account& account) const;

    const Clock& m_clock;
    QList<Account> m_rows;
};

} // namespace binhyen
