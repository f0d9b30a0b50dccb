#include "models/repo/tips/SearchRepo.h"

#include "models/domain/SearchText.h"
#include "models/security/Permissions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen {

SearchRepo::SearchRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<QList<SearchHit>> SearchRepo::search(const Session& session, const QString& query,
                                            int limit) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    const QString match = ftsQuery(query);
    QList<SearchHit> hits;
    if (match.isEmpty())
        return hits;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT t.id, t.number FROM tip_search s JOIN tips t ON t.id = s.rowid "
                       "WHERE tip_search MATCH ? ORDER BY s.rowid DESC LIMIT ?"));
    q.addBindValue(match);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("SearchRepo", "The search could not be run."),
                         q.lastError().text());
    while (q.next())
        hits.append({q.value(0).toLongLong(), QStringLiteral("tip"), q.value(1).toString()});
    return hits;
}

} // namespace binhyen
