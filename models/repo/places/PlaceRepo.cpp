#include "models/repo/places/PlaceRepo.h"

#include "models/repo/audit/AuditRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/EngineErrors.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <algorithm>

namespace binhyen {

namespace {

Error queryError(const QSqlQuery& query) {
    return sqlError(query,
                    QCoreApplication::translate("PlaceRepo", "Reading or changing the places"));
}

Error refused(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message);
}

} // namespace

PlaceRepo::PlaceRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

QString PlaceRepo::kindLabel(const QString& kindCode) {
    if (kindCode == QLatin1String("ap"))
        return QCoreApplication::translate("PlaceRepo", "hamlet");
    if (kindCode == QLatin1String("khu_pho"))
        return QCoreApplication::translate("PlaceRepo", "neighbourhood");
    if (kindCode == QLatin1String("thon"))
        return QCoreApplication::translate("PlaceRepo", "village");
    if (kindCode == QLatin1String("to_dan_pho"))
        return QCoreApplication::translate("PlaceRepo", "residential group");
    return kindCode;
}

Result<QList<PlaceRow>> PlaceRepo::hamlets(const Session& session) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, kind, name, households FROM places "
                             "WHERE valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?) "
                             "ORDER BY id"));
    const QString today = m_clock.now().date().toString(Qt::ISODate);
    q.addBindValue(today);
    q.addBindValue(today);
    if (!q.exec())
        return queryError(q);
    QList<PlaceRow> rows;
    while (q.next()) {
        PlaceRow r;
        r.id = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        r.name = q.value(2).toString();
        r.kindLabel = kindLabel(r.kind);
        r.households = q.value(3).toInt();
        rows.append(std::move(r));
    }
    return rows;
}

Result<QList<qint64>> PlaceRepo::neighbours(const Session& session, qint64 placeId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT neighbour_id FROM place_neighbours WHERE place_id = ? "
                             "UNION SELECT place_id FROM place_neighbours WHERE neighbour_id = ? "
                             "ORDER BY 1"));
    q.addBindValue(placeId);
    q.addBindValue(placeId);
    if (!q.exec())
        return queryError(q);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<void> PlaceRepo::setNeighbours(const Session& chief, qint64 placeId,
                                      const QList<qint64>& neighbourIds) {
    if (auto allowed = require(chief, Operation::EditPlaces); !allowed)
        return allowed.error();
    QList<qint64> wanted = neighbourIds;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    if (wanted.contains(placeId))
        return refused(
            QCoreApplication::translate("PlaceRepo", "A place cannot be its own neighbour."));

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();

    // Names of the place, its neighbours before and the wanted ones (which must all exist).
    QHash<qint64, QString> names;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, name FROM places")))
            return queryError(q);
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    if (!names.contains(placeId))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("PlaceRepo", "There is no such place."));
    for (qint64 id : wanted) {
        if (!names.contains(id))
            return refused(
                QCoreApplication::translate("PlaceRepo", "There is no place %1.").arg(id));
    }
    auto before = neighbours(chief, placeId);
    if (!before)
        return before.error();
    if (before.value() == wanted)
        return tx.commit(); // nothing changes

    QSqlQuery del(m_db);
    del.prepare(
        QStringLiteral("DELETE FROM place_neighbours WHERE place_id = ? OR neighbour_id = ?"));
    del.addBindValue(placeId);
    del.addBindValue(placeId);
    if (!del.exec())
        return queryError(del);
    QSqlQuery ins(m_db);
    ins.prepare(
        QStringLiteral("INSERT INTO place_neighbours (place_id, neighbour_id) VALUES (?, ?)"));
    for (qint64 id : wanted) {
        ins.addBindValue(qMin(id, placeId));
        ins.addBindValue(qMax(id, placeId));
        if (!ins.exec())
            return queryError(ins);
    }

    auto nameList = [&names](const QList<qint64>& ids) {
        QVariantList out;
        for (qint64 id : ids)
            out << names.value(id);
        return out;
    };
    AuditEntry entry;
    entry.action = QStringLiteral("place.neighbours");
    entry.entity = QStringLiteral("place");
    entry.entityId = placeId;
    entry.changes = {{QStringLiteral("neighbours"),
                      QVariantMap{{QStringLiteral("before"), nameList(before.value())},
                                  {QStringLiteral("after"), nameList(wanted)}}}};
    entry.detail = names.value(placeId);
    if (auto logged = AuditRepo(m_db, m_clock).append(chief, entry); !logged)
        return logged.error();
    return tx.commit();
}

} // namespace binhyen
