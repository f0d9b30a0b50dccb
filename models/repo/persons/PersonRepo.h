#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Person.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// The register's persons (table persons). Writes need Operation::WriteRecords, reads
// Operation::ReadRecords; each write is one transaction with a signed audit row (entity
// "person": "person.create", "person.update" with before/after changes). Sealed informants are
// never read or written here.
class PersonRepo {
public:
    PersonRepo(QSqlDatabase db, const Clock& clock);

    // Validated and normalised (personmatch::validate); returns the new id.
    Result<qint64> create(const Session& session, const NewPerson& person);
    // Replaces every field; audit changes name only the fields that changed. Nothing changed: ok,
    // no audit row.
    Result<void> update(const Session& session, qint64 id, const NewPerson& person);
    Result<Person> get(const Session& session, qint64 id) const;
    // For a picker while typing: every word typed is the start of a word of the name,
    // accent-blind ("tran thi m" finds "Trần Thị M.", "dang" finds "Đặng"); or, when the text has
    // 3 digits or more and nothing else, phone or ID numbers containing those digits. Sorted by
    // name; at most `limit` (1..200).
    Result<QList<Person>> find(const Session& session, const QString& text, int limit = 20) const;
    // The roles the person plays across cases, newest case first.
    Result<QList<PersonCaseRole>> casesOf(const Session& session, qint64 personId) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
