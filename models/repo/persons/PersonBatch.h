#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Person.h"
#include "models/domain/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace binhyen {

class AuditBatch;
class Session;

// Persons created many at a time inside one transaction the caller holds (the residents import;
// PersonRepo::create is a batch of one). Each person is validated and normalised
// (personmatch::validate, the hamlet must exist), inserted, and given its signed "person.create"
// audit row with the record's hash — the same rows as PersonRepo::create one by one — with the
// statements prepared once and the clock read once: every person of a batch has the batch's
// time (created_at and the audit rows' time). Nothing else may write audit rows while it runs.
class PersonBatch {
public:
    PersonBatch(QSqlDatabase db, const Clock& clock);
    ~PersonBatch();
    PersonBatch(const PersonBatch&) = delete;
    PersonBatch& operator=(const PersonBatch&) = delete;

    // Needs Operation::WriteRecords and a session that can sign; call inside a transaction.
    Result<void> begin(const Session& session);
    // Returns the new person's id.
    Result<qint64> create(const NewPerson& person);

private:
    struct Statements;

    QSqlDatabase m_db;
    const Clock& m_clock;
    std::unique_ptr<AuditBatch> m_audit;
    std::unique_ptr<Statements> m_statements;
    QString m_createdAt;
    int m_year = 0;
};

} // namespace binhyen
