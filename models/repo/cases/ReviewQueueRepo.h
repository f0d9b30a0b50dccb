#pragma once

#include "models/domain/Case.h"
#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QSqlDatabase>

namespace binhyen {

class Session;

// How many items each list of the review queue holds in all.
struct ReviewQueueCounts {
    qint64 unclassified = 0;
    qint64 dueSoon = 0;
    qint64 valuableProposals = 0;
    qint64 closureProposals = 0;
};

// The first items of each list (at most the limit asked) and each list's full count.
struct ReviewQueueHead {
    ReviewQueue queue;
    ReviewQueueCounts totals;
};

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
    // The same lists cut to their first `limit` items (≥ 1), with each list's full count —
    // counted only for a list that was cut, so a short queue costs four small reads. What the
    // review page shows: a register of a million tips may hold thousands of unclassified ones.
    Result<ReviewQueueHead> head(const Session& chief, int limit) const;

private:
    // limit < 0: every item.
    Result<ReviewQueue> read(int limit, const QString& horizon) const;
    QString dueHorizon() const; // the station time 24 h from now
    Result<qint64> count(const QString& from, const QString& where,
                         const QVariantList& binds) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
