#include "models/repo/persons/CasePersonRepo.h"

#include "models/domain/PersonMatch.h"
#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/persons/PersonRows.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace binhyen {

using namespace personrows;

namespace {

const char* const kContext = "CasePersonRepo";
const char* const kSaving = QT_TRANSLATE_NOOP("CasePersonRepo", "Changing the case's persons");

struct Link {
    qint64 caseId = 0;
    qint64 personId = 0;
    QString role;
    QString name;
    SuspectOutcome outcome;
};

QVariant timeOrNull(const QDateTime& t) {
    return t.isValid() ? QVariant(stationTimeText(t)) : nullText();
}

Result<Link> loadLink(QSqlDatabase db, qint64 casePersonId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT cp.case_id, cp.person_id, cp.role, p.full_name, "
                             "cp.identified_at, cp.arrested_at, cp.caught_in_act, "
                             "cp.surrendered_at, cp.handed_over_at FROM case_persons cp "
                             "JOIN persons p ON p.id = cp.person_id WHERE cp.id = ?"));
    q.addBindValue(casePersonId);
    if (!q.exec())
        return queryError(q, kContext, kSaving);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("CasePersonRepo",
                                                     "This person is not (or no longer) listed "
                                                     "in the case."));
    Link l;
    l.caseId = q.value(0).toLongLong();
    l.personId = q.value(1).toLongLong();
    l.role = q.value(2).toString();
    l.name = q.value(3).toString();
    l.outcome.identifiedAt = stationTimeFromText(q.value(4).toString());
    l.outcome.arrestedAt = stationTimeFromText(q.value(5).toString());
    l.outcome.caughtInAct = q.value(6).toInt() != 0;
    l.outcome.surrenderedAt = stationTimeFromText(q.value(7).toString());
    l.outcome.handedOverAt = stationTimeFromText(q.value(8).toString());
    return l;
}

// Bumps cases.updated_at and appends the signed row on the case (after the change).
Result<void> touchAndAudit(QSqlDatabase db, const Clock& clock, const Session& session,
                           qint64 caseId, const QString& action, const QVariantMap& changes) {
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE cases SET updated_at = ? WHERE id = ?"));
    u.addBindValue(stationTimeText(clock.now()));
    u.addBindValue(caseId);
    if (!u.exec())
        return queryError(u, kContext, kSaving);
    if (u.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("CasePersonRepo", "There is no such case."));
    AuditEntry entry;
    entry.action = action;
    entry.entity = QStringLiteral("case");
    entry.entityId = caseId;
    entry.changes = changes;
    if (auto r = AuditRepo(db, clock).appendRecordChange(session, entry); !r)
        return r.error();
    return {};
}

QVariantMap outcomeFields(const SuspectOutcome& o) {
    return {{QStringLiteral("identified_at"), timeOrNull(o.identifiedAt)},
            {QStringLiteral("arrested_at"), timeOrNull(o.arrestedAt)},
            {QStringLiteral("caught_in_act"), o.caughtInAct ? 1 : 0},
            {QStringLiteral("surrendered_at"), timeOrNull(o.surrenderedAt)},
            {QStringLiteral("handed_over_at"), timeOrNull(o.handedOverAt)}};
}

} // namespace

