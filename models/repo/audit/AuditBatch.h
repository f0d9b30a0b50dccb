#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/repo/audit/AuditRepo.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <memory>

namespace binhyen {

class ClockWatch;
class Session;

// The writer of audit rows behind AuditRepo: rows chained by hash and signed by the session's
// user, exactly as AuditRepo::append writes them (AuditChain.h formats). AuditRepo writes one row
// per batch; an import writes a hundred thousand through one batch, inside the transaction it
// holds: the chain head is read once (then kept), the statements are prepared once, the session
// is checked once, and the clock is read and shown to the clock watch once — every row of the
// batch carries the batch's time (the time of the one transaction that writes them all).
// Nothing else may append audit rows between begin() and the batch's last row.
class AuditBatch {
public:
    // `watch`: the wall-clock jump watch (AuditRepo's), nullptr for none.
    AuditBatch(QSqlDatabase db, const Clock& clock, ClockWatch* watch);
    ~AuditBatch();
    AuditBatch(const AuditBatch&) = delete;
    AuditBatch& operator=(const AuditBatch&) = delete;

    // Call inside the caller's transaction, before the rows. `session`: the signing user (checked:
    // logged on, not locked), nullptr for rows by the application itself (unsigned). Reads the
    // time; when the clock watch sees a jump an unsigned "clock.jump" row is written first
    // (unless `observeClock` is false: the row being written is that "clock.jump" itself).
    Result<void> begin(const Session* session, bool observeClock = true);

    // One row for `entry`, chained after the previous one; returns its id.
    Result<qint64> append(const AuditEntry& entry);
    // As append, with entry.recordHash from the record's current state (after the change).
    Result<qint64> appendRecordChange(AuditEntry entry);
    // The hash of a record's current state (AuditRepo::recordHash), statements kept per entity.
    Result<QByteArray> recordHash(const QString& entity, qint64 id);

    // The batch's time (valid after begin()).
    const QDateTime& now() const { return m_now; }

    // Checks that `session` may sign audit rows: logged on, its secrets not wiped by a lock.
    static Result<void> canSign(const Session& session);

private:
    struct Statements;

    QSqlDatabase m_db;
    const Clock& m_clock;
    ClockWatch* m_watch = nullptr;
    const Session* m_session = nullptr;
    QDateTime m_now;
    QString m_at;      // m_now as station time text
    QByteArray m_head; // hash of the chain's last row
    std::unique_ptr<Statements> m_statements;
};

} // namespace binhyen
