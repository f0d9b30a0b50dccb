#include "models/repo/movement/ResultRepo.h"

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
    return QCoreApplication::translate("ResultRepo", "Recording the results");
}

} // namespace

ResultRepo::ResultRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<qint64> ResultRepo::add(const Session& session, const NewMovementResult& result) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    if (!movementResultKinds().contains(result.kind))
        return refused(QCoreApplication::translate("ResultRepo", "Choose the kind of result."));
    if (!result.occurredOn.isValid())
        return refused(QCoreApplication::translate("ResultRepo", "Enter the date."));
    if (result.count < 1)
        return refused(QCoreApplication::translate("ResultRepo", "The number must be at least 1."));
    if (result.valueVnd.has_value()) {
        if (!movementResultHasValue(result.kind))
            return refused(QCoreApplication::translate(
                "ResultRepo", "Only documents and property returned have a value (VND)."));
        if (*result.valueVnd < 0)
            return refused(
                QCoreApplication::translate("ResultRepo", "The value cannot be negative."));
    }
    if (result.placeId > 0) {
        if (auto ok = checkPlaceValidOn(m_db, result.placeId, result.occurredOn); !ok)
            return ok.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const QVariant value = result.valueVnd ? QVariant(qlonglong(*result.valueVnd))
                                           : QVariant(QMetaType::fromType<qlonglong>());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO results (occurred_on, kind, count, value_vnd, place_id, "
                             "tip_id, officer_id, note) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)"));
    q.addBindValue(dateValue(result.occurredOn));
    q.addBindValue(result.kind);
    q.addBindValue(result.count);
    q.addBindValue(value);
    q.addBindValue(idValue(result.placeId));
    q.addBindValue(session.userId());
    q.addBindValue(textValue(result.note));
    if (!q.exec())
        return queryError(q, context());
    const qint64 id = q.lastInsertId().toLongLong();
    const QVariantMap changes{
        {QStringLiteral("occurred_on"), change(QVariant(), dateValue(result.occurredOn))},
        {QStringLiteral("kind"), change(QVariant(), result.kind)},
        {QStringLiteral("count"), change(QVariant(), result.count)},
        {QStringLiteral("value_vnd"), change(QVariant(), value)},
        {QStringLiteral("place_id"), change(QVariant(), idValue(result.placeId))},
        {QStringLiteral("note"), change(QVariant(), textValue(result.note))}};
    if (auto logged = audit(m_db, m_clock, session, QStringLiteral("result.create"),
                            QStringLiteral("result"), id, changes);
        !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<MovementResultRow>> ResultRepo::list(const Session& session, const QDate& from,
                                                  const QDate& to) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QString where;
    QVariantList binds;
    if (from.isValid()) {
        where += QStringLiteral(" AND r.occurred_on >= ?");
        binds << dateValue(from);
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND r.occurred_on <= ?");
        binds << dateValue(to);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT r.id, r.occurred_on, r.kind, r.count, r.value_vnd, "
                       "r.place_id, p.kind, p.name, r.tip_id, r.officer_id, u.full_name, "
                       "r.note, t.number FROM results r LEFT JOIN places p ON p.id = r.place_id "
                       "LEFT JOIN users u ON u.id = r.officer_id "
                       "LEFT JOIN tips t ON t.id = r.tip_id WHERE 1%1 "
                       "ORDER BY r.occurred_on DESC, r.id DESC")
            .arg(where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, context());
    QList<MovementResultRow> rows;
    while (q.next()) {
        MovementResultRow r;
        r.id = q.value(0).toLongLong();
        r.occurredOn = dateFrom(q.value(1));
        r.kind = q.value(2).toString();
        r.kindLabel = movementResultKindLabel(r.kind);
        r.count = q.value(3).toInt();
        if (!q.value(4).isNull())
            r.valueVnd = q.value(4).toLongLong();
        r.placeId = q.value(5).toLongLong();
        if (r.placeId > 0)
            r.placeName = placeLabel(q.value(6).toString(), q.value(7).toString());
        r.tipId = q.value(8).toLongLong();
        r.officerId = q.value(9).toLongLong();
        r.officerName = q.value(10).toString();
        r.note = q.value(11).toString();
        r.tipNumber = q.value(12).toString();
        rows.append(std::move(r));
    }
    return rows;
}

} // namespace binhyen
