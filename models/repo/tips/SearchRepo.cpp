#include "models/repo/tips/SearchRepo.h"

#include "models/domain/SearchText.h"
#include "models/security/Permissions.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen {

namespace {

struct Found {
    SearchHit hit;
    QString createdAt; // register time text: sorts as it reads
};

// The matches of one index, newest entry first.
Result<QList<Found>> matches(QSqlDatabase db, const QString& sql, const QString& kind,
                             const QString& match, int limit) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(match);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("SearchRepo", "The search could not be run."),
                         q.lastError().text());
    QList<Found> found;
    while (q.next())
        found.append(
            {{q.value(0).toLongLong(), kind, q.value(1).toString()}, q.value(2).toString()});
    return found;
}

} // namespace

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
    auto tips = matches(m_db,
                        QStringLiteral("SELECT t.id, t.number, t.created_at FROM tip_search s "
                                       "JOIN tips t ON t.id = s.rowid WHERE tip_search MATCH ? "
                                       "ORDER BY s.rowid DESC LIMIT ?"),
                        QStringLiteral("tip"), match, limit);
    if (!tips)
        return tips.error();
    auto cases = matches(m_db,
                         QStringLiteral("SELECT c.id, c.number, c.created_at FROM case_search s "
                                        "JOIN cases c ON c.id = s.rowid WHERE case_search MATCH ? "
                                        "ORDER BY s.rowid DESC LIMIT ?"),
                         QStringLiteral("case"), match, limit);
    if (!cases)
        return cases.error();
    // Merge the two newest-first lists; at most `limit` hits.
    const QList<Found>& a = tips.value();
    const QList<Found>& b = cases.value();
    qsizetype i = 0, j = 0;
    while ((i < a.size() || j < b.size()) && (limit <= 0 || hits.size() < limit)) {
        const bool takeTip = j >= b.size() || (i < a.size() && a[i].createdAt >= b[j].createdAt);
        hits.append(takeTip ? a[i++].hit : b[j++].hit);
    }
    return hits;
}

} // namespace binhyen
