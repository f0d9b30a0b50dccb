#pragma once

#include "models/domain/Case.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace binhyen {

// Cases / incidents of the register, on the caller's connection.
class CaseRepo {
public:
    explicit CaseRepo(QSqlDatabase db);

    // The newest cases first (by opening time, then id), with their linked-tip counts.
    Result<QList<CaseRow>> listNewest(int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace binhyen
