#pragma once

#include "models/domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace binhyen {

class Session;

struct SearchHit {
    qint64 id = 0;
    QString kind;   // "tip" | "case"
    QString number; // "TB-0012/2020" | "VV-0001/2020"
};

// Accent-blind search over the register (SearchText.h): tips (tip_search) and cases (case_search),
// every word of the query as a whole word after folding, newest first. Each kind is read by record
// id (the order of entry, which keeps a query that matches most of a million rows instant); the
// two are merged by the time each record was entered (created_at; a tip before a case at the same
// second). Sealed identities are never indexed, so every role gets the same results.
class SearchRepo {
public:
    explicit SearchRepo(QSqlDatabase db);

    // limit <= 0: no limit.
    Result<QList<SearchHit>> search(const Session& session, const QString& query, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace binhyen
