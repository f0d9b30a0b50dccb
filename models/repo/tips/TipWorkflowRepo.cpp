#include "models/repo/tips/TipWorkflowRepo.h"

#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/tips/TipWorkflowStep.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/EngineErrors.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

namespace binhyen {

namespace {

const QString kNew = QStringLiteral("new");
const QString kVerifying = QStringLiteral("verifying");
const QString kClosed = QStringLiteral("closed");

Error queryError(const QSqlQuery& query) {
    return sqlError(query, QCoreApplication::translate("TipWorkflowRepo", "Changing the tip"));
}

Error refused(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message);
}

QVariantMap change(const QVariant& before, const QVariant& after) {
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}

} // namespace

TipWorkflowRepo::TipWorkflowRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<TipWorkflowState> TipWorkflowRepo::load(qint64 tipId) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT status, closure, duplicate_of, valuable, valuable_proposed_by, "
                       "extensions FROM tips WHERE id = ?"));
    q.addBindValue(tipId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("TipWorkflowRepo", "There is no such tip."));
    TipWorkflowState s;
    s.status = q.value(0).toString();
    s.closure = q.value(1).toString();
    s.duplicateOf = q.value(2).toLongLong();
    s.valuable = q.value(3).toInt() != 0;
    s.valuableProposedBy = q.value(4).toLongLong();
    s.extensions = q.value(5).toInt();
    return s;
}

Result<TipWorkflowState> TipWorkflowRepo::state(const Session& session, qint64 tipId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    return load(tipId);
}

