#include "models/repo/places/StationHistoryRepo.h"

#include "models/domain/MovementLabels.h"
#include "models/repo/movement/MovementSql.h"
#include "models/security/Permissions.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace binhyen {

using namespace movementsql;

namespace {

QString context() {
    return QCoreApplication::translate("StationHistoryRepo", "Reading or changing the station's "
                                                             "identity history");
}

const QString kSelect = QStringLiteral(
    "SELECT id, effective_from, unit_name, parent_body, place_name, report_recipient, "
    "commune_code, province_code, province_name, note FROM station_identity ");

StationIdentityRow fromRow(const QSqlQuery& q) {
    StationIdentityRow r;
    r.id = q.value(0).toLongLong();
    r.effectiveFrom = dateFrom(q.value(1));
    r.identity.unitName = q.value(2).toString();
    r.identity.parentBody = q.value(3).toString();
    r.identity.placeName = q.value(4).toString();
    r.identity.reportRecipient = q.value(5).toString();
    r.identity.communeCode = q.value(6).toString();
    r.identity.provinceCode = q.value(7).toString();
    r.identity.provinceName = q.value(8).toString();
    r.note = q.value(9).toString();
    return r;
}

} // namespace

StationHistoryRepo::StationHistoryRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<QList<StationIdentityRow>> StationHistoryRepo::list(const Session& session) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(kSelect + QStringLiteral("ORDER BY effective_from")))
        return queryError(q, context());
    QList<StationIdentityRow> rows;
    while (q.next())
        rows.append(fromRow(q));
    return rows;
}

Result<StationIdentityRow> StationHistoryRepo::inForceOn(const Session& session,
                                                         const QDate& date) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(kSelect +
              QStringLiteral("WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1"));
    q.addBindValue(dateValue(date));
    if (!q.exec())
        return queryError(q, context());
    if (!q.next())
        return notFound(
            QCoreApplication::translate("StationHistoryRepo", "The station has no identity on %1.")
                .arg(movementDateText(date)));
    return fromRow(q);
}

Result<qint64> StationHistoryRepo::add(const Session& chief, const StationIdentityRow& row) {
    if (auto allowed = require(chief, Operation::EditPlaces); !allowed)
        return allowed.error();
    if (!row.effectiveFrom.isValid())
        return refused(QCoreApplication::translate("StationHistoryRepo",
                                                   "Enter the date the change took effect."));
    if (const QString problem = StationRepo::identityProblem(row.identity); !problem.isEmpty())
        return refused(problem);
    const StationIdentity& id = row.identity;
    if (id.reportRecipient.trimmed().isEmpty() || id.provinceName.trimmed().isEmpty())
        return refused(QCoreApplication::translate(
            "StationHistoryRepo", "Enter the report recipient and the province's name."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery same(m_db);
    same.prepare(QStringLiteral("SELECT 1 FROM station_identity WHERE effective_from = ?"));
    same.addBindValue(dateValue(row.effectiveFrom));
    if (!same.exec())
        return queryError(same, context());
    if (same.next())
        return refused(QCoreApplication::translate(
                           "StationHistoryRepo",
                           "There is already an identity from %1; rows are never rewritten: "
                           "enter the change from another date.")
                           .arg(movementDateText(row.effectiveFrom)));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO station_identity (effective_from, unit_name, "
                             "parent_body, place_name, report_recipient, commune_code, "
                             "province_code, province_name, note) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariantList values{
        dateValue(row.effectiveFrom), id.unitName.trimmed(),        id.parentBody.trimmed(),
        id.placeName.trimmed(),       id.reportRecipient.trimmed(), id.communeCode.trimmed(),
        id.provinceCode.trimmed(),    id.provinceName.trimmed(),    textValue(row.note)};
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, context());
    const qint64 newId = q.lastInsertId().toLongLong();
    static const char* const kFields[] = {"effective_from", "unit_name",        "parent_body",
                                          "place_name",     "report_recipient", "commune_code",
                                          "province_code",  "province_name",    "note"};
    QVariantMap changes;
    for (int i = 0; i < values.size(); ++i)
        changes.insert(QString::fromLatin1(kFields[i]), change(QVariant(), values.at(i)));
    if (auto logged = audit(m_db, m_clock, chief, QStringLiteral("station.identity.add"),
                            QStringLiteral("station"), newId, changes, id.unitName.trimmed());
        !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return newId;
}

} // namespace binhyen
