#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Person.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// Person records that may be the same person, and merging them. Candidates come from the
// indexes (persons_phone, persons_id_number, persons_folded_name), never from a pairwise scan;
// reasons: same phone, same ID number, similar names (personmatch::similarNames). Sealed
// informants never take part (nothing here reads them).
class PersonDuplicates {
public:
    PersonDuplicates(QSqlDatabase db, const Clock& clock);

    // Pairs over the whole register (Operation::ReadRecords), at most `limit`, by smaller id.
    Result<QList<DuplicatePair>> suggest(const Session& session, int limit = 100) const;
    // Pairs involving one person (e.g. just saved); `a` is always that person.
    Result<QList<DuplicatePair>> suggestFor(const Session& session, qint64 personId) const;

    // Operation::MergePersons (a chief). One transaction: moves the merged person's case roles
    // (a (case, role) the kept person already has is collapsed into one row: the one with more
    // outcome fields filled, notes joined) and mobilised_residents rows to `keepId`, fills the
    // kept person's empty fields from the merged one, deletes the merged person; audit
    // "person.merge" on the kept person (changes: merged id and name, fields filled) and
    // "person.delete" on the merged one. Refuses keepId == mergeId, unknown ids, no reason.
    Result<void> merge(const Session& chief, qint64 keepId, qint64 mergeId, const QString& reason);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
