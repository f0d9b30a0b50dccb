#include "models/repo/audit/AuditRepo.h"

#include "models/domain/StationTime.h"
#include "models/repo/accounts/StationKeyRepo.h"
#include "models/repo/audit/AuditBatch.h"
#include "models/repo/audit/AuditRecords.h"
#include "models/security/AuditChain.h"
#include "models/security/ClockWatch.h"
#include "models/security/Crypto.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen {

namespace {

Error dbError(const QSqlQuery& q) {
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("AuditRepo", "The audit trail could not be read or written."),
        q.lastError().text());
}

} // namespace

AuditRepo::AuditRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

QStringList AuditRepo::auditedEntities() {
    return auditrecords::entities();
}

ClockWatch* AuditRepo::watch() const {
    if (m_watch)
        return m_watch;
    return dynamic_cast<const SystemClock*>(&m_clock) ? &ClockWatch::process() : nullptr;
}

Result<qint64> AuditRepo::append(const Session& session, const AuditEntry& entry) {
    if (auto ok = AuditBatch::canSign(session); !ok)
        return ok.error();
    return insertRow(entry, &session);
}

Result<qint64> AuditRepo::appendRecordChange(const Session& session, AuditEntry entry) {
    auto hash = recordHash(entry.entity, entry.entityId);
    if (!hash)
        return hash.error();
    entry.recordHash = hash.value();
    return append(session, entry);
}

Result<QList<qint64>> AuditRepo::appendRecordChanges(const Session& session,
                                                     const QList<AuditEntry>& entries) {
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    AuditBatch batch(m_db, m_clock, watch());
    if (auto r = batch.begin(&session); !r)
        return r.error();
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const AuditEntry& entry : entries) {
        auto id = batch.appendRecordChange(entry);
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return ids;
}

AuditBatch AuditRepo::batch() const {
    return AuditBatch(m_db, m_clock, watch());
}

Result<qint64> AuditRepo::appendSystem(const AuditEntry& entry) {
    if (!auditchain::isSystemAction(entry.action))
        return makeError(ErrorCode::Usage,
                         QCoreApplication::translate(
                             "AuditRepo", "The action \"%1\" must be recorded by a logged-on user.")
                             .arg(entry.action));
    return insertRow(entry, nullptr);
}

