#include "models/item/AccountListModel.h"

#include "models/security/Role.h"

namespace binhyen {

AccountListModel::AccountListModel(const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock(clock) {}

void AccountListModel::reload(QList<Account> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AccountListModel::rowOf(qint64 id) const {
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

int AccountListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

bool AccountListModel::isLocked(const Account& account) const {
    return account.lockedUntil.isValid() && account.lockedUntil > m_clock.now();
}

QVariant AccountListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Account& account = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return display(account, index.column());
    case IdRole:
        return qlonglong(account.id);
    case Qt::ToolTipRole:
        if (index.column() == FullName && !account.position.isEmpty())
            return account.position;
        if (index.column() == Username && account.mustChangePassword)
            return tr("Must change the password at the next logon");
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant AccountListModel::display(const Account& account, int column) const {
    switch (column) {
    case Username:
        return account.username;
    case FullName:
        return account.fullName;
    case Rank:
        return account.rank;
    case RoleName:
        return roleLabel(account.role);
    case Active:
        return account.active ? tr("Active") : tr("Deactivated");
    case Locked:
        return isLocked(account) ? tr("Locked until %1")
                                       .arg(account.lockedUntil.toString(QStringLiteral("HH:mm")))
                                 : QString();
    default:
        return {};
    }
}

QVariant AccountListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("User name");
    case FullName:
        return tr("Full name");
    case Rank:
        return tr("Rank");
    case RoleName:
        return tr("Role");
    case Active:
        return tr("Status");
    case Locked:
        return tr("Logon lock");
    default:
        return {};
    }
}

} // namespace binhyen
