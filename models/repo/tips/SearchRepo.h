#pragma once

#include "models/domain/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace binhyen {

class Session;

struct SearchHit {
    qint64 id = 0;
    QString kind;   // "tip" (cases join later)
    QString number; // "TB-0012/2020"
};

// Accent-blind search over the register (SearchText.h): every word of the query as a whole word
// after folding, newest first (by record id: the order of entry, which keeps a query that matches
// most of a million rows instant). Sealed identities are never indexed, so every role gets the
// same results.
class SearchRepo {
public:
    explicit SearchRepo(QSqlDatabase db);

    // limit <= 0: no limit.
    Result<QList<SearchHit>> search(const Session& session, const QString& query, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace binhyen
