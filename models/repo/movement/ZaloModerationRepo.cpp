#include "models/repo/movement/ZaloModerationRepo.h"

#include "models/domain/MovementLabels.h"
#include "models/repo/movement/MovementSql.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace binhyen {

using namespace movementsql;

namespace {

QString context() {
    return QCoreApplication::translate("ZaloModerationRepo", "Recording the group's moderation");
}

// " AND …" conditions over z = zalo_moderation for the filters.
QString where(qint64 groupId, const QDate& from, const QDate& to, QVariantList& binds) {
    QString sql;
    if (groupId > 0) {
        sql += QStringLiteral(" AND z.group_id = ?");
        binds << groupId;
    }
    if (from.isValid()) {
        sql += QStringLiteral(" AND z.on_date >= ?");
        binds << dateValue(from);
    }
    if (to.isValid()) {
        sql += QStringLiteral(" AND z.on_date <= ?");
        binds << dateValue(to);
    }
    return sql;
}

} // namespace

ZaloModerationRepo::ZaloModerationRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<qint64> ZaloModerationRepo::record(const Session& session, const NewModeration& entry) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    if (!moderationActions().contains(entry.action))
        return refused(QCoreApplication::translate("ZaloModerationRepo",
                                                   "Choose whether members were warned or "
                                                   "removed."));
    if (!entry.onDate.isValid())
        return refused(QCoreApplication::translate("ZaloModerationRepo", "Enter the date."));
    if (entry.count < 1)
        return refused(QCoreApplication::translate("ZaloModerationRepo",
                                                   "The number of members must be at least 1."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery g(m_db);
    g.prepare(QStringLiteral("SELECT m.name, m.started_on, m.ended_on FROM movement_models m "
                             "JOIN zalo_groups z ON z.model_id = m.id "
                             "WHERE m.id = ? AND m.type_code = 'zalo_group'"));
    g.addBindValue(entry.groupId);
    if (!g.exec())
        return queryError(g, context());
    if (!g.next())
        return refused(QCoreApplication::translate("ZaloModerationRepo",
                                                   "This model is not a hamlet Zalo group."));
    const QString name = g.value(0).toString();
    const QDate started = dateFrom(g.value(1));
    const QDate ended = dateFrom(g.value(2));
    if (entry.onDate < started || (ended.isValid() && entry.onDate >= ended))
        return refused(QCoreApplication::translate("ZaloModerationRepo",
                                                   "The group \"%1\" was not running on %2.")
                           .arg(name, movementDateText(entry.onDate)));

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO zalo_moderation (group_id, on_date, action, count, "
                             "officer_id, note) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(entry.groupId);
    q.addBindValue(dateValue(entry.onDate));
    q.addBindValue(entry.action);
    q.addBindValue(entry.count);
    q.addBindValue(session.userId());
    q.addBindValue(textValue(entry.note));
    if (!q.exec())
        return queryError(q, context());
    const qint64 id = q.lastInsertId().toLongLong();
    const QVariantMap changes{
        {QStringLiteral("group_id"), change(QVariant(), entry.groupId)},
        {QStringLiteral("on_date"), change(QVariant(), dateValue(entry.onDate))},
        {QStringLiteral("action"), change(QVariant(), entry.action)},
        {QStringLiteral("count"), change(QVariant(), entry.count)},
        {QStringLiteral("note"), change(QVariant(), textValue(entry.note))}};
    if (auto logged = audit(m_db, m_clock, session, QStringLiteral("zalo_moderation.create"),
                            QStringLiteral("zalo_moderation"), id, changes, name);
        !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<ModerationRow>> ZaloModerationRepo::list(const Session& session, qint64 groupId,
                                                      const QDate& from, const QDate& to) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QVariantList binds;
    const QString filter = where(groupId, from, to, binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT z.id, z.group_id, m.name, z.on_date, z.action, z.count, "
                             "z.officer_id, u.full_name, z.note FROM zalo_moderation z "
                             "JOIN movement_models m ON m.id = z.group_id "
                             "LEFT JOIN users u ON u.id = z.officer_id WHERE 1%1 "
                             "ORDER BY z.on_date DESC, z.id DESC")
                  .arg(filter));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, context());
    QList<ModerationRow> rows;
    while (q.next()) {
        ModerationRow r;
        r.id = q.value(0).toLongLong();
        r.groupId = q.value(1).toLongLong();
        r.groupName = q.value(2).toString();
        r.onDate = dateFrom(q.value(3));
        r.action = q.value(4).toString();
        r.actionLabel = moderationActionLabel(r.action);
        r.count = q.value(5).toInt();
        r.officerId = q.value(6).toLongLong();
        r.officerName = q.value(7).toString();
        r.note = q.value(8).toString();
        rows.append(std::move(r));
    }
    return rows;
}

Result<ModerationTotals> ZaloModerationRepo::totals(const Session& session, qint64 groupId,
                                                    const QDate& from, const QDate& to) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QVariantList binds;
    const QString filter = where(groupId, from, to, binds);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT coalesce(sum(CASE WHEN z.action = 'warned' THEN z.count END), "
                       "0), coalesce(sum(CASE WHEN z.action = 'removed' THEN z.count END), 0) "
                       "FROM zalo_moderation z WHERE 1%1")
            .arg(filter));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return queryError(q, context());
    return ModerationTotals{q.value(0).toInt(), q.value(1).toInt()};
}

} // namespace binhyen
