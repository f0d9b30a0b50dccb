#pragma once

#include "models/domain/LegalClock.h"
#include "models/domain/Result.h"

#include <QSqlDatabase>

namespace binhyen {

// The rules table (legal deadlines with their sources, each row with its effective date), the
// holidays table and the station's remote-area setting, as one RuleSet in force at a time.
class RulesRepo {
public:
    explicit RulesRepo(QSqlDatabase db);

    Result<RuleSet> inForceAt(const QDate& day) const;
    Result<QList<QDate>> holidays(int year) const;

private:
    QSqlDatabase m_db;
};

} // namespace binhyen