CasePersonRepo::CasePersonRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<qint64> CasePersonRepo::add(const Session& session, qint64 caseId, qint64 personId,
                                   const QString& role, const QString& note) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    if (!personmatch::roles().contains(role))
        return refused(QCoreApplication::translate(
            "CasePersonRepo", "Choose the person's role: suspect, victim, witness or reporter."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto person = load(m_db, personId);
    if (!person)
        return person.error();
    QSqlQuery dup(m_db);
    dup.prepare(QStringLiteral(
        "SELECT 1 FROM case_persons WHERE case_id = ? AND person_id = ? AND role = ?"));
    dup.addBindValue(caseId);
    dup.addBindValue(personId);
    dup.addBindValue(role);
    if (!dup.exec())
        return queryError(dup, kContext, kSaving);
    if (dup.next())
        return refused(QCoreApplication::translate("CasePersonRepo",
                                                   "%1 is already listed in this case as %2.")
                           .arg(person.value().fullName, personmatch::roleLabel(role).toLower()));
    QSqlQuery exists(m_db);
    exists.prepare(QStringLiteral("SELECT 1 FROM cases WHERE id = ?"));
    exists.addBindValue(caseId);
    if (!exists.exec())
        return queryError(exists, kContext, kSaving);
    if (!exists.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("CasePersonRepo", "There is no such case."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO case_persons (case_id, person_id, role, note) VALUES (?, ?, ?, ?)"));
    q.addBindValue(caseId);
    q.addBindValue(personId);
    q.addBindValue(role);
    q.addBindValue(textOrNull(note.trimmed()));
    if (!q.exec())
        return queryError(q, kContext, kSaving);
    const qint64 id = q.lastInsertId().toLongLong();
    const QVariantMap changes = {
        {QStringLiteral("person"),
         change(QVariant(), QStringLiteral("%1 (%2)").arg(person.value().fullName).arg(personId))},
        {QStringLiteral("role"), change(QVariant(), role)}};
    if (auto r = touchAndAudit(m_db, m_clock, session, caseId, QStringLiteral("case.person.add"),
                               changes);
        !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> CasePersonRepo::remove(const Session& session, qint64 casePersonId) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto link = loadLink(m_db, casePersonId);
    if (!link)
        return link.error();
    QSqlQuery d(m_db);
    d.prepare(QStringLiteral("DELETE FROM case_persons WHERE id = ?"));
    d.addBindValue(casePersonId);
    if (!d.exec())
        return queryError(d, kContext, kSaving);
    const Link& l = link.value();
    const QVariantMap changes = {
        {QStringLiteral("person"),
         change(QStringLiteral("%1 (%2)").arg(l.name).arg(l.personId), QVariant())},
        {QStringLiteral("role"), change(l.role, QVariant())}};
    if (auto r = touchAndAudit(m_db, m_clock, session, l.caseId,
                               QStringLiteral("case.person.remove"), changes);
        !r)
        return r;
    return tx.commit();
}

Result<void> CasePersonRepo::setSuspectOutcome(const Session& session, qint64 casePersonId,
                                               const SuspectOutcome& outcome) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto link = loadLink(m_db, casePersonId);
    if (!link)
        return link.error();
    const Link& l = link.value();
    if (l.role != QLatin1String("suspect"))
        return refused(QCoreApplication::translate(
                           "CasePersonRepo",
                           "Only a suspect has an outcome (identified, arrested, surrendered, "
                           "handed over); %1 is listed as %2.")
                           .arg(l.name, personmatch::roleLabel(l.role).toLower()));
    if (auto ok = personmatch::validateOutcome(outcome, m_clock.now()); !ok)
        return ok;
    const QVariantMap before = outcomeFields(l.outcome);
    const QVariantMap after = outcomeFields(outcome);
    QVariantMap changes;
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QVariant old = before.value(it.key());
        if (old.isNull() != it.value().isNull() || old.toString() != it.value().toString())
            changes.insert(it.key(), change(old, it.value()));
    }
    if (changes.isEmpty())
        return {};
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE case_persons SET identified_at = ?, arrested_at = ?, "
                             "caught_in_act = ?, surrendered_at = ?, handed_over_at = ? "
                             "WHERE id = ?"));
    for (const char* column :
         {"identified_at", "arrested_at", "caught_in_act", "surrendered_at", "handed_over_at"})
        u.addBindValue(after.value(QLatin1String(column)));
    u.addBindValue(casePersonId);
    if (!u.exec())
        return queryError(u, kContext, kSaving);
    changes.insert(QStringLiteral("person"),
                   change(QVariant(), QStringLiteral("%1 (%2)").arg(l.name).arg(l.personId)));
    if (auto r = touchAndAudit(m_db, m_clock, session, l.caseId,
                               QStringLiteral("case.person.outcome"), changes);
        !r)
        return r;
    return tx.commit();
}

Result<QList<CasePersonRow>> CasePersonRepo::list(const Session& session, qint64 caseId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT cp.id, cp.person_id, p.full_name, p.birth_year, cp.role, cp.identified_at, "
        "cp.arrested_at, cp.caught_in_act, cp.surrendered_at, cp.handed_over_at, cp.note "
        "FROM case_persons cp JOIN persons p ON p.id = cp.person_id WHERE cp.case_id = ? "
        "ORDER BY CASE cp.role WHEN 'suspect' THEN 0 WHEN 'victim' THEN 1 WHEN 'witness' THEN 2 "
        "ELSE 3 END, p.folded_name, cp.id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return queryError(q, kContext,
                          QT_TRANSLATE_NOOP("CasePersonRepo", "Reading the case's persons"));
    QList<CasePersonRow> out;
    while (q.next()) {
        CasePersonRow r;
        r.id = q.value(0).toLongLong();
        r.caseId = caseId;
        r.personId = q.value(1).toLongLong();
        r.fullName = q.value(2).toString();
        r.birthYear = q.value(3).toInt();
        r.role = q.value(4).toString();
        r.roleLabel = personmatch::roleLabel(r.role);
        r.outcome.identifiedAt = stationTimeFromText(q.value(5).toString());
        r.outcome.arrestedAt = stationTimeFromText(q.value(6).toString());
        r.outcome.caughtInAct = q.value(7).toInt() != 0;
        r.outcome.surrenderedAt = stationTimeFromText(q.value(8).toString());
        r.outcome.handedOverAt = stationTimeFromText(q.value(9).toString());
        r.note = q.value(10).toString();
        out.append(r);
    }
    return out;
}

} // namespace binhyen
