#pragma once

#include "models/domain/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace binhyen::statssql {

// Prepares `sql` (forward only), binds `binds` in order and runs it. False on failure, with the
// engine error and `context` (a translated phrase of what was being done) in *error.
bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, const QString& context,
         Error* error);

} // namespace binhyen::statssql
