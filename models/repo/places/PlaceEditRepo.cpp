#include "models/repo/places/PlaceEditRepo.h"

#include "models/domain/MovementLabels.h"
#include "models/domain/TextFold.h"
#include "models/repo/movement/MovementSql.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/security/Permissions.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace binhyen {

using namespace movementsql;

namespace {

const QStringList kKinds = {QStringLiteral("ap"), QStringLiteral("khu_pho"), QStringLiteral("thon"),
                            QStringLiteral("to_dan_pho")};

QString context() {
    return QCoreApplication::translate("PlaceEditRepo", "Changing the hamlets");
}

const QString kColumns = QStringLiteral(
    "SELECT id, kind, name, households, commune_code, valid_from, valid_to, note FROM places ");

PlaceVersion fromRow(const QSqlQuery& q) {
    PlaceVersion v;
    v.id = q.value(0).toLongLong();
    v.kind = q.value(1).toString();
    v.kindLabel = PlaceRepo::kindLabel(v.kind);
    v.name = q.value(2).toString();
    v.households = q.value(3).toInt();
    v.communeCode = q.value(4).toString();
    v.validFrom = dateFrom(q.value(5));
    v.validTo = dateFrom(q.value(6));
    v.note = q.value(7).toString();
    return v;
}

Result<QList<PlaceVersion>> selectPlaces(QSqlDatabase db, const QString& rest,
                                         const QVariantList& binds) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(kColumns + rest);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, context());
    QList<PlaceVersion> rows;
    while (q.next())
        rows.append(fromRow(q));
    return rows;
}

Result<PlaceVersion> load(QSqlDatabase db, qint64 id) {
    auto rows = selectPlaces(db, QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows.value().isEmpty())
        return notFound(QCoreApplication::translate("PlaceEditRepo", "There is no such hamlet."));
    return rows.value().first();
}

// Refuses a kind, name or date that is not acceptable, or a hamlet of the same kind and name
// (accent-blind) already valid on `on` (other than `except`).
Result<void> checkNew(QSqlDatabase db, const QString& kind, const QString& name, const QDate& on,
                      qint64 except) {
    if (!kKinds.contains(kind))
        return refused(QCoreApplication::translate(
            "PlaceEditRepo",
            "Choose the kind: hamlet, neighbourhood, village or residential group."));
    if (name.isEmpty())
        return refused(QCoreApplication::translate("PlaceEditRepo", "Enter the hamlet's name."));
    if (!on.isValid())
        return refused(QCoreApplication::translate("PlaceEditRepo", "Enter the date."));
    auto valid =
        selectPlaces(db,
                     QStringLiteral("WHERE kind = ? AND valid_from <= ? AND (valid_to IS NULL "
                                    "OR valid_to >= ?) AND id <> ?"),
                     {kind, dateValue(on), dateValue(on), except});
    if (!valid)
        return valid.error();
    for (const PlaceVersion& v : valid.value()) {
        if (foldText(v.name) == foldText(name))
            return refused(
                QCoreApplication::translate("PlaceEditRepo", "There is already a hamlet %1 on %2.")
                    .arg(placeLabel(v.kind, v.name), movementDateText(on)));
    }
    return {};
}

} // namespace

