#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Person.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// The persons of a case (table case_persons). Writes need Operation::WriteRecords, bump
// cases.updated_at and are audited on the case (entity "case": "case.person.add",
// "case.person.remove", "case.person.outcome"), in one transaction. A case's reporter is someone
// who agreed to be named: a tip's sealed informant is never added here.
class CasePersonRepo {
public:
    CasePersonRepo(QSqlDatabase db, const Clock& clock);

    // role: suspect | victim | witness | reporter. Refuses the same person twice in the same
    // role of a case. Returns case_persons.id.
    Result<qint64> add(const Session& session, qint64 caseId, qint64 personId, const QString& role,
                       const QString& note = {});
    Result<void> remove(const Session& session, qint64 casePersonId);
    // Only for a suspect; times not in the future; arrested / handed over not before identified.
    Result<void> setSuspectOutcome(const Session& session, qint64 casePersonId,
                                   const SuspectOutcome& outcome);
    // Suspects first, then victims, witnesses, reporters; by name.
    Result<QList<CasePersonRow>> list(const Session& session, qint64 caseId) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
