#include "models/repo/persons/PersonBatch.h"

#include "models/domain/PersonMatch.h"
#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditBatch.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/persons/PersonRows.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace binhyen {

using namespace personrows;

namespace {

const char* const kContext = "PersonRepo";
const char* const kSaving = QT_TRANSLATE_NOOP("PersonRepo", "Saving the person");

} // namespace

struct PersonBatch::Statements {
    explicit Statements(const QSqlDatabase& db)
        : place(db)
        , insert(db) {}
    QSqlQuery place;
    QSqlQuery insert;
    QSet<qint64> places; // found already
};

PersonBatch::PersonBatch(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

PersonBatch::~PersonBatch() = default;

Result<void> PersonBatch::begin(const Session& session) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed;
    m_audit.reset(new AuditBatch(AuditRepo(m_db, m_clock).batch()));
    if (auto begun = m_audit->begin(&session); !begun)
        return begun;
    m_createdAt = stationTimeText(m_audit->now());
    m_year = m_audit->now().date().year();
    m_statements = std::make_unique<Statements>(m_db);
    m_statements->place.setForwardOnly(true);
    if (!m_statements->place.prepare(QStringLiteral("SELECT 1 FROM places WHERE id = ?")))
        return queryError(m_statements->place, kContext, kSaving);
    if (!m_statements->insert.prepare(
            QStringLiteral("INSERT INTO persons (full_name, birth_year, id_number, phone, "
                           "address, place_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")))
        return queryError(m_statements->insert, kContext, kSaving);
    return {};
}

Result<qint64> PersonBatch::create(const NewPerson& person) {
    if (!m_statements)
        return makeError(ErrorCode::Usage, QStringLiteral("person batch not begun"));
    auto valid = personmatch::validate(person, m_year);
    if (!valid)
        return valid.error();
    const NewPerson& p = valid.value();
    if (p.placeId != 0 && !m_statements->places.contains(p.placeId)) {
        QSqlQuery& q = m_statements->place;
        q.bindValue(0, p.placeId);
        if (!q.exec())
            return queryError(q, kContext, kSaving);
        const bool found = q.next();
        q.finish();
        if (!found)
            return refused(
                QCoreApplication::translate("PersonRepo", "There is no such hamlet or place."));
        // A place a person refers to cannot be deleted (ON DELETE RESTRICT): checked once.
        m_statements->places.insert(p.placeId);
    }
    // The audited fields of a person, as the register holds them (PersonRepo's fieldsOf).
    const std::pair<const char*, QVariant> fields[] = {{"full_name", p.fullName},
                                                       {"birth_year", intOrNull(p.birthYear)},
                                                       {"id_number", textOrNull(p.idNumber)},
                                                       {"phone", textOrNull(p.phone)},
                                                       {"address", textOrNull(p.address)},
                                                       {"place_id", intOrNull(p.placeId)},
                                                       {"note", textOrNull(p.note)}};
    QSqlQuery& q = m_statements->insert;
    int column = 0;
    for (const auto& [name, value] : fields)
        q.bindValue(column++, value);
    q.bindValue(column, m_createdAt);
    if (!q.exec())
        return queryError(q, kContext, kSaving);
    const qint64 id = q.lastInsertId().toLongLong();

    AuditEntry entry;
    entry.action = QStringLiteral("person.create");
    entry.entity = QStringLiteral("person");
    entry.entityId = id;
    for (const auto& [name, value] : fields) {
        if (!value.isNull())
            entry.changes.insert(QLatin1String(name), change(QVariant(), value));
    }
    if (auto r = m_audit->appendRecordChange(std::move(entry)); !r)
        return r.error();
    return id;
}

} // namespace binhyen
