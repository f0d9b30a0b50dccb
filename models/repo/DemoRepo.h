#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QSqlDatabase>

namespace binhyen {

// The demo register: the 3 September 2020 story (resources/demo/story.sql, compiled in as
// ":/demo/story.sql": station identity history, 40 hamlets, officers, the 36 hamlet Zalo groups and
// other models, September 2020 tips, cases and results), then a few recent months of ordinary
// activity generated relative to the clock, so a current report is not empty.
class DemoRepo {
public:
    explicit DemoRepo(QSqlDatabase db);

    // Fills an empty register in one transaction (all or nothing). Refuses a register that
    // already holds tips or accounts. Deterministic for a given clock.now().
    Result<void> fill(const Clock& clock);

private:
    Result<void> refuseNonEmpty();

    QSqlDatabase m_db;
};

} // namespace binhyen
