#include "models/repo/movement/CoverageRepo.h"

#include "models/repo/movement/MovementSql.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/security/Permissions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace binhyen {

using namespace movementsql;

CoverageRepo::CoverageRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<Coverage> CoverageRepo::on(const Session& session, const QDate& date) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    if (!date.isValid())
        return refused(QCoreApplication::translate("CoverageRepo", "Enter the date."));
    const QString context =
        QCoreApplication::translate("CoverageRepo", "Computing the Zalo group coverage");
    const QVariant day = dateValue(date);

    Coverage c;
    c.date = date;
    QHash<qint64, int> rowOf;
    QSqlQuery p(m_db);
    p.setForwardOnly(true);
    p.prepare(QStringLiteral("SELECT id, kind, name, households FROM places WHERE valid_from <= ? "
                             "AND (valid_to IS NULL OR valid_to >= ?) ORDER BY id"));
    p.addBindValue(day);
    p.addBindValue(day);
    if (!p.exec())
        return queryError(p, context);
    while (p.next()) {
        CoverageRow r;
        r.placeId = p.value(0).toLongLong();
        r.kind = p.value(1).toString();
        r.kindLabel = PlaceRepo::kindLabel(r.kind);
        r.name = p.value(2).toString();
        r.households = p.value(3).toInt();
        c.householdsTotal += r.households;
        rowOf.insert(r.placeId, int(c.rows.size()));
        c.rows.append(std::move(r));
    }

    // Zalo groups in force on D: started_on <= D and (ended_on IS NULL or ended_on > D).
    QSqlQuery g(m_db);
    g.setForwardOnly(true);
    g.prepare(QStringLiteral("SELECT m.id, m.name, m.households, mp.place_id "
                             "FROM movement_models m JOIN zalo_groups z ON z.model_id = m.id "
                             "JOIN movement_model_places mp ON mp.model_id = m.id "
                             "WHERE m.type_code = 'zalo_group' AND m.started_on <= ? "
                             "AND (m.ended_on IS NULL OR m.ended_on > ?) "
                             "ORDER BY m.id, mp.place_id"));
    g.addBindValue(day);
    g.addBindValue(day);
    if (!g.exec())
        return queryError(g, context);
    QSet<qint64> groups;
    while (g.next()) {
        const auto it = rowOf.constFind(g.value(3).toLongLong());
        if (it == rowOf.constEnd())
            continue; // a hamlet not valid on the date (an old name)
        const qint64 groupId = g.value(0).toLongLong();
        const int households = g.value(2).toInt();
        CoverageRow& r = c.rows[*it];
        if (r.groupId == 0) {
            r.groupId = groupId;
            r.groupName = g.value(1).toString();
        }
        r.householdsConnected += households;
        if (!groups.contains(groupId)) {
            groups.insert(groupId);
            c.householdsConnected += households;
        }
    }
    c.hamlets = int(c.rows.size());
    c.groups = int(groups.size());
    for (const CoverageRow& r : c.rows) {
        if (r.groupId != 0)
            ++c.hamletsWithGroup;
    }
    return c;
}

} // namespace binhyen
