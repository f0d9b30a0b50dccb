#include "models/repo/cases/CaseWorkflowRepo.h"

#include "models/domain/CaseLabels.h"
#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/cases/CaseSql.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

using namespace casesql;

namespace {

const QString kClosed = QStringLiteral("closed");
const QString kPending = QStringLiteral("pending");

Error writeError(const QSqlQuery& q) {
    return queryError(q, "CaseWorkflowRepo",
                      QT_TRANSLATE_NOOP("CaseWorkflowRepo", "Changing the case"));
}

Error closedCase() {
    return refused(QCoreApplication::translate("CaseWorkflowRepo", "This case is closed."));
}

Error noProposal() {
    return refused(QCoreApplication::translate("CaseWorkflowRepo",
                                               "No closure of this case is waiting for review."));
}

// Runs `sql` (an UPDATE of one row) with `binds`; an error unless exactly one row changed.
Result<void> updateOne(QSqlDatabase db, const QString& sql, const QVariantList& binds) {
    QSqlQuery u(db);
    u.prepare(sql);
    for (const QVariant& v : binds)
        u.addBindValue(v);
    if (!u.exec() || u.numRowsAffected() != 1)
        return writeError(u);
    return {};
}

Result<void> addEvent(QSqlDatabase db, qint64 caseId, const QString& at, const QString& kind,
                      qint64 officerId, const QString& note) {
    QSqlQuery e(db);
    e.prepare(QStringLiteral("INSERT INTO case_events (case_id, occurred_at, kind, officer_id, "
                             "note) VALUES (?, ?, ?, ?, ?)"));
    e.addBindValue(caseId);
    e.addBindValue(at);
    e.addBindValue(kind);
    e.addBindValue(officerId);
    e.addBindValue(textOrNull(note));
    if (!e.exec())
        return writeError(e);
    return {};
}

} // namespace

struct CaseWorkflowRepo::Review {
    bool approve = false;
    QString comment;
};

CaseWorkflowRepo::CaseWorkflowRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<void> CaseWorkflowRepo::setStatus(const Session& session, qint64 caseId,
                                         const QString& status, const QString& note) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    if (status == kClosed)
        return refused(QCoreApplication::translate(
            "CaseWorkflowRepo", "A case is closed only when a chief approves its closure."));
    if (!openCaseStatuses().contains(status))
        return refused(QCoreApplication::translate("CaseWorkflowRepo", "Unknown case status: %1.")
                           .arg(status));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto state = caseState(m_db, caseId);
    if (!state)
        return state.error();
    if (state.value().status == kClosed)
        return closedCase();
    if (state.value().reviewStatus == kPending)
        return refused(QCoreApplication::translate(
            "CaseWorkflowRepo", "The closure of this case is waiting for review."));
    if (state.value().status == status)
        return refused(
            QCoreApplication::translate("CaseWorkflowRepo", "The case already has this status."));
    const QString now = stationTimeText(m_clock.now());
    if (auto done = updateOne(
            m_db, QStringLiteral("UPDATE cases SET status = ?, updated_at = ? WHERE id = ?"),
            {status, now, caseId});
        !done)
        return done.error();
    AuditEntry entry{QStringLiteral("case.status"), QStringLiteral("case"), caseId, {}, {}, {}};
    entry.changes.insert(QStringLiteral("status"), change(state.value().status, status));
    entry.detail = note.trimmed();
    if (auto logged = AuditRepo(m_db, m_clock).appendRecordChange(session, entry); !logged)
        return logged.error();
    return tx.commit();
}

