#pragma once

#include "models/domain/Result.h"
#include "models/domain/Tip.h"

#include <QList>
#include <QSqlDatabase>

namespace binhyen {

// Tips of the register. Runs on the connection it is given (the caller's thread); writes join the
// caller's transaction when one is open.
class TipRepo {
public:
    explicit TipRepo(QSqlDatabase db);

    // The newest tips first (by received time, then id).
    Result<QList<TipRow>> listNewest(int limit) const;
    // Records a new tip with the next number of its year (one statement: atomic); returns its id.
    Result<qint64> insert(const NewTip& tip);
    Result<qint64> count() const;

private:
    QSqlDatabase m_db;
};

} // namespace binhyen
