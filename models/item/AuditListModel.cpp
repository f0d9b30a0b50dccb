#include "models/item/AuditListModel.h"

#include "models/item/ListFormat.h"

namespace binhyen {

AuditListModel::AuditListModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AuditListModel::reload(QList<AuditRow> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString AuditListModel::actionLabel(const QString& code) {
    static const struct {
        const char* code;
        const char* label;
    } kActions[] = {
        {"logon", QT_TR_NOOP("Logon")},
        {"logon.failed", QT_TR_NOOP("Failed logon")},
        {"logoff", QT_TR_NOOP("Logoff")},
        {"lock", QT_TR_NOOP("Screen locked")},
        {"unlock", QT_TR_NOOP("Screen unlocked")},
        {"identity.seal", QT_TR_NOOP("Informant identity sealed")},
        {"identity.reveal", QT_TR_NOOP("Informant identity revealed")},
        {"identity.merge", QT_TR_NOOP("Informant pseudonyms merged")},
        {"identity.rotate", QT_TR_NOOP("Identity key renewed")},
        {"identity.alarm", QT_TR_NOOP("Identity key alarm")},
        {"tip.create", QT_TR_NOOP("Tip recorded")},
        {"tip.update", QT_TR_NOOP("Tip changed")},
        {"tip.forward", QT_TR_NOOP("Tip forwarded")},
        {"case.create", QT_TR_NOOP("Case opened")},
        {"case.update", QT_TR_NOOP("Case changed")},
        {"user.create", QT_TR_NOOP("Account created")},
        {"user.enable", QT_TR_NOOP("Account enabled")},
        {"user.password", QT_TR_NOOP("Password changed")},
        {"user.password_reset", QT_TR_NOOP("Password reset")},
        {"user.recovery_reset", QT_TR_NOOP("Password reset with the recovery key")},
        {"user.deactivate", QT_TR_NOOP("Account deactivated")},
        {"user.activate", QT_TR_NOOP("Account reactivated")},
        {"user.role", QT_TR_NOOP("Role changed")},
        {"audit.checkpoint", QT_TR_NOOP("Audit checkpoint")},
        {"record.baseline", QT_TR_NOOP("Existing record vouched for by a chief")},
        {"identity.reseal", QT_TR_NOOP("Informant identity sealed again")},
        {"backup", QT_TR_NOOP("Backup made")},
        {"backup.create", QT_TR_NOOP("Backup made")},
        {"backup.restore", QT_TR_NOOP("Backup restored")},
        {"print", QT_TR_NOOP("Printed")},
        {"export", QT_TR_NOOP("Exported")},
        {"clock.jump", QT_TR_NOOP("System clock moved")},
        {"tip.status", QT_TR_NOOP("Tip status changed")},
        {"tip.valuable", QT_TR_NOOP("Valuable tip proposed or decided")},
        {"tip.extend", QT_TR_NOOP("Verification period extended")},
        {"tip.classify", QT_TR_NOOP("Tip classified")},
        {"tip.assign", QT_TR_NOOP("Tip assigned")},
        {"tip.form.print", QT_TR_NOOP("Legal form printed")},
        {"tip.form.save", QT_TR_NOOP("Legal form saved as a file")},
        {"tip.zalo_notice", QT_TR_NOOP("Notice posted to the Zalo groups")},
        {"case.status", QT_TR_NOOP("Case status changed")},
        {"case.propose_closure", QT_TR_NOOP("Case closure proposed")},
        {"case.review", QT_TR_NOOP("Case closure reviewed")},
        {"case.assign", QT_TR_NOOP("Case assigned")},
        {"case.event", QT_TR_NOOP("Case timeline event")},
        {"case.link", QT_TR_NOOP("Tip linked to a case")},
        {"case.unlink", QT_TR_NOOP("Tip unlinked from a case")},
        {"case.contributed", QT_TR_NOOP("Tip's contribution to a case marked")},
        {"case.link_note", QT_TR_NOOP("Link note changed")},
        {"case.person.add", QT_TR_NOOP("Person added to a case")},
        {"case.person.remove", QT_TR_NOOP("Person removed from a case")},
        {"case.person.outcome", QT_TR_NOOP("Suspect outcome recorded")},
        {"person.create", QT_TR_NOOP("Person recorded")},
        {"person.update", QT_TR_NOOP("Person changed")},
        {"person.merge", QT_TR_NOOP("Duplicate persons merged")},
        {"person.delete", QT_TR_NOOP("Person record removed by a merge")},
        {"place.neighbours", QT_TR_NOOP("Neighbouring hamlets changed")},
        {"settings.change", QT_TR_NOOP("Settings changed")},
    };
    for (const auto& action : kActions) {
        if (code == QLatin1String(action.code))
            return tr(action.label);
    }
    return code;
}

QString AuditListModel::entityLabel(const QString& code) {
    static const struct {
        const char* code;
        const char* label;
    } kEntities[] = {
        {"tip", QT_TR_NOOP("Tip")},         {"case", QT_TR_NOOP("Case")},
        {"user", QT_TR_NOOP("Account")},    {"informant", QT_TR_NOOP("Informant")},
        {"backup", QT_TR_NOOP("Backup")},   {"register", QT_TR_NOOP("Register")},
        {"station", QT_TR_NOOP("Station")}, {"checkpoint", QT_TR_NOOP("Checkpoint")},
        {"person", QT_TR_NOOP("Person")},   {"report", QT_TR_NOOP("Report")},
        {"place", QT_TR_NOOP("Hamlet")},
    };
    for (const auto& entity : kEntities) {
        if (code == QLatin1String(entity.code))
            return tr(entity.label);
    }
    return code;
}

QStringList AuditListModel::knownEntities() {
    return {QStringLiteral("tip"),       QStringLiteral("case"),   QStringLiteral("person"),
            QStringLiteral("user"),      QStringLiteral("backup"), QStringLiteral("register"),
            QStringLiteral("informant"), QStringLiteral("place")};
}

int AuditListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant AuditListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case SortRole:
        if (index.column() == At)
            return qlonglong(row.id); // chain order is time order
        return display(row, index.column());
    case CodeRole:
        return index.column() == Entity ? row.entity : row.action;
    case Qt::ToolTipRole:
        if (index.column() == Detail)
            return listformat::wrappedTip(row.detail);
        if (index.column() == Action)
            return row.action;
        return {};
    default:
        return {};
    }
}

QVariant AuditListModel::display(const AuditRow& row, int column) const {
    switch (column) {
    case At:
        return row.at.isValid() ? row.at.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"))
                                : QString();
    case User:
        return row.userId == 0 && row.userName.isEmpty() ? tr("(application)") : row.userName;
    case Action:
        return actionLabel(row.action);
    case Entity:
        if (row.entity.isEmpty())
            return QString();
        return row.entityId > 0 ? tr("%1 #%2").arg(entityLabel(row.entity)).arg(row.entityId)
                                : entityLabel(row.entity);
    case Detail:
        return row.detail.isEmpty() ? changesText(row.changes) : row.detail;
    default:
        return {};
    }
}

QString AuditListModel::changesText(const QVariantMap& changes) {
    QStringList parts;
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        const QVariantMap change = it.value().toMap();
        auto value = [&change](const char* key) {
            const QString text = change.value(QLatin1String(key)).toString();
            return text == QLatin1String("(sealed)") ? tr("(sealed)") : text;
        };
        const QString before = value("before");
        const QString after = value("after");
        parts.append(before.isEmpty() ? tr("%1: %2").arg(it.key(), after)
                                      : tr("%1: %2 → %3").arg(it.key(), before, after));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case At:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Record");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace binhyen
