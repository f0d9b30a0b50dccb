#include "models/repo/movement/MovementSql.h"

#include "models/domain/MovementLabels.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QSqlError>

namespace binhyen::movementsql {

Error queryError(const QSqlQuery& query, const QString& context) {
    return sqlError(query, context);
}

Error refused(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message);
}

Error notFound(const QString& message) {
    return makeError(ErrorCode::NotFound, message);
}

QVariant dateValue(const QDate& date) {
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType::fromType<QString>());
}

QDate dateFrom(const QVariant& value) {
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant idValue(qint64 id) {
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant textValue(const QString& text) {
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(trimmed);
}

QVariantMap change(const QVariant& before, const QVariant& after) {
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

QString placeLabel(const QString& kind, const QString& name) {
    return PlaceRepo::kindLabel(kind) + QLatin1Char(' ') + name;
}

QStringList placeNames(QSqlDatabase db, const QList<qint64>& placeIds) {
    QStringList names;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT kind, name FROM places WHERE id = ?"));
    for (qint64 id : placeIds) {
        q.addBindValue(id);
        names << (q.exec() && q.next() ? placeLabel(q.value(0).toString(), q.value(1).toString())
                                       : QString::number(id));
    }
    return names;
}

Result<void> checkPlaceValidOn(QSqlDatabase db, qint64 placeId, const QDate& date) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT kind, name, valid_from, valid_to FROM places WHERE id = ?"));
    q.addBindValue(placeId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("MovementRecords", "Reading the hamlets"));
    if (!q.next())
        return refused(
            QCoreApplication::translate("MovementRecords", "There is no hamlet %1.").arg(placeId));
    const QDate from = dateFrom(q.value(2));
    const QDate to = dateFrom(q.value(3));
    if (date < from || (to.isValid() && to < date))
        return refused(
            QCoreApplication::translate("MovementRecords", "The hamlet %1 does not exist on %2.")
                .arg(placeLabel(q.value(0).toString(), q.value(1).toString()),
                     movementDateText(date)));
    return {};
}

Result<void> checkUser(QSqlDatabase db, qint64 userId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return queryError(q,
                          QCoreApplication::translate("MovementRecords", "Reading the accounts"));
    if (!q.next())
        return refused(
            QCoreApplication::translate("MovementRecords", "There is no officer %1.").arg(userId));
    return {};
}

Result<QPair<QDate, QDate>> modelDates(QSqlDatabase db, qint64 modelId) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT started_on, ended_on FROM movement_models WHERE id = ?"));
    q.addBindValue(modelId);
    if (!q.exec())
        return queryError(q, QCoreApplication::translate("MovementRecords", "Reading the models"));
    if (!q.next())
        return refused(
            QCoreApplication::translate("MovementRecords", "There is no model %1.").arg(modelId));
    return qMakePair(dateFrom(q.value(0)), dateFrom(q.value(1)));
}

Result<void> audit(QSqlDatabase db, const Clock& clock, const Session& session,
                   const QString& action, const QString& entity, qint64 id,
                   const QVariantMap& changes, const QString& detail) {
    AuditEntry entry;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = id;
    entry.changes = changes;
    entry.detail = detail;
    if (auto logged = AuditRepo(db, clock).append(session, entry); !logged)
        return logged.error();
    return {};
}

} // namespace binhyen::movementsql
