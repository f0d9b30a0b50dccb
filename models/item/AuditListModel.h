#pragma once

#include "models/repo/audit/AuditRepo.h"

#include <QAbstractTableModel>
#include <QList>

namespace binhyen {

// The audit trail as a table: a thin adapter over rows AuditRepo::list returned (no SQL here).
// Known action and entity codes are shown translated; an unknown code is shown as it is.
class AuditListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { At, User, Action, Entity, Detail, Count };
    enum Role { SortRole = Qt::UserRole + 1, CodeRole };

    explicit AuditListModel(QObject* parent = nullptr);

    void reload(QList<AuditRow> rows);
    const AuditRow& rowAt(int row) const { return m_rows.at(row); }

    // "Xem danh tính người báo tin" for "identity.reveal"; the code itself when unknown.
    static QString actionLabel(const QString& code);
    // "Tin báo" for "tip"; the code itself when unknown.
    static QString entityLabel(const QString& code);
    // The entity codes the audit view offers as a filter.
    static QStringList knownEntities();
    // "summary: old → new; status: new → verifying" for an entry without free text.
    static QString changesText(const QVariantMap& changes);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const AuditRow& row, int column) const;

    QList<AuditRow> m_rows;
};

} // namespace binhyen
