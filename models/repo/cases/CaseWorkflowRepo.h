#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace binhyen {

class Session;

// A case's workflow: đang xác minh (verifying) → đã làm rõ (clarified) → đã chuyển cơ quan điều
// tra (forwarded) / tạm đình chỉ (suspended) → đã kết thúc (closed). Only a chief closes, by
// approving a closure proposal (a chief may propose and approve his own); there is no direct
// close. Each step is one transaction: the case, a timeline event where it says so, and a signed
// audit row (entity "case", or "tip" for assignTip).
class CaseWorkflowRepo {
public:
    CaseWorkflowRepo(QSqlDatabase db, const Clock& clock);

    // WriteRecords. Moves an open case among verifying | clarified | forwarded | suspended
    // ('closed' refused: closing goes through review; a closed case is refused; a case waiting
    // for review is refused). `note` (optional) goes to the audit detail. Audit "case.status".
    Result<void> setStatus(const Session& session, qint64 caseId, const QString& status,
                           const QString& note);
    // ProposeCaseClosure. Outcome required. review_status 'pending', closure_proposed_by/at,
    // proposed_solved, outcome; a timeline event 'outcome'. Refused when closed or already
    // pending. Audit "case.propose_closure".
    Result<void> proposeClosure(const Session& session, qint64 caseId, const QString& outcome,
                                bool solved);
    // ReviewCase; only when pending. Status 'closed', closed_at now, solved (solved_at now when
    // the proposal said solved), review 'approved', reviewer, time, comment (optional); a timeline
    // event 'review'. Audit "case.review".
    Result<void> approveClosure(const Session& chief, qint64 caseId, const QString& comment);
    // ReviewCase; only when pending; comment required. Review 'returned' with the comment; the
    // status stays; a timeline event 'review'. Audit "case.review".
    Result<void> returnClosure(const Session& chief, qint64 caseId, const QString& comment);

    // AssignWork. The officer must be an active account with role officer or chief. A closed
    // case is refused. Audit "case.assign" / "tip.assign" (tips.assigned_officer_id).
    Result<void> assignCase(const Session& chief, qint64 caseId, qint64 officerId);
    Result<void> assignTip(const Session& chief, qint64 tipId, qint64 officerId);

private:
    struct Review;
    Result<void> review(const Session& chief, qint64 caseId, const Review& step);
    Result<void> assign(const Session& chief, const QString& entity, qint64 id, qint64 officerId);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
