#pragma once

#include "models/domain/Result.h"

#include <QSqlDatabase>

namespace binhyen {

// Runs a whole SQL script (several statements, e.g. demo data compiled in from resources/) on a
// BinhYen connection. The caller provides the transaction. Only for trusted, compiled-in SQL.
Result<void> executeScript(QSqlDatabase& db, const QString& sql);

} // namespace binhyen
