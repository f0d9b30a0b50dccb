#pragma once

#include "models/domain/Error.h"
#include "models/domain/Person.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>
#include <QVariantMap>

class QSqlQuery;

namespace binhyen::personrows {

// Internal to the person repositories: how a person row is read, and small SQL helpers.

// "p.id, p.full_name, … , pl.name" for `FROM persons p LEFT JOIN places pl ON pl.id = p.place_id`.
QString selectColumns();
QString fromClause();
Person read(const QSqlQuery& query, int first = 0); // columns of selectColumns() from `first`
Result<Person> load(QSqlDatabase db, qint64 id);    // NotFound: "There is no such person."
Result<QList<Person>> loadMany(QSqlDatabase db, const QList<qint64>& ids); // unknown ids skipped

Error queryError(const QSqlQuery& query, const char* context, const char* action);
Error refused(const QString& message);
QVariantMap change(const QVariant& before, const QVariant& after);
QVariant nullText();
QVariant textOrNull(const QString& text);
QVariant intOrNull(qint64 value); // 0 → NULL

} // namespace binhyen::personrows
