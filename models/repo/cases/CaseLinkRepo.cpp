#include "models/repo/cases/CaseLinkRepo.h"

#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/EngineErrors.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace binhyen {

namespace {

Error queryError(const QSqlQuery& query) {
    return sqlError(query, QCoreApplication::translate("CaseLinkRepo", "Linking tips and cases"));
}

Error refused(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message);
}

QVariantMap change(const QVariant& before, const QVariant& after) {
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

QVariant textOrNull(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

struct LinkState {
    bool contributed = false;
    QString note;
};

// The tip's number; NotFound when the tip or the case does not exist.
Result<QString> tipNumber(QSqlDatabase db, qint64 tipId, qint64 caseId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t.number, (SELECT count(*) FROM cases WHERE id = ?) "
                             "FROM tips t WHERE t.id = ?"));
    q.addBindValue(caseId);
    q.addBindValue(tipId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("CaseLinkRepo", "There is no such tip."));
    if (q.value(1).toInt() == 0)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("CaseLinkRepo", "There is no such case."));
    return q.value(0).toString();
}

Result<std::optional<LinkState>> loadLink(QSqlDatabase db, qint64 tipId, qint64 caseId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT contributed, note FROM tip_case_links WHERE tip_id = ? AND case_id = ?"));
    q.addBindValue(tipId);
    q.addBindValue(caseId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return std::optional<LinkState>();
    return std::optional<LinkState>(LinkState{q.value(0).toInt() != 0, q.value(1).toString()});
}

Error noLink() {
    return makeError(
        ErrorCode::NotFound,
        QCoreApplication::translate("CaseLinkRepo", "This tip is not linked to the case."));
}

// A link that must exist, with the tip's number (for the audit row).
struct ExistingLink {
    QString number;
    LinkState state;
};

Result<ExistingLink> existingLink(QSqlDatabase db, qint64 tipId, qint64 caseId) {
    auto number = tipNumber(db, tipId, caseId);
    if (!number)
        return number.error();
    auto existing = loadLink(db, tipId, caseId);
    if (!existing)
        return existing.error();
    if (!existing.value())
        return noLink();
    return ExistingLink{number.value(), *existing.value()};
}

} // namespace

CaseLinkRepo::CaseLinkRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

namespace {

// The case's updated_at bumped and the signed audit row with the case's new state.
Result<void> touchAndAudit(QSqlDatabase db, const Clock& clock, const Session& session,
                           qint64 caseId, const QString& now, AuditEntry entry) {
    QSqlQuery u(db);
    u.prepare(QStringLiteral("UPDATE cases SET updated_at = ? WHERE id = ?"));
    u.addBindValue(now);
    u.addBindValue(caseId);
    if (!u.exec() || u.numRowsAffected() != 1)
        return queryError(u);
    entry.entity = QStringLiteral("case");
    entry.entityId = caseId;
    if (auto logged = AuditRepo(db, clock).appendRecordChange(session, entry); !logged)
        return logged.error();
    return {};
}

} // namespace

