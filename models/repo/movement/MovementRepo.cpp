// MovementRepo (MovementRepo.h): creating, changing and ending models (types: MovementTypes.cpp,
// reads: MovementRepoRead.cpp).
#include "models/repo/movement/MovementRepo.h"

#include "models/domain/MovementLabels.h"
#include "models/domain/StationTime.h"
#include "models/repo/movement/MovementSql.h"
#include "models/security/Permissions.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace binhyen {

using namespace movementsql;

namespace {

QString writeContext() {
    return QCoreApplication::translate("MovementRepo", "Changing the movement register");
}

QList<qint64> sortedUnique(QList<qint64> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// The fields an audit row shows (names rather than ids for the hamlets).
QVariantMap snapshot(QSqlDatabase db, const NewMovementModel& m) {
    QVariantMap s{{QStringLiteral("type"), m.typeCode},
                  {QStringLiteral("name"), m.name.trimmed()},
                  {QStringLiteral("started_on"), dateValue(m.startedOn)},
                  {QStringLiteral("ended_on"), dateValue(m.endedOn)},
                  {QStringLiteral("points"), m.points},
                  {QStringLiteral("teams"), m.teams},
                  {QStringLiteral("members"), m.members},
                  {QStringLiteral("households"), m.households},
                  {QStringLiteral("exemplary"), m.exemplary},
                  {QStringLiteral("responsible_officer_id"), idValue(m.responsibleOfficerId)},
                  {QStringLiteral("note"), textValue(m.note)},
                  {QStringLiteral("places"), placeNames(db, sortedUnique(m.placeIds))}};
    if (m.typeCode == kZaloGroupType) {
        s.insert(QStringLiteral("antt_only"), m.zalo.anttOnly);
        s.insert(QStringLiteral("office_hours_only_except_urgent"),
                 m.zalo.officeHoursOnlyExceptUrgent);
        s.insert(QStringLiteral("rules"), textValue(m.zalo.rules));
    }
    return s;
}

NewMovementModel asNew(const MovementModel& m) {
    NewMovementModel n;
    n.typeCode = m.typeCode;
    n.name = m.name;
    n.startedOn = m.startedOn;
    n.endedOn = m.endedOn;
    n.points = m.points;
    n.teams = m.teams;
    n.members = m.members;
    n.households = m.households;
    n.exemplary = m.exemplary;
    n.responsibleOfficerId = m.responsibleOfficerId;
    n.note = m.note;
    n.placeIds = m.placeIds;
    n.zalo = m.zalo;
    return n;
}

Result<void> checkType(QSqlDatabase db, const QString& code) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT label, active FROM movement_model_types WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return queryError(q, writeContext());
    if (!q.next())
        return refused(QCoreApplication::translate("MovementRepo", "Choose the model's type."));
    if (q.value(1).toInt() == 0)
        return refused(
            QCoreApplication::translate("MovementRepo", "The model type \"%1\" is no longer used.")
                .arg(q.value(0).toString()));
    return {};
}

// Everything but the hamlets and the type (checked by the callers).
Result<void> checkFields(QSqlDatabase db, const NewMovementModel& m) {
    if (m.name.trimmed().isEmpty())
        return refused(QCoreApplication::translate("MovementRepo", "Enter the model's name."));
    if (!m.startedOn.isValid())
        return refused(QCoreApplication::translate("MovementRepo", "Enter the start date."));
    if (m.endedOn.isValid() && m.endedOn < m.startedOn)
        return refused(QCoreApplication::translate("MovementRepo",
                                                   "The end date %1 is before the start date %2.")
                           .arg(movementDateText(m.endedOn), movementDateText(m.startedOn)));
    if (m.points < 0 || m.teams < 0 || m.members < 0 || m.households < 0)
        return refused(QCoreApplication::translate(
            "MovementRepo", "Points, teams, members and households cannot be negative."));
    if (m.typeCode == kZaloGroupType && m.placeIds.isEmpty())
        return refused(QCoreApplication::translate(
            "MovementRepo", "A hamlet Zalo group must cover at least one hamlet."));
    if (m.responsibleOfficerId > 0) {
        if (auto ok = checkUser(db, m.responsibleOfficerId); !ok)
            return ok;
    }
    return {};
}

Result<void> writePlaces(QSqlDatabase db, qint64 id, const QList<qint64>& placeIds) {
    QSqlQuery del(db);
    del.prepare(QStringLiteral("DELETE FROM movement_model_places WHERE model_id = ?"));
    del.addBindValue(id);
    if (!del.exec())
        return queryError(del, writeContext());
    QSqlQuery ins(db);
    ins.prepare(
        QStringLiteral("INSERT INTO movement_model_places (model_id, place_id) VALUES (?, ?)"));
    for (qint64 placeId : sortedUnique(placeIds)) {
        ins.addBindValue(id);
        ins.addBindValue(placeId);
        if (!ins.exec())
            return queryError(ins, writeContext());
    }
    return {};
}

Result<void> writeZalo(QSqlDatabase db, qint64 id, const ZaloRules& z) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO zalo_groups (model_id, antt_only, "
                             "office_hours_only_except_urgent, rules) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (model_id) DO UPDATE SET antt_only = excluded.antt_only, "
                             "office_hours_only_except_urgent = "
                             "excluded.office_hours_only_except_urgent, rules = excluded.rules"));
    q.addBindValue(id);
    q.addBindValue(z.anttOnly ? 1 : 0);
    q.addBindValue(z.officeHoursOnlyExceptUrgent ? 1 : 0);
    q.addBindValue(textValue(z.rules));
    if (!q.exec())
        return queryError(q, writeContext());
    return {};
}

