#include "models/repo/stats/StatsSql.h"

#include "models/store/EngineErrors.h"

namespace binhyen::statssql {

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, const QString& context,
         Error* error) {
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (q.exec())
        return true;
    *error = sqlError(q, context);
    return false;
}

} // namespace binhyen::statssql
