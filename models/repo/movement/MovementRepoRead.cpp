// MovementRepo (MovementRepo.h): the reads — model types, one model, lists of models.
#include "models/repo/movement/MovementRepo.h"
#include "models/repo/movement/MovementSql.h"
#include "models/security/Permissions.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace binhyen {

using namespace movementsql;

namespace {

QString readContext() {
    return QCoreApplication::translate("MovementRepo", "Reading the movement register");
}

// The models matching `where` (SQL over m = movement_models), with their hamlets.
Result<QList<MovementModel>> loadModels(QSqlDatabase db, const QString& where,
                                        const QVariantList& binds) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT m.id, m.type_code, t.label, m.name, m.started_on, m.ended_on, m.points, "
                  "m.teams, m.members, m.households, m.exemplary, m.responsible_officer_id, "
                  "u.full_name, m.note, z.model_id IS NOT NULL, z.antt_only, "
                  "z.office_hours_only_except_urgent, z.rules, "
                  "(SELECT coalesce(sum(count), 0) FROM zalo_moderation "
                  " WHERE group_id = m.id AND action = 'warned'), "
                  "(SELECT coalesce(sum(count), 0) FROM zalo_moderation "
                  " WHERE group_id = m.id AND action = 'removed') "
                  "FROM movement_models m JOIN movement_model_types t ON t.code = m.type_code "
                  "LEFT JOIN users u ON u.id = m.responsible_officer_id "
                  "LEFT JOIN zalo_groups z ON z.model_id = m.id "
                  "WHERE %1 ORDER BY t.sort, m.name, m.id")
                  .arg(where.isEmpty() ? QStringLiteral("1") : where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, readContext());
    QList<MovementModel> models;
    QHash<qint64, int> index;
    while (q.next()) {
        MovementModel m;
        m.id = q.value(0).toLongLong();
        m.typeCode = q.value(1).toString();
        m.typeLabel = q.value(2).toString();
        m.name = q.value(3).toString();
        m.startedOn = dateFrom(q.value(4));
        m.endedOn = dateFrom(q.value(5));
        m.points = q.value(6).toInt();
        m.teams = q.value(7).toInt();
        m.members = q.value(8).toInt();
        m.households = q.value(9).toInt();
        m.exemplary = q.value(10).toInt() != 0;
        m.responsibleOfficerId = q.value(11).toLongLong();
        m.responsibleOfficerName = q.value(12).toString();
        m.note = q.value(13).toString();
        m.isZaloGroup = q.value(14).toInt() != 0;
        if (m.isZaloGroup) {
            m.zalo.anttOnly = q.value(15).toInt() != 0;
            m.zalo.officeHoursOnlyExceptUrgent = q.value(16).toInt() != 0;
            m.zalo.rules = q.value(17).toString();
        }
        m.warned = q.value(18).toInt();
        m.removed = q.value(19).toInt();
        index.insert(m.id, int(models.size()));
        models.append(std::move(m));
    }
    if (models.isEmpty())
        return models;

    QSqlQuery p(db);
    p.setForwardOnly(true);
    if (!p.exec(
            QStringLiteral("SELECT mp.model_id, p.id, p.kind, p.name FROM movement_model_places "
                           "mp JOIN places p ON p.id = mp.place_id ORDER BY mp.model_id, p.id")))
        return queryError(p, readContext());
    while (p.next()) {
        const auto it = index.constFind(p.value(0).toLongLong());
        if (it == index.constEnd())
            continue;
        MovementModel& m = models[*it];
        m.placeIds.append(p.value(1).toLongLong());
        m.placeNames.append(placeLabel(p.value(2).toString(), p.value(3).toString()));
    }
    return models;
}

} // namespace

MovementRepo::MovementRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<QList<MovementModelType>> MovementRepo::types(const Session& session,
                                                     bool includeInactive) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, label, sort, active FROM movement_model_types "
                               "ORDER BY sort, label")))
        return queryError(q, readContext());
    QList<MovementModelType> out;
    while (q.next()) {
        MovementModelType t{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                            q.value(3).toInt() != 0};
        if (t.active || includeInactive)
            out.append(std::move(t));
    }
    return out;
}

Result<MovementModel> MovementRepo::get(const Session& session, qint64 id) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    auto found = loadModels(m_db, QStringLiteral("m.id = ?"), {id});
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return notFound(QCoreApplication::translate("MovementRepo", "There is no such model."));
    return found.value().first();
}

Result<QList<MovementModel>> MovementRepo::list(const Session& session,
                                                const MovementFilter& filter) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QStringList where;
    QVariantList binds;
    if (!filter.typeCode.isEmpty()) {
        where << QStringLiteral("m.type_code = ?");
        binds << filter.typeCode;
    }
    if (filter.inForceOn.isValid()) {
        // In force on D: started_on <= D and (ended_on IS NULL or ended_on > D) (Movement.h).
        where << QStringLiteral("m.started_on <= ? AND (m.ended_on IS NULL OR m.ended_on > ?)");
        binds << dateValue(filter.inForceOn) << dateValue(filter.inForceOn);
    }
    if (filter.placeId > 0) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM movement_model_places mp "
                                "WHERE mp.model_id = m.id AND mp.place_id = ?)");
        binds << filter.placeId;
    }
    return loadModels(m_db, where.join(QStringLiteral(" AND ")), binds);
}

} // namespace binhyen
