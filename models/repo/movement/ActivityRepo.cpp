#include "models/repo/movement/ActivityRepo.h"

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
    return QCoreApplication::translate("ActivityRepo", "Recording the activities");
}

} // namespace

ActivityRepo::ActivityRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<qint64> ActivityRepo::add(const Session& session, const NewActivity& activity) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    if (!activityKinds().contains(activity.kind))
        return refused(QCoreApplication::translate("ActivityRepo", "Choose the kind of activity."));
    if (!activity.heldOn.isValid())
        return refused(QCoreApplication::translate("ActivityRepo", "Enter the date."));
    if (activity.title.trimmed().isEmpty())
        return refused(QCoreApplication::translate("ActivityRepo", "Enter the title."));
    if (activity.attendance < 0)
        return refused(
            QCoreApplication::translate("ActivityRepo", "The attendance cannot be negative."));
    if (activity.placeId > 0) {
        if (auto ok = checkPlaceValidOn(m_db, activity.placeId, activity.heldOn); !ok)
            return ok.error();
    }
    if (activity.modelId > 0) {
        if (auto dates = modelDates(m_db, activity.modelId); !dates)
            return dates.error();
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO activities (held_on, kind, place_id, model_id, title, "
                             "attendance, officer_id, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(dateValue(activity.heldOn));
    q.addBindValue(activity.kind);
    q.addBindValue(idValue(activity.placeId));
    q.addBindValue(idValue(activity.modelId));
    q.addBindValue(activity.title.trimmed());
    q.addBindValue(activity.attendance);
    q.addBindValue(session.userId());
    q.addBindValue(textValue(activity.note));
    if (!q.exec())
        return queryError(q, context());
    const qint64 id = q.lastInsertId().toLongLong();
    const QVariantMap changes{
        {QStringLiteral("held_on"), change(QVariant(), dateValue(activity.heldOn))},
        {QStringLiteral("kind"), change(QVariant(), activity.kind)},
        {QStringLiteral("place_id"), change(QVariant(), idValue(activity.placeId))},
        {QStringLiteral("model_id"), change(QVariant(), idValue(activity.modelId))},
        {QStringLiteral("title"), change(QVariant(), activity.title.trimmed())},
        {QStringLiteral("attendance"), change(QVariant(), activity.attendance)},
        {QStringLiteral("note"), change(QVariant(), textValue(activity.note))}};
    if (auto logged = audit(m_db, m_clock, session, QStringLiteral("activity.create"),
                            QStringLiteral("activity"), id, changes, activity.title.trimmed());
        !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<ActivityRow>> ActivityRepo::list(const Session& session, const QDate& from,
                                              const QDate& to) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QString where;
    QVariantList binds;
    if (from.isValid()) {
        where += QStringLiteral(" AND a.held_on >= ?");
        binds << dateValue(from);
    }
    if (to.isValid()) {
        where += QStringLiteral(" AND a.held_on <= ?");
        binds << dateValue(to);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.id, a.held_on, a.kind, a.place_id, p.kind, p.name, "
                             "a.model_id, m.name, a.title, a.attendance, a.officer_id, "
                             "u.full_name, a.note FROM activities a "
                             "LEFT JOIN places p ON p.id = a.place_id "
                             "LEFT JOIN movement_models m ON m.id = a.model_id "
                             "LEFT JOIN users u ON u.id = a.officer_id WHERE 1%1 "
                             "ORDER BY a.held_on DESC, a.id DESC")
                  .arg(where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, context());
    QList<ActivityRow> rows;
    while (q.next()) {
        ActivityRow r;
        r.id = q.value(0).toLongLong();
        r.heldOn = dateFrom(q.value(1));
        r.kind = q.value(2).toString();
        r.kindLabel = activityKindLabel(r.kind);
        r.placeId = q.value(3).toLongLong();
        if (r.placeId > 0)
            r.placeName = placeLabel(q.value(4).toString(), q.value(5).toString());
        r.modelId = q.value(6).toLongLong();
        r.modelName = q.value(7).toString();
        r.title = q.value(8).toString();
        r.attendance = q.value(9).toInt();
        r.officerId = q.value(10).toLongLong();
        r.officerName = q.value(11).toString();
        r.note = q.value(12).toString();
        rows.append(std::move(r));
    }
    return rows;
}

} // namespace binhyen
