#pragma once

#include "models/domain/Case.h"
#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// Cases / incidents of the register (vụ việc), on the caller's connection. Every change is one
// transaction with a signed audit row (entity "case": "case.create", "case.update"); a case opened
// from a tip also links the tip and records a 'tip_linked' timeline event in that transaction.
// Statuses, closure and assignment: CaseWorkflowRepo; the timeline: CaseTimelineRepo.
class CaseRepo {
public:
    // Without a clock: the system clock (reads need none).
    explicit CaseRepo(QSqlDatabase db);
    CaseRepo(QSqlDatabase db, const Clock& clock);

    // The newest cases first (by opening time, then id), with their linked-tip counts. No
    // permission check (the main window's list, after logon).
    Result<QList<CaseRow>> listNewest(int limit) const;
    // ReadRecords. The cases that pass `filter`, newest first (opening time, then id).
    Result<QList<CaseRow>> list(const Session& session, const CaseFilter& filter) const;
    // ReadRecords. Every column of one case, with the names behind its ids. NotFound.
    Result<CaseDetail> get(const Session& session, qint64 caseId) const;

    // WriteRecords. Opens a case now (clock): number VV-<seq>/<year of opening>, the next of its
    // year; status 'verifying'. Needs a title; the type must be a known category and the
    // assigned officer (when given) an active officer or chief — someone other than the creator
    // only with AssignWork (a chief). Returns the id.
    Result<qint64> create(const Session& session, const NewCase& input);
    // ReadRecords. A draft case from a tip: title from the summary (shortened at a word, at most
    // 120 characters), type = the tip's category, occurred at = received at, place, address,
    // summary = summary + details. Never any informant data.
    Result<NewCase> prefillFromTip(const Session& session, qint64 tipId) const;
    // WriteRecords. create + link the tip (contributed 0, note "Mở vụ việc từ tin báo …") + a
    // 'tip_linked' timeline event, in one transaction. Returns the case's id.
    Result<qint64> createFromTip(const Session& session, qint64 tipId, const NewCase& input);
    // WriteRecords. Replaces title, type, occurred time, place, address and summary (not the
    // assigned officer: CaseWorkflowRepo::assignCase); audited "case.update" with before/after of
    // each changed field. Nothing changed: no write, no audit row. A closed case is refused.
    Result<void> update(const Session& session, qint64 caseId, const NewCase& edited);

private:
    Result<qint64> insertCase(const Session& session, const NewCase& input, const QString& detail);

    QSqlDatabase m_db;
    const Clock* m_clock;
};

} // namespace binhyen
