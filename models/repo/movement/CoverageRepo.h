#pragma once

#include "models/domain/Movement.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// Hamlets with and without a Zalo group in force on a date, and the households connected
// (Movement.h: Coverage). A hamlet is listed when valid on the date (valid_from <= D and
// (valid_to IS NULL or valid_to >= D)); a Zalo group is a model of type zalo_group with a
// zalo_groups row, in force on D: started_on <= D and (ended_on IS NULL or ended_on > D).
// Operation::ReadRecords.
class CoverageRepo {
public:
    explicit CoverageRepo(QSqlDatabase db);

    Result<Coverage> on(const Session& session, const QDate& date) const;

private:
    QSqlDatabase m_db;
};

} // namespace binhyen