PlaceEditRepo::PlaceEditRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<qint64> PlaceEditRepo::add(const Session& chief, const NewPlace& place) {
    if (auto allowed = require(chief, Operation::EditPlaces); !allowed)
        return allowed.error();
    const QString name = place.name.simplified();
    if (place.households < 0)
        return refused(QCoreApplication::translate("PlaceEditRepo",
                                                   "The number of households cannot be negative."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (auto ok = checkNew(m_db, place.kind, name, place.validFrom, 0); !ok)
        return ok.error();
    QString commune = place.communeCode.trimmed();
    if (commune.isEmpty()) {
        QSqlQuery s(m_db);
        s.prepare(QStringLiteral("SELECT commune_code FROM station_identity "
                                 "ORDER BY effective_from <= ? DESC, effective_from DESC LIMIT 1"));
        s.addBindValue(dateValue(place.validFrom));
        if (!s.exec())
            return queryError(s, context());
        if (s.next())
            commune = s.value(0).toString();
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (!digits.match(commune).hasMatch())
        return refused(
            QCoreApplication::translate("PlaceEditRepo", "Enter the commune code (digits)."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO places (kind, name, households, commune_code, "
                             "valid_from, note) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(place.kind);
    q.addBindValue(name);
    q.addBindValue(place.households);
    q.addBindValue(commune);
    q.addBindValue(dateValue(place.validFrom));
    q.addBindValue(textValue(place.note));
    if (!q.exec())
        return queryError(q, context());
    const qint64 id = q.lastInsertId().toLongLong();
    const QVariantMap changes{
        {QStringLiteral("kind"), change(QVariant(), place.kind)},
        {QStringLiteral("name"), change(QVariant(), name)},
        {QStringLiteral("households"), change(QVariant(), place.households)},
        {QStringLiteral("commune_code"), change(QVariant(), commune)},
        {QStringLiteral("valid_from"), change(QVariant(), dateValue(place.validFrom))}};
    if (auto logged = audit(m_db, m_clock, chief, QStringLiteral("place.create"),
                            QStringLiteral("place"), id, changes, placeLabel(place.kind, name));
        !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<qint64> PlaceEditRepo::rename(const Session& chief, qint64 placeId, const QString& newName,
                                     const QDate& from, const QString& newKind) {
    if (auto allowed = require(chief, Operation::EditPlaces); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = load(m_db, placeId);
    if (!current)
        return current.error();
    const PlaceVersion old = current.value();
    const QString name = newName.simplified();
    const QString kind = newKind.isEmpty() ? old.kind : newKind;
    if (auto ok = checkNew(m_db, kind, name, from, placeId); !ok)
        return ok.error();
    if (name == old.name && kind == old.kind)
        return refused(
            QCoreApplication::translate("PlaceEditRepo", "The new name is the same as the old."));
    if (from <= old.validFrom || (old.validTo.isValid() && old.validTo < from))
        return refused(
            QCoreApplication::translate("PlaceEditRepo",
                                        "The hamlet %1 is valid from %2 to %3: the new name "
                                        "must start within that period, after its first day.")
                .arg(placeLabel(old.kind, old.name), movementDateText(old.validFrom),
                     old.validTo.isValid() ? movementDateText(old.validTo) : QStringLiteral("…")));
    const QDate lastOldDay = from.addDays(-1);
    QSqlQuery closeOld(m_db);
    closeOld.prepare(QStringLiteral("UPDATE places SET valid_to = ? WHERE id = ?"));
    closeOld.addBindValue(dateValue(lastOldDay));
    closeOld.addBindValue(placeId);
    if (!closeOld.exec())
        return queryError(closeOld, context());

    QString note = QCoreApplication::translate("PlaceEditRepo", "Called %1 until %2.")
                       .arg(placeLabel(old.kind, old.name), movementDateText(lastOldDay));
    if (!old.note.isEmpty())
        note = old.note + QLatin1Char('\n') + note;
    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO places (kind, name, households, commune_code, "
                               "valid_from, valid_to, note) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    ins.addBindValue(kind);
    ins.addBindValue(name);
    ins.addBindValue(old.households);
    ins.addBindValue(old.communeCode);
    ins.addBindValue(dateValue(from));
    ins.addBindValue(dateValue(old.validTo));
    ins.addBindValue(note);
    if (!ins.exec())
        return queryError(ins, context());
    const qint64 id = ins.lastInsertId().toLongLong();

    // The models still running on `from` and the neighbours go on with the new row.
    QSqlQuery models(m_db);
    models.prepare(QStringLiteral(
        "INSERT INTO movement_model_places (model_id, place_id) SELECT mp.model_id, ? "
        "FROM movement_model_places mp JOIN movement_models m ON m.id = mp.model_id "
        "WHERE mp.place_id = ? AND (m.ended_on IS NULL OR m.ended_on > ?)"));
    models.addBindValue(id);
    models.addBindValue(placeId);
    models.addBindValue(dateValue(from));
    if (!models.exec())
        return queryError(models, context());
    QSqlQuery neighbours(m_db);
    neighbours.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO place_neighbours (place_id, neighbour_id) "
        "SELECT min(other, ?), max(other, ?) FROM (SELECT neighbour_id AS other FROM "
        "place_neighbours WHERE place_id = ? UNION SELECT place_id FROM place_neighbours "
        "WHERE neighbour_id = ?)"));
    neighbours.addBindValue(id);
    neighbours.addBindValue(id);
    neighbours.addBindValue(placeId);
    neighbours.addBindValue(placeId);
    if (!neighbours.exec())
        return queryError(neighbours, context());

    const QVariantMap changes{
        {QStringLiteral("name"), change(old.name, name)},
        {QStringLiteral("kind"), change(old.kind, kind)},
        {QStringLiteral("place_id"), change(placeId, id)},
        {QStringLiteral("valid_from"), change(dateValue(old.validFrom), dateValue(from))},
        {QStringLiteral("old_valid_to"), change(dateValue(old.validTo), dateValue(lastOldDay))}};
    if (auto logged = audit(m_db, m_clock, chief, QStringLiteral("place.rename"),
                            QStringLiteral("place"), id, changes, placeLabel(kind, name));
        !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> PlaceEditRepo::setHouseholds(const Session& chief, qint64 placeId, int households) {
    if (auto allowed = require(chief, Operation::EditPlaces); !allowed)
        return allowed.error();
    if (households < 0)
        return refused(QCoreApplication::translate("PlaceEditRepo",
                                                   "The number of households cannot be negative."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = load(m_db, placeId);
    if (!current)
        return current.error();
    if (current.value().households == households)
        return tx.commit();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE places SET households = ? WHERE id = ?"));
    q.addBindValue(households);
    q.addBindValue(placeId);
    if (!q.exec())
        return queryError(q, context());
    const QVariantMap changes{
        {QStringLiteral("households"), change(current.value().households, households)}};
    if (auto logged =
            audit(m_db, m_clock, chief, QStringLiteral("place.households"), QStringLiteral("place"),
                  placeId, changes, placeLabel(current.value().kind, current.value().name));
        !logged)
        return logged;
    return tx.commit();
}

Result<void> PlaceEditRepo::close(const Session& chief, qint64 placeId, const QDate& lastDay) {
    if (auto allowed = require(chief, Operation::EditPlaces); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = load(m_db, placeId);
    if (!current)
        return current.error();
    const PlaceVersion& old = current.value();
    if (!lastDay.isValid())
        return refused(QCoreApplication::translate("PlaceEditRepo", "Enter the date."));
    if (old.validTo.isValid())
        return refused(
            QCoreApplication::translate("PlaceEditRepo", "The hamlet %1 already ceased on %2.")
                .arg(placeLabel(old.kind, old.name), movementDateText(old.validTo)));
    if (lastDay < old.validFrom)
        return refused(
            QCoreApplication::translate("PlaceEditRepo", "The hamlet %1 only exists from %2.")
                .arg(placeLabel(old.kind, old.name), movementDateText(old.validFrom)));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE places SET valid_to = ? WHERE id = ?"));
    q.addBindValue(dateValue(lastDay));
    q.addBindValue(placeId);
    if (!q.exec())
        return queryError(q, context());
    const QVariantMap changes{{QStringLiteral("valid_to"), change(QVariant(), dateValue(lastDay))}};
    if (auto logged =
            audit(m_db, m_clock, chief, QStringLiteral("place.close"), QStringLiteral("place"),
                  placeId, changes, placeLabel(old.kind, old.name));
        !logged)
        return logged;
    return tx.commit();
}

Result<QList<PlaceVersion>> PlaceEditRepo::validOn(const Session& session,
                                                   const QDate& date) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    return selectPlaces(
        m_db,
        QStringLiteral("WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) "
                       "ORDER BY id"),
        {dateValue(date), dateValue(date)});
}

Result<QList<PlaceVersion>> PlaceEditRepo::all(const Session& session) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    return selectPlaces(m_db, QStringLiteral("ORDER BY name, valid_from, id"), {});
}

Result<PlaceVersion> PlaceEditRepo::get(const Session& session, qint64 placeId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    return load(m_db, placeId);
}

} // namespace binhyen