Result<void> CaseWorkflowRepo::proposeClosure(const Session& session, qint64 caseId,
                                              const QString& outcome, bool solved) {
    if (auto allowed = require(session, Operation::ProposeCaseClosure); !allowed)
        return allowed.error();
    if (outcome.trimmed().isEmpty())
        return refused(
            QCoreApplication::translate("CaseWorkflowRepo", "Give the outcome of the case."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto state = caseState(m_db, caseId);
    if (!state)
        return state.error();
    if (state.value().status == kClosed)
        return closedCase();
    if (state.value().reviewStatus == kPending)
        return refused(QCoreApplication::translate(
            "CaseWorkflowRepo", "The closure of this case is already waiting for review."));
    QSqlQuery before(m_db);
    before.prepare(QStringLiteral("SELECT outcome FROM cases WHERE id = ?"));
    before.addBindValue(caseId);
    if (!before.exec() || !before.next())
        return writeError(before);
    const QVariant oldOutcome = before.value(0).isNull() ? QVariant() : before.value(0);
    const QString now = stationTimeText(m_clock.now());
    if (auto done = updateOne(
            m_db,
            QStringLiteral("UPDATE cases SET review_status = 'pending', closure_proposed_by = ?, "
                           "closure_proposed_at = ?, proposed_solved = ?, outcome = ?, "
                           "updated_at = ? WHERE id = ?"),
            {session.userId(), now, solved ? 1 : 0, outcome.trimmed(), now, caseId});
        !done)
        return done.error();
    if (auto added = addEvent(m_db, caseId, now, QStringLiteral("outcome"), session.userId(),
                              outcome.trimmed());
        !added)
        return added.error();
    AuditEntry entry{
        QStringLiteral("case.propose_closure"), QStringLiteral("case"), caseId, {}, {}, {}};
    entry.changes = {
        {QStringLiteral("review_status"),
         change(state.value().reviewStatus.isEmpty() ? QVariant() : state.value().reviewStatus,
                kPending)},
        {QStringLiteral("outcome"), change(oldOutcome, outcome.trimmed())},
        {QStringLiteral("proposed_solved"), change(QVariant(), solved ? 1 : 0)}};
    if (auto logged = AuditRepo(m_db, m_clock).appendRecordChange(session, entry); !logged)
        return logged.error();
    return tx.commit();
}

Result<void> CaseWorkflowRepo::approveClosure(const Session& chief, qint64 caseId,
                                              const QString& comment) {
    return review(chief, caseId, Review{true, comment});
}

Result<void> CaseWorkflowRepo::returnClosure(const Session& chief, qint64 caseId,
                                             const QString& comment) {
    return review(chief, caseId, Review{false, comment});
}

Result<void> CaseWorkflowRepo::review(const Session& chief, qint64 caseId, const Review& step) {
    if (auto allowed = require(chief, Operation::ReviewCase); !allowed)
        return allowed.error();
    if (!step.approve && step.comment.trimmed().isEmpty())
        return refused(
            QCoreApplication::translate("CaseWorkflowRepo", "Say why the closure is sent back."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT status, review_status, proposed_solved FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return writeError(q);
    if (!q.next())
        return notFoundCase();
    const QString status = q.value(0).toString();
    if (status == kClosed)
        return closedCase();
    if (q.value(1).toString() != kPending)
        return noProposal();
    const bool solved = q.value(2).toInt() == 1;
    const QString now = stationTimeText(m_clock.now());
    const QVariant comment = textOrNull(step.comment);
    AuditEntry entry{QStringLiteral("case.review"), QStringLiteral("case"), caseId, {}, {}, {}};
    entry.detail = step.comment.trimmed();
    Result<void> done;
    if (step.approve) {
        done = updateOne(m_db,
                         QStringLiteral("UPDATE cases SET status = 'closed', closed_at = ?, "
                                        "solved = ?, solved_at = ?, review_status = 'approved', "
                                        "reviewed_by = ?, reviewed_at = ?, review_comment = ?, "
                                        "updated_at = ? WHERE id = ?"),
                         {now, solved ? 1 : 0, solved ? QVariant(now) : nullText(), chief.userId(),
                          now, comment, now, caseId});
        entry.changes = {
            {QStringLiteral("status"), change(status, kClosed)},
            {QStringLiteral("review_status"), change(kPending, QStringLiteral("approved"))},
            {QStringLiteral("solved"), change(0, solved ? 1 : 0)}};
    } else {
        done = updateOne(m_db,
                         QStringLiteral("UPDATE cases SET review_status = 'returned', "
                                        "reviewed_by = ?, reviewed_at = ?, review_comment = ?, "
                                        "updated_at = ? WHERE id = ?"),
                         {chief.userId(), now, comment, now, caseId});
        entry.changes = {
            {QStringLiteral("review_status"), change(kPending, QStringLiteral("returned"))},
            {QStringLiteral("review_comment"), change(QVariant(), step.comment.trimmed())}};
    }
    if (!done)
        return done.error();
    const QString note =
        step.approve ? QCoreApplication::translate("CaseWorkflowRepo", "Closure approved.")
                     : QCoreApplication::translate("CaseWorkflowRepo", "Closure sent back.");
    if (auto added = addEvent(m_db, caseId, now, QStringLiteral("review"), chief.userId(),
                              step.comment.trimmed().isEmpty()
                                  ? note
                                  : note + QLatin1Char(' ') + step.comment.trimmed());
        !added)
        return added.error();
    if (auto logged = AuditRepo(m_db, m_clock).appendRecordChange(chief, entry); !logged)
        return logged.error();
    return tx.commit();
}

Result<void> CaseWorkflowRepo::assignCase(const Session& chief, qint64 caseId, qint64 officerId) {
    return assign(chief, QStringLiteral("case"), caseId, officerId);
}

Result<void> CaseWorkflowRepo::assignTip(const Session& chief, qint64 tipId, qint64 officerId) {
    return assign(chief, QStringLiteral("tip"), tipId, officerId);
}

Result<void> CaseWorkflowRepo::assign(const Session& chief, const QString& entity, qint64 id,
                                      qint64 officerId) {
    if (auto allowed = require(chief, Operation::AssignWork); !allowed)
        return allowed.error();
    if (auto ok = requireActiveOfficer(m_db, officerId); !ok)
        return ok.error();
    const bool isCase = entity == QLatin1String("case");
    const QString table = isCase ? QStringLiteral("cases") : QStringLiteral("tips");
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT assigned_officer_id, status FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return writeError(q);
    if (!q.next())
        return isCase ? notFoundCase()
                      : makeError(ErrorCode::NotFound,
                                  QCoreApplication::translate("CaseRepo", "There is no such tip."));
    if (q.value(1).toString() == kClosed)
        return isCase ? closedCase()
                      : refused(
                            QCoreApplication::translate("CaseWorkflowRepo", "This tip is closed."));
    const QVariant before = q.value(0).isNull() ? QVariant() : q.value(0);
    if (before.toLongLong() == officerId)
        return refused(QCoreApplication::translate("CaseWorkflowRepo",
                                                   "The work is already given to this officer."));
    if (auto done = updateOne(
            m_db,
            QStringLiteral("UPDATE %1 SET assigned_officer_id = ?, updated_at = ? WHERE id = ?")
                .arg(table),
            {officerId, stationTimeText(m_clock.now()), id});
        !done)
        return done.error();
    AuditEntry entry{entity + QStringLiteral(".assign"), entity, id, {}, {}, {}};
    entry.changes.insert(QStringLiteral("assigned_officer_id"), change(before, officerId));
    if (auto logged = AuditRepo(m_db, m_clock).appendRecordChange(chief, entry); !logged)
        return logged.error();
    return tx.commit();
}

} // namespace binhyen
