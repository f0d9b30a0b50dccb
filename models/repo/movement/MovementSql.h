#pragma once

// Helpers shared by the movement repositories (internal to models/repo/movement and
// models/repo/places): SQL values for optional fields, errors, hamlet checks and the audit row.

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace binhyen {

class Session;

namespace movementsql {

// An engine failure while `context` (translated phrase) was being done.
Error queryError(const QSqlQuery& query, const QString& context);
Error refused(const QString& message); // InvalidInput
Error notFound(const QString& message);

QVariant dateValue(const QDate& date);   // "yyyy-MM-dd" or NULL
QDate dateFrom(const QVariant& value);   // invalid for NULL
QVariant idValue(qint64 id);             // NULL for 0
QVariant textValue(const QString& text); // NULL for empty (after trimming)
QVariantMap change(const QVariant& before, const QVariant& after);

// "ấp Cây Cám" (kind label + name).
QString placeLabel(const QString& kind, const QString& name);

// "ấp Cây Cám, ấp Cây Da" for audit rows: the names of the given places, in the given order.
QStringList placeNames(QSqlDatabase db, const QList<qint64>& placeIds);

// Refuses (InvalidInput, Vietnamese message with dd/MM/yyyy) a hamlet that does not exist or is
// not valid on `date`.
Result<void> checkPlaceValidOn(QSqlDatabase db, qint64 placeId, const QDate& date);
// Refuses an unknown user id (responsible officer).
Result<void> checkUser(QSqlDatabase db, qint64 userId);
// Refuses an unknown model id; returns its (started_on, ended_on).
Result<QPair<QDate, QDate>> modelDates(QSqlDatabase db, qint64 modelId);

// Appends the signed audit row of a write (call inside the write's transaction).
Result<void> audit(QSqlDatabase db, const Clock& clock, const Session& session,
                   const QString& action, const QString& entity, qint64 id,
                   const QVariantMap& changes, const QString& detail = {});

} // namespace movementsql
} // namespace binhyen
