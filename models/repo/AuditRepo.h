#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

namespace binhyen {

class Session;

// One audited event. `changes` maps field → {"before": …, "after": …}; sealed values never appear
// (write "(sealed)"). `recordHash` is the hash of the audited record's state after the change
// (AuditRepo::recordHash), empty for events that change no record (logon, reveal, print …).
struct AuditEntry {
    QString action;     // e.g. "tip.create", "tip.update", "identity.reveal", "logon", "logon.failed"
    QString entity;     // "tip", "case", "user", "backup" … (empty for none)
    qint64 entityId = 0;
    QVariantMap changes;
    QString detail;     // free text: the reveal's reason, a file name …
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
    QString detail;
};

struct AuditFilter {
    qint64 userId = 0;      // 0: any
    QString entity;         // empty: any
    QDate from;             // invalid: open
    QDate to;
    int limit = 500;
};

struct Checkpoint {
    qint64 number = 0;
    QByteArray hash; // 32 bytes
};

// The tamper-evident audit trail (docs/SECURITY.md): append-only rows chained by hash (rowid order
// is chain order), each signed by the acting user's own Ed25519 key; numbered, chained
// checkpoints signed with the station signing key; the latest checkpoint also remembered outside
// the register (keychain companion entry, backup manifests) so that deleting checkpoints or
// restoring an older copy is caught. Called inside the same transaction as the change it records.
class AuditRepo {
public:
    AuditRepo(QSqlDatabase db, const Clock& clock);

    // Appends a row signed by `session`'s user.
    Result<qint64> append(const Session& session, const AuditEntry& entry);
    // Appends a row by the application itself (no user: failed logons, wall-clock jumps …);
    // chained, unsigned; verification accepts unsigned rows only for these actions.
    Result<qint64> appendSystem(const AuditEntry& entry);

    // The hash of a record's current state, as recorded in its last audit row. Supported
    // entities: "tip", "case", "user" (extend in AuditRepo.cpp).
    Result<QByteArray> recordHash(const QString& entity, qint64 id) const;

    // A chief signs the chain head with the station signing key (reason: "logon", "month-lock",
    // "restore", "manual" …). Returns the new checkpoint.
    Result<Checkpoint> checkpoint(const Session& chief, const QString& reason);
    Result<Checkpoint> latestCheckpoint() const;

    struct Verdict {
        bool intact = false;
        QString problem;          // translated; names the first problem (row id, checkpoint …)
        qint64 rowsAfterCheckpoint = 0; // the unsigned tail: a warning, not a failure
        qint64 rowsChecked = 0;
    };
    // Full check: chain, row signatures, checkpoints, the remembered checkpoint (if given), and
    // each audited record's current state against its last after-image.
    Result<Verdict> verify(const Checkpoint* remembered) const;
    // Fast check at start: from the last checkpoint on.
    Result<Verdict> verifySinceCheckpoint(const Checkpoint* remembered) const;

    Result<QList<AuditRow>> list(const Session& session, const AuditFilter& filter) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