Result<void> TipWorkflowRepo::apply(const Session& session, qint64 tipId, const Step& step) {
    if (auto allowed = require(session, step.operation); !allowed)
        return allowed.error();
    if (step.reason.trimmed().isEmpty())
        return refused(QCoreApplication::translate("TipWorkflowRepo", "Give a reason."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto current = load(tipId);
    if (!current)
        return current.error();
    const TipWorkflowState& s = current.value();
    if (!step.from.isEmpty() && !step.from.contains(s.status))
        return refused(QCoreApplication::translate("TipWorkflowRepo",
                                                   "This step is not possible for a tip with "
                                                   "the status '%1'.")
                           .arg(s.status));
    if (step.check) {
        if (auto ok = step.check(s); !ok)
            return ok.error();
    }
    const QString now = stationTimeText(m_clock.now());
    const QString to = step.toStatus.isEmpty() ? s.status : step.toStatus;

    QStringList assignments = {QStringLiteral("status = ?"), QStringLiteral("updated_at = ?")};
    for (const auto& set : step.sets)
        assignments << set.first + QStringLiteral(" = ?");
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE tips SET %1 WHERE id = ?")
                  .arg(assignments.join(QStringLiteral(", "))));
    u.addBindValue(to);
    u.addBindValue(now);
    for (const auto& set : step.sets)
        u.addBindValue(set.second);
    u.addBindValue(tipId);
    if (!u.exec() || u.numRowsAffected() != 1)
        return queryError(u);

    QVariantMap extra = step.extra;
    if (!step.kind.isEmpty())
        extra.insert(QStringLiteral("step"), step.kind);
    QSqlQuery h(m_db);
    h.prepare(QStringLiteral("INSERT INTO tip_status_history (tip_id, from_status, to_status, at, "
                             "user_id, reason, extra) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    h.addBindValue(tipId);
    h.addBindValue(s.status);
    h.addBindValue(to);
    h.addBindValue(now);
    h.addBindValue(session.userId());
    h.addBindValue(step.reason.trimmed());
    h.addBindValue(extra.isEmpty() ? nullText()
                                   : QVariant(QString::fromUtf8(
                                         QJsonDocument(QJsonObject::fromVariantMap(extra))
                                             .toJson(QJsonDocument::Compact))));
    if (!h.exec())
        return queryError(h);

    AuditEntry entry;
    entry.action = step.action;
    entry.entity = QStringLiteral("tip");
    entry.entityId = tipId;
    entry.changes = step.changes;
    if (to != s.status)
        entry.changes.insert(QStringLiteral("status"), change(s.status, to));
    entry.detail = step.reason.trimmed();
    if (auto logged = AuditRepo(m_db, m_clock).appendRecordChange(session, entry); !logged)
        return logged.error();
    return tx.commit();
}

Result<void> TipWorkflowRepo::startVerifying(const Session& session, qint64 tipId,
                                             const QString& reason) {
    Step step;
    step.from = {kNew};
    step.toStatus = kVerifying;
    step.reason = reason;
    return apply(session, tipId, step);
}

Result<void> TipWorkflowRepo::forward(const Session& session, qint64 tipId, const QString& body,
                                      const QDateTime& at, const QString& slipNo,
                                      const QString& reason) {
    if (body.trimmed().isEmpty() || !at.isValid())
        return refused(QCoreApplication::translate(
            "TipWorkflowRepo", "Forwarding needs the receiving body and the time."));
    if (at > m_clock.now().addSecs(300))
        return refused(QCoreApplication::translate("TipWorkflowRepo",
                                                   "The forwarding time is in the future."));
    const QString atText = stationTimeText(at);
    Step step;
    step.from = {kNew, kVerifying};
    step.toStatus = QStringLiteral("forwarded");
    step.reason = reason;
    step.extra = {{QStringLiteral("body"), body.trimmed()},
                  {QStringLiteral("forwarded_at"), atText},
                  {QStringLiteral("slip_no"), slipNo.trimmed()}};
    step.sets = {{QStringLiteral("forwarded_to"), body.trimmed()},
                 {QStringLiteral("forwarded_at"), atText},
                 {QStringLiteral("forward_slip_no"),
                  slipNo.trimmed().isEmpty() ? nullText() : QVariant(slipNo.trimmed())}};
    step.changes = {{QStringLiteral("forwarded_to"), change(QVariant(), body.trimmed())},
                    {QStringLiteral("forwarded_at"), change(QVariant(), atText)},
                    {QStringLiteral("forward_slip_no"), change(QVariant(), slipNo.trimmed())}};
    const QString atCopy = atText;
    step.check = [this, tipId, atCopy](const TipWorkflowState&) -> Result<void> {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT received_at FROM tips WHERE id = ?"));
        q.addBindValue(tipId);
        if (!q.exec() || !q.next())
            return queryError(q);
        if (atCopy < q.value(0).toString())
            return refused(QCoreApplication::translate(
                "TipWorkflowRepo", "A tip cannot be forwarded before it was received."));
        return {};
    };
    return apply(session, tipId, step);
}

Result<void> TipWorkflowRepo::resolve(const Session& session, qint64 tipId, const QString& reason) {
    Step step;
    step.from = {kVerifying};
    step.toStatus = QStringLiteral("resolved");
    step.reason = reason;
    step.sets = {{QStringLiteral("outcome"), reason.trimmed()}};
    step.changes = {{QStringLiteral("outcome"), change(QVariant(), reason.trimmed())}};
    return apply(session, tipId, step);
}

Result<void> TipWorkflowRepo::toCase(const Session& session, qint64 tipId, const QString& reason) {
    Step step;
    step.from = {kVerifying};
    step.toStatus = kClosed;
    step.reason = reason;
    step.sets = {{QStringLiteral("closure"), QStringLiteral("to_case")}};
    step.changes = {{QStringLiteral("closure"), change(QVariant(), QStringLiteral("to_case"))}};
    return apply(session, tipId, step);
}

Result<void> TipWorkflowRepo::notAntt(const Session& session, qint64 tipId, const QString& reason) {
    Step step;
    step.from = {kNew, kVerifying};
    step.toStatus = kClosed;
    step.reason = reason;
    step.sets = {{QStringLiteral("closure"), QStringLiteral("not_antt")}};
    step.changes = {{QStringLiteral("closure"), change(QVariant(), QStringLiteral("not_antt"))}};
    return apply(session, tipId, step);
}

Result<void> TipWorkflowRepo::duplicate(const Session& session, qint64 tipId, qint64 originalId,
                                        const QString& reason) {
    if (auto allowed = require(session, Operation::ChangeTipStatus); !allowed)
        return allowed.error();
    if (originalId == tipId)
        return refused(
            QCoreApplication::translate("TipWorkflowRepo", "A tip cannot duplicate itself."));
    auto original = load(originalId);
    if (!original)
        return original.error();
    const qint64 root = original.value().closure == QLatin1String("duplicate")
                            ? original.value().duplicateOf
                            : originalId;
    if (root == tipId)
        return refused(
            QCoreApplication::translate("TipWorkflowRepo", "A tip cannot duplicate itself."));
    Step step;
    step.from = {kNew, kVerifying};
    step.toStatus = kClosed;
    step.reason = reason;
    step.extra = {{QStringLiteral("duplicate_of"), root}};
    step.sets = {{QStringLiteral("closure"), QStringLiteral("duplicate")},
                 {QStringLiteral("duplicate_of"), root}};
    step.changes = {{QStringLiteral("closure"), change(QVariant(), QStringLiteral("duplicate"))},
                    {QStringLiteral("duplicate_of"), change(QVariant(), root)}};
    return apply(session, tipId, step);
}

Result<void> TipWorkflowRepo::proposeValuable(const Session& session, qint64 tipId,
                                              const QString& reason) {
    Step step;
    step.operation = Operation::ProposeValuable;
    step.action = QStringLiteral("tip.valuable");
    step.kind = QStringLiteral("valuable.propose");
    step.reason = reason;
    step.sets = {{QStringLiteral("valuable_proposed_by"), session.userId()},
                 {QStringLiteral("valuable_proposed_at"), stationTimeText(m_clock.now())}};
    step.changes = {{QStringLiteral("valuable_proposed_by"), change(QVariant(), session.userId())}};
    step.check = [](const TipWorkflowState& s) -> Result<void> {
        if (s.closure == QLatin1String("duplicate") || s.closure == QLatin1String("not_antt"))
            return refused(QCoreApplication::translate(
                "TipWorkflowRepo", "A duplicate tip or one outside public order cannot be "
                                   "valuable."));
        if (s.valuable || s.valuableProposedBy != 0)
            return refused(QCoreApplication::translate(
                "TipWorkflowRepo", "This tip is already proposed or confirmed as valuable."));
        return {};
    };
    return apply(session, tipId, step);
}

Result<void> TipWorkflowRepo::confirmValuable(const Session& chief, qint64 tipId,
                                              const QString& reason) {
    Step step;
    step.operation = Operation::ConfirmValuable;
    step.action = QStringLiteral("tip.valuable");
    step.kind = QStringLiteral("valuable.confirm");
    step.reason = reason;
    step.sets = {{QStringLiteral("valuable"), 1}};
    step.changes = {{QStringLiteral("valuable"), change(0, 1)}};
    step.check = [](const TipWorkflowState& s) -> Result<void> {
        if (s.valuable || s.valuableProposedBy == 0)
            return refused(QCoreApplication::translate(
                "TipWorkflowRepo", "There is no proposal that this tip was valuable."));
        return {};
    };
    return apply(chief, tipId, step);
}

Result<void> TipWorkflowRepo::rejectValuable(const Session& chief, qint64 tipId,
                                             const QString& reason) {
    Step step;
    step.operation = Operation::ConfirmValuable;
    step.action = QStringLiteral("tip.valuable");
    step.kind = QStringLiteral("valuable.reject");
    step.reason = reason;
    step.sets = {
        {QStringLiteral("valuable_proposed_by"), QVariant(QMetaType::fromType<qlonglong>())},
        {QStringLiteral("valuable_proposed_at"), nullText()}};
    step.check = [](const TipWorkflowState& s) -> Result<void> {
        if (s.valuable || s.valuableProposedBy == 0)
            return refused(QCoreApplication::translate(
                "TipWorkflowRepo", "There is no proposal that this tip was valuable."));
        return {};
    };
    auto current = load(tipId);
    if (current)
        step.changes = {{QStringLiteral("valuable_proposed_by"),
                         change(current.value().valuableProposedBy, QVariant())}};
    return apply(chief, tipId, step);
}

Result<int> TipWorkflowRepo::extend(const Session& chief, qint64 tipId, const QString& reason) {
    auto current = load(tipId);
    if (!current)
        return current.error();
    const int before = current.value().extensions;
    Step step;
    step.operation = Operation::ExtendTipDeadline;
    step.from = {kNew, kVerifying};
    step.action = QStringLiteral("tip.extend");
    step.kind = QStringLiteral("extend");
    step.reason = reason;
    step.extra = {{QStringLiteral("extension"), before + 1}};
    step.sets = {{QStringLiteral("extensions"), before + 1}};
    step.changes = {{QStringLiteral("extensions"), change(before, before + 1)}};
    step.check = [before](const TipWorkflowState& s) -> Result<void> {
        if (s.extensions != before)
            return refused(QCoreApplication::translate("TipWorkflowRepo",
                                                       "The tip changed meanwhile; try again."));
        if (s.extensions >= 2)
            return refused(QCoreApplication::translate(
                "TipWorkflowRepo", "The verification period has already been extended twice."));
        return {};
    };
    if (auto done = apply(chief, tipId, step); !done)
        return done.error();
    return before + 1;
}

Result<QList<TipStatusChange>> TipWorkflowRepo::history(const Session& session,
                                                        qint64 tipId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, from_status, to_status, at, user_id, reason, extra FROM "
                             "tip_status_history WHERE tip_id = ? ORDER BY id"));
    q.addBindValue(tipId);
    if (!q.exec())
        return queryError(q);
    QList<TipStatusChange> rows;
    while (q.next()) {
        TipStatusChange c;
        c.id = q.value(0).toLongLong();
        c.fromStatus = q.value(1).toString();
        c.toStatus = q.value(2).toString();
        c.at = stationTimeFromText(q.value(3).toString());
        c.userId = q.value(4).toLongLong();
        c.reason = q.value(5).toString();
        c.extra = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object().toVariantMap();
        rows.append(std::move(c));
    }
    return rows;
}

} // namespace binhyen
