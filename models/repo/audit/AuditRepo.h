#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>

namespace binhyen {

class AuditBatch;
class ClockWatch;
class Session;

// One audited event. `changes` maps field → {"before": …, "after": …}; sealed values never appear
// (write "(sealed)"). `recordHash` is the hash of the audited record's state after the change
// (AuditRepo::recordHash), empty for events that change no record (logon, reveal, print …).
struct AuditEntry {
    QString action; // e.g. "tip.create", "tip.update", "identity.reveal", "logon", "logon.failed"
    QString entity; // "tip", "case", "user", "person", "backup" … (empty for none)
    qint64 entityId = 0;
    QVariantMap changes;
    QString detail; // free text: the reveal's reason, a file name …
    QByteArray recordHash;
};

struct AuditRow {
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0; // 0: the application itself (e.g. a failed logon)
    QString userName;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QString detail;        // the free text of the entry
    QVariantMap changes;   // field → {"before": …, "after": …}
    bool isSigned = false; // false: recorded by the application itself
};

struct AuditFilter {
    qint64 userId = 0; // 0: any
    QString entity;    // empty: any
    QDate from;        // invalid: open
    QDate to;
    int limit = 500;
};

struct Checkpoint {
    qint64 number = 0; // 0: none yet
    QByteArray hash;   // 32 bytes
    QString at;        // station time it was signed
};

// The tamper-evident audit trail (docs/SECURITY.md): append-only rows chained by hash (rowid order
// is chain order), each signed by the acting user's own Ed25519 key; numbered, chained
// checkpoints signed with the station signing key; the latest checkpoint also remembered outside
// the register (keychain companion entry, backup manifests) so that deleting checkpoints or
// restoring an older copy is caught. Called inside the same transaction as the change it records.
class AuditRepo {
public:
    AuditRepo(QSqlDatabase db, const Clock& clock);

    // Appends a row signed by `session`'s user. Formats: models/security/AuditChain.h.
    Result<qint64> append(const Session& session, const AuditEntry& entry);
    // As append, with entry.recordHash taken from the record's current state (call it after the
    // change, in the same transaction).
    Result<qint64> appendRecordChange(const Session& session, AuditEntry entry);
    // appendRecordChange for each entry in order, in one transaction (or savepoint): the same
    // rows, chain and signatures, but the chain head, the statements and the time are read once
    // (every row carries the batch's time). Returns the rows' ids.
    Result<QList<qint64>> appendRecordChanges(const Session& session,
                                              const QList<AuditEntry>& entries);
    // A batch writer for callers that interleave their own writes with the audit rows (the
    // residents import): AuditBatch.h. Begin it inside the caller's transaction.
    AuditBatch batch() const;
    // Appends a row by the application itself (no user: failed logons, wall-clock jumps …);
    // chained, unsigned; verification accepts unsigned rows only for these actions.
    Result<qint64> appendSystem(const AuditEntry& entry);

    // The hash of a record's current state, as recorded in its last audit row. Supported
    // entities: "tip", "case", "user", "person" (tables in AuditRecords.cpp).
    Result<QByteArray> recordHash(const QString& entity, qint64 id) const;
    static QStringList auditedEntities();

    // A chief vouches for every tip, case, user and person that has no audit row yet (demo, import,
    // first run, a migration that changed records): one signed "record.baseline" row each.
    // Returns how many rows were written. Needs Operation::MakeCheckpoint.
    Result<int> baseline(const Session& chief, const QString& reason);
    // When a migration asked for it (setting audit.baseline_pending: records that became audited
    // by the upgrade), baseline() with the migration as the reason, then clears the request.
    // Returns the rows written (0 when nothing was pending). Called at a chief's logon.
    Result<int> baselinePending(const Session& chief);

    // A chief signs the chain head with the station signing key (reason: "logon", "month-lock",
    // "restore", "manual" …). Returns the new checkpoint. It commits on its own: call it outside
    // a transaction, then remember it outside the register (AuditAnchor::remember).
    Result<Checkpoint> checkpoint(const Session& chief, const QString& reason);
    // The first checkpoint covering the (first) audit row recorded for `action` on an object —
    // e.g. ("month.lock", "month_report", id): the checkpoint signed when the month was locked.
    // Number 0 when no such row exists or no checkpoint covers it yet. Uses audit_log_object.
    Result<Checkpoint> checkpointCovering(const QString& action, const QString& entity,
                                          qint64 entityId) const;
    Result<Checkpoint> latestCheckpoint() const; // number 0 when there is none

    // Names this audit chain outside the register (keychain entry, backup manifests): derived
    // from the station signing public key, so every backup copy and a restored register keep it
    // (Register::id() does not: each copy is a new file with its own salt).
    Result<QString> chainId() const;

    // Wall-clock jump detection (ClockWatch.h). By default the process's watch is used when the
    // clock is the SystemClock, and none with an injected test clock.
    void setClockWatch(ClockWatch* watch) { m_watch = watch; }

    struct Verdict {
        bool intact = false;
        QString problem; // translated; names the first problem (row id, checkpoint …)
        qint64 rowsAfterCheckpoint = 0; // the unsigned tail: a warning, not a failure
        qint64 rowsChecked = 0;
        qint64 checkpoints = 0;
        QString where; // technical place of the first problem: "audit_log.id=12", "tips.id=5" …
    };
    // Full check: chain, row signatures, checkpoints, the remembered checkpoint (if given), and
    // each audited record's current state against its last after-image.
    Result<Verdict> verify(const Checkpoint* remembered) const;
    // Fast check at start: from the last checkpoint on.
    Result<Verdict> verifySinceCheckpoint(const Checkpoint* remembered) const;

    Result<QList<AuditRow>> list(const Session& session, const AuditFilter& filter) const;

private:
    Result<qint64> insertRow(const AuditEntry& entry, const Session* session);
    ClockWatch* watch() const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    ClockWatch* m_watch = nullptr;
};

} // namespace binhyen
