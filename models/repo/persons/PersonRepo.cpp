#include "models/repo/persons/PersonRepo.h"

#include "models/domain/PersonMatch.h"
#include "models/domain/TextFold.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/persons/PersonBatch.h"
#include "models/repo/persons/PersonRows.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace binhyen {

using namespace personrows;

namespace {

const char* const kContext = "PersonRepo";

// The audited fields of a person, as the register holds them.
QVariantMap fieldsOf(const NewPerson& p) {
    return {{QStringLiteral("full_name"), p.fullName},
            {QStringLiteral("birth_year"), intOrNull(p.birthYear)},
            {QStringLiteral("id_number"), textOrNull(p.idNumber)},
            {QStringLiteral("phone"), textOrNull(p.phone)},
            {QStringLiteral("address"), textOrNull(p.address)},
            {QStringLiteral("place_id"), intOrNull(p.placeId)},
            {QStringLiteral("note"), textOrNull(p.note)}};
}

NewPerson asNew(const Person& p) {
    return NewPerson{p.fullName, p.birthYear, p.idNumber, p.phone, p.address, p.placeId, p.note};
}

Result<NewPerson> checked(QSqlDatabase db, const NewPerson& person, const QDateTime& now) {
    auto valid = personmatch::validate(person, now.date().year());
    if (!valid)
        return valid.error();
    if (valid.value().placeId != 0) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT 1 FROM places WHERE id = ?"));
        q.addBindValue(valid.value().placeId);
        if (!q.exec())
            return queryError(q, kContext, QT_TRANSLATE_NOOP("PersonRepo", "Saving the person"));
        if (!q.next())
            return refused(
                QCoreApplication::translate("PersonRepo", "There is no such hamlet or place."));
    }
    return valid;
}

// LIKE pattern text with its wildcards escaped (ESCAPE '\').
QString likeEscaped(QString text) {
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

} // namespace

PersonRepo::PersonRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

// A batch of one (PersonBatch.h), checked first as before any transaction opens.
Result<qint64> PersonRepo::create(const Session& session, const NewPerson& person) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    auto valid = checked(m_db, person, m_clock.now());
    if (!valid)
        return valid.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    PersonBatch batch(m_db, m_clock);
    if (auto begun = batch.begin(session); !begun)
        return begun.error();
    auto id = batch.create(valid.value());
    if (!id)
        return id;
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> PersonRepo::update(const Session& session, qint64 id, const NewPerson& person) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    auto valid = checked(m_db, person, m_clock.now());
    if (!valid)
        return valid.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = load(m_db, id);
    if (!current)
        return current.error();
    const QVariantMap before = fieldsOf(asNew(current.value()));
    const QVariantMap after = fieldsOf(valid.value());
    QVariantMap changes;
    QStringList assignments;
    QVariantList values;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QVariant old = before.value(it.key());
        if (old.isNull() == it.value().isNull() && old.toString() == it.value().toString())
            continue;
        changes.insert(it.key(), change(old, it.value()));
        assignments << it.key() + QStringLiteral(" = ?"); // names from fieldsOf() only
        values << it.value();
    }
    if (changes.isEmpty())
        return {};
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE persons SET %1 WHERE id = ?")
                  .arg(assignments.join(QStringLiteral(", "))));
    for (const QVariant& v : values)
        u.addBindValue(v);
    u.addBindValue(id);
    if (!u.exec() || u.numRowsAffected() != 1)
        return queryError(u, kContext, QT_TRANSLATE_NOOP("PersonRepo", "Saving the person"));

    AuditEntry entry;
    entry.action = QStringLiteral("person.update");
    entry.entity = QStringLiteral("person");
    entry.entityId = id;
    entry.changes = changes;
    if (auto r = AuditRepo(m_db, m_clock).appendRecordChange(session, entry); !r)
        return r.error();
    return tx.commit();
}

Result<Person> PersonRepo::get(const Session& session, qint64 id) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    return load(m_db, id);
}

Result<QList<Person>> PersonRepo::find(const Session& session, const QString& text,
                                       int limit) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    limit = std::clamp(limit, 1, 200);
    const QString typed = text.simplified();
    const QString digits = personmatch::digitsOnly(typed);
    static const QRegularExpression numberOnly(QStringLiteral("^[0-9 .+\\-]+$"));
    QStringList conditions;
    QVariantList values;
    if (digits.size() >= 3 && numberOnly.match(typed).hasMatch()) {
        conditions << QStringLiteral("(instr(p.phone, ?) > 0 OR instr(p.id_number, ?) > 0)");
        values << digits << digits;
    } else {
        // Every word typed starts a word of the folded name.
        const QStringList words =
            foldText(typed).split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(0, 8);
        for (const QString& word : words) {
            conditions << QStringLiteral("(' ' || p.folded_name) LIKE ? ESCAPE '\\'");
            values << QString(QStringLiteral("% ") + likeEscaped(word) + QLatin1Char('%'));
        }
    }
    if (conditions.isEmpty())
        return QList<Person>();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + selectColumns() + fromClause() +
              QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) +
              QStringLiteral(" ORDER BY p.folded_name, p.id LIMIT ?"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return queryError(q, kContext, QT_TRANSLATE_NOOP("PersonRepo", "Looking for a person"));
    QList<Person> out;
    while (q.next())
        out.append(read(q));
    return out;
}

Result<QList<PersonCaseRole>> PersonRepo::casesOf(const Session& session, qint64 personId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT cp.id, c.id, c.number, c.title, cp.role FROM case_persons cp "
                             "JOIN cases c ON c.id = cp.case_id WHERE cp.person_id = ? "
                             "ORDER BY c.opened_at DESC, c.id DESC, cp.id"));
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(q, kContext,
                          QT_TRANSLATE_NOOP("PersonRepo", "Reading the person's cases"));
    QList<PersonCaseRole> out;
    while (q.next()) {
        PersonCaseRole r;
        r.casePersonId = q.value(0).toLongLong();
        r.caseId = q.value(1).toLongLong();
        r.caseNumber = q.value(2).toString();
        r.caseTitle = q.value(3).toString();
        r.role = q.value(4).toString();
        r.roleLabel = personmatch::roleLabel(r.role);
        out.append(r);
    }
    return out;
}

} // namespace binhyen