Result<void> CaseLinkRepo::link(const Session& session, qint64 tipId, qint64 caseId,
                                const QString& note) {
    if (auto allowed = require(session, Operation::LinkTips); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto number = tipNumber(m_db, tipId, caseId);
    if (!number)
        return number.error();
    auto existing = loadLink(m_db, tipId, caseId);
    if (!existing)
        return existing.error();
    if (existing.value())
        return refused(
            QCoreApplication::translate("CaseLinkRepo", "This tip is already linked to the case."));
    const QString now = stationTimeText(m_clock.now());
    const QString trimmed = note.trimmed();

    QSqlQuery ins(m_db);
    ins.prepare(QStringLiteral("INSERT INTO tip_case_links (tip_id, case_id, contributed, note, "
                               "linked_at, linked_by) VALUES (?, ?, 0, ?, ?, ?)"));
    ins.addBindValue(tipId);
    ins.addBindValue(caseId);
    ins.addBindValue(textOrNull(trimmed));
    ins.addBindValue(now);
    ins.addBindValue(session.userId());
    if (!ins.exec())
        return queryError(ins);

    QString eventNote =
        QCoreApplication::translate("CaseLinkRepo", "Linked tip %1").arg(number.value());
    if (!trimmed.isEmpty())
        eventNote += QStringLiteral(": ") + trimmed;
    QSqlQuery ev(m_db);
    ev.prepare(QStringLiteral("INSERT INTO case_events (case_id, occurred_at, kind, officer_id, "
                              "tip_id, note) VALUES (?, ?, 'tip_linked', ?, ?, ?)"));
    ev.addBindValue(caseId);
    ev.addBindValue(now);
    ev.addBindValue(session.userId());
    ev.addBindValue(tipId);
    ev.addBindValue(eventNote);
    if (!ev.exec())
        return queryError(ev);

    AuditEntry entry;
    entry.action = QStringLiteral("case.link");
    entry.changes = {{QStringLiteral("link"), change(QVariant(), number.value())}};
    entry.detail = trimmed;
    if (auto done = touchAndAudit(m_db, m_clock, session, caseId, now, entry); !done)
        return done;
    return tx.commit();
}

Result<void> CaseLinkRepo::unlink(const Session& chief, qint64 tipId, qint64 caseId,
                                  const QString& reason) {
    if (auto allowed = require(chief, Operation::UnlinkTips); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return refused(QCoreApplication::translate("CaseLinkRepo", "Give a reason."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto existing = existingLink(m_db, tipId, caseId);
    if (!existing)
        return existing.error();
    const QString number = existing.value().number;
    const LinkState link = existing.value().state;

    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM tip_case_links WHERE tip_id = ? AND case_id = ?"));
    del.addBindValue(tipId);
    del.addBindValue(caseId);
    if (!del.exec() || del.numRowsAffected() != 1)
        return queryError(del);

    AuditEntry entry;
    entry.action = QStringLiteral("case.unlink");
    entry.changes = {{QStringLiteral("link"), change(number, QVariant())}};
    if (link.contributed)
        entry.changes.insert(QStringLiteral("contributed"), change(1, QVariant()));
    entry.detail = reason.trimmed();
    if (auto done =
            touchAndAudit(m_db, m_clock, chief, caseId, stationTimeText(m_clock.now()), entry);
        !done)
        return done;
    return tx.commit();
}

Result<void> CaseLinkRepo::setContributed(const Session& chief, qint64 tipId, qint64 caseId,
                                          bool contributed, const QString& reason) {
    if (auto allowed = require(chief, Operation::MarkContributed); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return refused(QCoreApplication::translate("CaseLinkRepo", "Give a reason."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto existing = existingLink(m_db, tipId, caseId);
    if (!existing)
        return existing.error();
    const QString number = existing.value().number;
    const LinkState link = existing.value().state;
    if (link.contributed == contributed)
        return tx.commit(); // nothing changes

    QSqlQuery u(m_db);
    u.prepare(QStringLiteral(
        "UPDATE tip_case_links SET contributed = ? WHERE tip_id = ? AND case_id = ?"));
    u.addBindValue(contributed ? 1 : 0);
    u.addBindValue(tipId);
    u.addBindValue(caseId);
    if (!u.exec() || u.numRowsAffected() != 1)
        return queryError(u);

    AuditEntry entry;
    entry.action = QStringLiteral("case.contributed");
    entry.changes = {
        {QStringLiteral("contributed"), change(contributed ? 0 : 1, contributed ? 1 : 0)},
        {QStringLiteral("link"), change(number, number)}};
    entry.detail = reason.trimmed();
    if (auto done =
            touchAndAudit(m_db, m_clock, chief, caseId, stationTimeText(m_clock.now()), entry);
        !done)
        return done;
    return tx.commit();
}

Result<void> CaseLinkRepo::setNote(const Session& session, qint64 tipId, qint64 caseId,
                                   const QString& note) {
    if (auto allowed = require(session, Operation::LinkTips); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto existing = existingLink(m_db, tipId, caseId);
    if (!existing)
        return existing.error();
    const QString number = existing.value().number;
    const LinkState link = existing.value().state;
    const QString trimmed = note.trimmed();
    if (link.note == trimmed)
        return tx.commit(); // nothing changes

    QSqlQuery u(m_db);
    u.prepare(
        QStringLiteral("UPDATE tip_case_links SET note = ? WHERE tip_id = ? AND case_id = ?"));
    u.addBindValue(textOrNull(trimmed));
    u.addBindValue(tipId);
    u.addBindValue(caseId);
    if (!u.exec() || u.numRowsAffected() != 1)
        return queryError(u);

    AuditEntry entry;
    entry.action = QStringLiteral("case.link_note");
    entry.changes = {{QStringLiteral("note"), change(textOrNull(link.note), textOrNull(trimmed))},
                     {QStringLiteral("link"), change(number, number)}};
    if (auto done =
            touchAndAudit(m_db, m_clock, session, caseId, stationTimeText(m_clock.now()), entry);
        !done)
        return done;
    return tx.commit();
}

Result<QList<CaseTipLink>> CaseLinkRepo::linksOfCase(const Session& session, qint64 caseId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.number, t.received_at, t.summary, p.name, t.status, t.valuable, "
        "l.contributed, l.note, l.linked_at, u.full_name "
        "FROM tip_case_links l JOIN tips t ON t.id = l.tip_id "
        "LEFT JOIN places p ON p.id = t.place_id LEFT JOIN users u ON u.id = l.linked_by "
        "WHERE l.case_id = ? ORDER BY l.linked_at, t.received_at, t.id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return queryError(q);
    QList<CaseTipLink> rows;
    while (q.next()) {
        CaseTipLink r;
        r.tipId = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.receivedAt = stationTimeFromText(q.value(2).toString());
        r.summary = q.value(3).toString();
        r.hamlet = q.value(4).toString();
        r.status = q.value(5).toString();
        r.valuable = q.value(6).toInt() != 0;
        r.contributed = q.value(7).toInt() != 0;
        r.note = q.value(8).toString();
        r.linkedAt = stationTimeFromText(q.value(9).toString());
        r.linkedBy = q.value(10).toString();
        rows.append(std::move(r));
    }
    return rows;
}

Result<QList<TipCaseLink>> CaseLinkRepo::linksOfTip(const Session& session, qint64 tipId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.number, c.title, c.status, l.contributed, l.note "
                             "FROM tip_case_links l JOIN cases c ON c.id = l.case_id "
                             "WHERE l.tip_id = ? ORDER BY l.linked_at, c.id"));
    q.addBindValue(tipId);
    if (!q.exec())
        return queryError(q);
    QList<TipCaseLink> rows;
    while (q.next()) {
        TipCaseLink r;
        r.caseId = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.title = q.value(2).toString();
        r.status = q.value(3).toString();
        r.contributed = q.value(4).toInt() != 0;
        r.note = q.value(5).toString();
        rows.append(std::move(r));
    }
    return rows;
}

} // namespace binhyen