// One row: a batch of one inside its own transaction (or savepoint).
Result<qint64> AuditRepo::insertRow(const AuditEntry& entry, const Session* session) {
    if (entry.action.isEmpty())
        return makeError(ErrorCode::Usage, QStringLiteral("audit entry without an action"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    AuditBatch batch(m_db, m_clock, watch());
    if (auto r = batch.begin(session, entry.action != QLatin1String("clock.jump")); !r)
        return r.error();
    auto id = batch.append(entry);
    if (!id)
        return id;
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<QByteArray> AuditRepo::recordHash(const QString& entity, qint64 id) const {
    const QString table = auditrecords::tableFor(entity);
    if (table.isEmpty())
        return makeError(ErrorCode::Usage,
                         QStringLiteral("no record hash for the entity \"%1\"").arg(entity));
    QSqlQuery q(m_db);
    // The table name comes from the fixed list above, never from input.
    q.prepare(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("AuditRepo", "There is no %1.")
                             .arg(auditrecords::recordName(entity, id)));
    return auditrecords::hashOfRow(entity, q);
}

Result<int> AuditRepo::baseline(const Session& chief, const QString& reason) {
    if (auto allowed = require(chief, Operation::MakeCheckpoint); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    AuditBatch batch(m_db, m_clock, watch()); // one time, statements prepared once
    if (auto begun = batch.begin(&chief); !begun)
        return begun.error();
    int written = 0;
    for (const QString& entity : auditrecords::entities()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM ") + auditrecords::tableFor(entity) +
                  QStringLiteral(" WHERE id NOT IN (SELECT object_id FROM audit_log WHERE "
                                 "object_type = ? AND object_id IS NOT NULL AND record_hash IS "
                                 "NOT NULL) ORDER BY id"));
        q.addBindValue(entity);
        if (!q.exec())
            return dbError(q);
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        for (qint64 id : ids) {
            AuditEntry entry;
            entry.action = QStringLiteral("record.baseline");
            entry.entity = entity;
            entry.entityId = id;
            entry.detail = reason;
            if (auto r = batch.appendRecordChange(entry); !r)
                return r.error();
            ++written;
        }
    }
    if (auto r = tx.commit(); !r)
        return r.error();
    return written;
}

Result<int> AuditRepo::baselinePending(const Session& chief) {
    if (auto allowed = require(chief, Operation::MakeCheckpoint); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'audit.baseline_pending'")))
        return dbError(q);
    if (!q.next())
        return 0;
    const QString reason = q.value(0).toString();
    q.finish();
    auto written = baseline(chief, reason);
    if (!written)
        return written.error();
    QSqlQuery clear(m_db);
    if (!clear.exec(QStringLiteral("DELETE FROM settings WHERE key = 'audit.baseline_pending'")))
        return dbError(clear);
    return written.value();
}

Result<Checkpoint> AuditRepo::checkpoint(const Session& chief, const QString& reason) {
    if (auto allowed = require(chief, Operation::MakeCheckpoint); !allowed)
        return allowed.error();
    auto signing = StationKeyRepo(m_db).unwrapForChief(chief, StationKeyRepo::Purpose::Signing);
    if (!signing)
        return signing.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    AuditEntry entry;
    entry.action = QStringLiteral("audit.checkpoint");
    entry.detail = reason;
    if (auto r = append(chief, entry); !r)
        return r.error();
    QSqlQuery head(m_db);
    if (!head.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")) ||
        !head.next())
        return dbError(head);
    auto previous = latestCheckpoint();
    if (!previous)
        return previous.error();
    auditchain::CheckpointData cp;
    cp.number = previous.value().number + 1;
    cp.at = stationTimeText(m_clock.now());
    cp.headId = head.value(0).toLongLong();
    cp.headHash = head.value(1).toByteArray();
    cp.prevHash = previous.value().number > 0 ? previous.value().hash : auditchain::zeroHash();
    cp.reason = reason;
    const QByteArray hash = auditchain::checkpointHash(cp);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO audit_checkpoints (number, at, head_id, head_hash, "
                             "prev_hash, hash, signature, made_by, reason) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(cp.number);
    q.addBindValue(cp.at);
    q.addBindValue(cp.headId);
    q.addBindValue(cp.headHash);
    q.addBindValue(cp.prevHash);
    q.addBindValue(hash);
    q.addBindValue(crypto::sign(signing.value(), hash, auditchain::kCheckpointSignatureContext));
    q.addBindValue(chief.userId());
    q.addBindValue(reason);
    if (!q.exec())
        return dbError(q);
    if (auto r = tx.commit(); !r)
        return r.error();
    return Checkpoint{cp.number, hash, cp.at};
}

Result<Checkpoint> AuditRepo::latestCheckpoint() const {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT number, hash, at FROM audit_checkpoints ORDER BY number DESC LIMIT 1")))
        return dbError(q);
    if (!q.next())
        return Checkpoint{};
    return Checkpoint{q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toString()};
}

Result<Checkpoint> AuditRepo::checkpointCovering(const QString& action, const QString& entity,
                                                 qint64 entityId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT number, hash, at FROM audit_checkpoints WHERE head_id >= "
        "(SELECT min(id) FROM audit_log WHERE object_type = ? AND object_id = ? AND action = ?) "
        "ORDER BY number LIMIT 1"));
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(action);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return Checkpoint{};
    return Checkpoint{q.value(0).toLongLong(), q.value(1).toByteArray(), q.value(2).toString()};
}

Result<QString> AuditRepo::chainId() const {
    auto key = StationKeyRepo(m_db).publicKey(StationKeyRepo::Purpose::Signing);
    if (!key)
        return key.error();
    return auditchain::chainIdOf(key.value());
}

Result<QList<AuditRow>> AuditRepo::list(const Session& session, const AuditFilter& filter) const {
    if (auto allowed = require(session, Operation::ViewAudit); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.at, a.user_id, u.username, a.action, a.object_type, a.object_id, "
        "a.detail, a.signature IS NOT NULL FROM audit_log a LEFT JOIN users u ON u.id = a.user_id "
        "WHERE (? = 0 OR a.user_id = ?) AND (coalesce(?, '') = '' OR a.object_type = ?) "
        "AND (coalesce(?, '') = '' OR a.at >= ?) AND (coalesce(?, '') = '' OR a.at < ?) "
        "ORDER BY a.id DESC LIMIT ?"));
    const QString from = filter.from.isValid() ? filter.from.toString(Qt::ISODate) : QString();
    const QString to = filter.to.isValid() ? filter.to.addDays(1).toString(Qt::ISODate) : QString();
    for (const QVariant& v :
         {QVariant(filter.userId), QVariant(filter.entity), QVariant(from), QVariant(to)}) {
        q.addBindValue(v);
        q.addBindValue(v);
    }
    q.addBindValue(filter.limit > 0 ? filter.limit : -1);
    if (!q.exec())
        return dbError(q);
    QList<AuditRow> rows;
    while (q.next()) {
        AuditRow row;
        row.id = q.value(0).toLongLong();
        row.at = stationTimeFromText(q.value(1).toString());
        row.userId = q.value(2).toLongLong();
        row.userName = q.value(3).toString();
        row.action = q.value(4).toString();
        row.entity = q.value(5).toString();
        row.entityId = q.value(6).toLongLong();
        const auditchain::Detail detail = auditchain::decodeDetail(q.value(7).toString());
        row.detail = detail.text;
        row.changes = detail.changes;
        row.isSigned = q.value(8).toBool();
        rows.append(row);
    }
    return rows;
}

} // namespace binhyen
