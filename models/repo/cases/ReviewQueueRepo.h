#pragma once

#include "models/domain/Case.h"
#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QSqlDatabase>

namespace binhyen {

class Session;

// What waits for the chief (the review queue). Confirming or rejecting a valuable proposal:
// TipWorkflowRepo::confirmValuable / rejectValuable; approving or returning a closure:
// CaseWorkflowRepo::approveClosure / returnClosure.
class ReviewQueueRepo {
public:
    ReviewQueueRepo(QSqlDatabase db, const Clock& clock);

    // ReadRecords (meant for chiefs). Four lists (ReviewQueue in Case.h):
    //  unclassified      tips with no classification, status not closed; oldest received first
    //  dueSoon           tips new or verifying whose due_at is past or within 24 h; soonest first
    //  valuableProposals tips with valuable_proposed_by set and valuable 0; oldest proposal first
    //  closureProposals  cases with review_status 'pending'; oldest proposal first
    Result<ReviewQueue> queue(const Session& chief) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