void bindFields(QSqlQuery& q, const NewMovementModel& m) {
    q.addBindValue(m.typeCode);
    q.addBindValue(m.name.trimmed());
    q.addBindValue(dateValue(m.startedOn));
    q.addBindValue(dateValue(m.endedOn));
    q.addBindValue(m.points);
    q.addBindValue(m.teams);
    q.addBindValue(m.members);
    q.addBindValue(m.households);
    q.addBindValue(m.exemplary ? 1 : 0);
    q.addBindValue(idValue(m.responsibleOfficerId));
    q.addBindValue(textValue(m.note));
}

} // namespace

Result<qint64> MovementRepo::create(const Session& session, const NewMovementModel& model) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    if (auto ok = checkType(m_db, model.typeCode); !ok)
        return ok.error();
    if (auto ok = checkFields(m_db, model); !ok)
        return ok.error();
    for (qint64 placeId : model.placeIds) {
        if (auto ok = checkPlaceValidOn(m_db, placeId, model.startedOn); !ok)
            return ok.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO movement_models (type_code, name, started_on, ended_on, "
                             "points, teams, members, households, exemplary, "
                             "responsible_officer_id, note, created_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(q, model);
    q.addBindValue(stationTimeText(m_clock.now()));
    if (!q.exec())
        return queryError(q, writeContext());
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto ok = writePlaces(m_db, id, model.placeIds); !ok)
        return ok.error();
    if (model.typeCode == kZaloGroupType) {
        if (auto ok = writeZalo(m_db, id, model.zalo); !ok)
            return ok.error();
    }
    QVariantMap changes;
    const QVariantMap after = snapshot(m_db, model);
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        changes.insert(it.key(), change(QVariant(), it.value()));
    if (auto logged = audit(m_db, m_clock, session, QStringLiteral("movement_model.create"),
                            QStringLiteral("movement_model"), id, changes, model.name.trimmed());
        !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> MovementRepo::update(const Session& session, qint64 id,
                                  const NewMovementModel& model) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = get(session, id);
    if (!current)
        return current.error();
    const MovementModel& old = current.value();
    if (old.isZaloGroup != (model.typeCode == kZaloGroupType))
        return refused(QCoreApplication::translate(
            "MovementRepo", "A hamlet Zalo group keeps its type, and another model cannot become "
                            "one: end the model and create a new one."));
    if (model.typeCode != old.typeCode) {
        if (auto ok = checkType(m_db, model.typeCode); !ok)
            return ok.error();
    }
    if (auto ok = checkFields(m_db, model); !ok)
        return ok.error();
    // Hamlets added now must exist while the model runs (a hamlet may be newer than the model).
    for (qint64 placeId : model.placeIds) {
        if (old.placeIds.contains(placeId))
            continue;
        auto atStart = checkPlaceValidOn(m_db, placeId, model.startedOn);
        if (atStart)
            continue;
        // A hamlet opened later (renamed, new) may join a model still running today.
        const QDate today = m_clock.now().date();
        const bool running = !model.endedOn.isValid() || model.endedOn > today;
        if (!running || !checkPlaceValidOn(m_db, placeId, today))
            return atStart.error();
    }
    const QVariantMap before = snapshot(m_db, asNew(old));
    const QVariantMap after = snapshot(m_db, model);
    QVariantMap changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            changes.insert(it.key(), change(before.value(it.key()), it.value()));
    }
    if (changes.isEmpty())
        return tx.commit();

    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE movement_models SET type_code = ?, name = ?, started_on = ?, "
                             "ended_on = ?, points = ?, teams = ?, members = ?, households = ?, "
                             "exemplary = ?, responsible_officer_id = ?, note = ? WHERE id = ?"));
    bindFields(q, model);
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, writeContext());
    if (auto ok = writePlaces(m_db, id, model.placeIds); !ok)
        return ok;
    if (old.isZaloGroup) {
        if (auto ok = writeZalo(m_db, id, model.zalo); !ok)
            return ok;
    }
    if (auto logged = audit(m_db, m_clock, session, QStringLiteral("movement_model.update"),
                            QStringLiteral("movement_model"), id, changes, model.name.trimmed());
        !logged)
        return logged;
    return tx.commit();
}

Result<void> MovementRepo::end(const Session& session, qint64 id, const QDate& endedOn) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = get(session, id);
    if (!current)
        return current.error();
    const MovementModel& old = current.value();
    if (!endedOn.isValid())
        return refused(QCoreApplication::translate("MovementRepo", "Enter the end date."));
    if (old.endedOn.isValid())
        return refused(
            QCoreApplication::translate("MovementRepo", "This model already ended on %1.")
                .arg(movementDateText(old.endedOn)));
    if (endedOn < old.startedOn)
        return refused(QCoreApplication::translate("MovementRepo",
                                                   "The end date %1 is before the start date %2.")
                           .arg(movementDateText(endedOn), movementDateText(old.startedOn)));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE movement_models SET ended_on = ? WHERE id = ?"));
    q.addBindValue(dateValue(endedOn));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, writeContext());
    const QVariantMap changes{{QStringLiteral("ended_on"), change(QVariant(), dateValue(endedOn))}};
    if (auto logged = audit(m_db, m_clock, session, QStringLiteral("movement_model.end"),
                            QStringLiteral("movement_model"), id, changes, old.name);
        !logged)
        return logged;
    return tx.commit();
}

} // namespace binhyen
