#include "models/repo/cases/CaseTimelineRepo.h"

#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/cases/CaseSql.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

using namespace casesql;

namespace {

Error readError(const QSqlQuery& q) {
    return queryError(q, "CaseTimelineRepo",
                      QT_TRANSLATE_NOOP("CaseTimelineRepo", "Reading the case's timeline"));
}

Error writeError(const QSqlQuery& q) {
    return queryError(q, "CaseTimelineRepo",
                      QT_TRANSLATE_NOOP("CaseTimelineRepo", "Adding to the case's timeline"));
}

bool exists(QSqlDatabase db, const QString& table, qint64 id) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next();
}

} // namespace

CaseTimelineRepo::CaseTimelineRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

QStringList CaseTimelineRepo::kinds() {
    return {QStringLiteral("tip_linked"),  QStringLiteral("call"),
            QStringLiteral("scene_visit"), QStringLiteral("camera_extract"),
            QStringLiteral("zalo_notice"), QStringLiteral("suspect_located"),
            QStringLiteral("brought_in"),  QStringLiteral("statement"),
            QStringLiteral("handed_over"), QStringLiteral("outcome"),
            QStringLiteral("review"),      QStringLiteral("other")};
}

Result<QList<CaseEvent>> CaseTimelineRepo::events(const Session& session, qint64 caseId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    if (auto state = caseState(m_db, caseId); !state)
        return state.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT e.id, e.occurred_at, e.kind, e.officer_id, u.full_name, e.tip_id, t.number, "
        "e.note FROM case_events e LEFT JOIN users u ON u.id = e.officer_id "
        "LEFT JOIN tips t ON t.id = e.tip_id WHERE e.case_id = ? ORDER BY e.occurred_at, e.id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return readError(q);
    QList<CaseEvent> rows;
    while (q.next()) {
        CaseEvent e;
        e.id = q.value(0).toLongLong();
        e.occurredAt = stationTimeFromText(q.value(1).toString());
        e.kind = q.value(2).toString();
        e.officerId = q.value(3).toLongLong();
        e.officerName = q.value(4).toString();
        e.tipId = q.value(5).toLongLong();
        e.tipNumber = q.value(6).toString();
        e.note = q.value(7).toString();
        rows.append(std::move(e));
    }
    if (q.lastError().isValid())
        return readError(q);
    return rows;
}

Result<qint64> CaseTimelineRepo::addEvent(const Session& session, qint64 caseId,
                                          const QString& kind, const QDateTime& occurredAt,
                                          qint64 officerId, const QString& note, qint64 tipId) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    if (!kinds().contains(kind))
        return refused(
            QCoreApplication::translate("CaseTimelineRepo", "Unknown event kind: %1.").arg(kind));
    const QDateTime now = m_clock.now();
    if (!occurredAt.isValid())
        return refused(
            QCoreApplication::translate("CaseTimelineRepo", "Give the time of the event."));
    if (occurredAt > now.addSecs(300))
        return refused(
            QCoreApplication::translate("CaseTimelineRepo", "The event's time is in the future."));
    if (occurredAt.toTimeZone(Clock::stationZone()).date().year() < 1990)
        return refused(
            QCoreApplication::translate("CaseTimelineRepo", "The event's time is before 1990."));
    if (officerId > 0 && !exists(m_db, QStringLiteral("users"), officerId))
        return refused(
            QCoreApplication::translate("CaseTimelineRepo", "There is no such officer."));
    if (tipId > 0 && !exists(m_db, QStringLiteral("tips"), tipId))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("CaseRepo", "There is no such tip."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto state = caseState(m_db, caseId);
    if (!state)
        return state.error();
    if (state.value().status == QLatin1String("closed"))
        return refused(QCoreApplication::translate("CaseWorkflowRepo", "This case is closed."));
    const QString at = stationTimeText(occurredAt);
    QSqlQuery e(m_db);
    e.prepare(QStringLiteral("INSERT INTO case_events (case_id, occurred_at, kind, officer_id, "
                             "tip_id, note) VALUES (?, ?, ?, ?, ?, ?)"));
    e.addBindValue(caseId);
    e.addBindValue(at);
    e.addBindValue(kind);
    e.addBindValue(idOrNull(officerId));
    e.addBindValue(idOrNull(tipId));
    e.addBindValue(textOrNull(note));
    if (!e.exec())
        return writeError(e);
    const qint64 eventId = e.lastInsertId().toLongLong();
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE cases SET updated_at = ? WHERE id = ?"));
    u.addBindValue(stationTimeText(now));
    u.addBindValue(caseId);
    if (!u.exec() || u.numRowsAffected() != 1)
        return writeError(u);
    AuditEntry entry{QStringLiteral("case.event"), QStringLiteral("case"), caseId, {}, {}, {}};
    entry.changes = {{QStringLiteral("event"), change(QVariant(), eventId)},
                     {QStringLiteral("kind"), change(QVariant(), kind)},
                     {QStringLiteral("occurred_at"), change(QVariant(), at)}};
    entry.detail = note.trimmed();
    if (auto logged = AuditRepo(m_db, m_clock).appendRecordChange(session, entry); !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return eventId;
}

} // namespace binhyen
