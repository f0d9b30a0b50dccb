#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/security/AuditChain.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <utility>

namespace binhyen {

// Internal to AuditRepo::verify and verifySinceCheckpoint (AuditVerifier.cpp: checkpoints and
// rows; AuditVerifierRecords.cpp: record states and accounts). One run, stopping at the first
// problem, in this order: checkpoints (numbers 1…n, hash chain, station signatures), the
// checkpoint remembered outside the register, the rows in rowid order (ids consecutive, prev_hash
// chain, hashes, signatures by the key of the row's own user, unsigned rows only for system
// actions, each checkpoint's head), every audited record's current state against its last
// after-image (and, in the full check, records with none), then the account signatures
// (UserRepo::verifyAccounts).
class AuditVerifier {
public:
    AuditVerifier(QSqlDatabase db, const Clock& clock, bool full)
        : m_db(std::move(db))
        , m_clock(clock)
        , m_full(full) {}

    Result<AuditRepo::Verdict> run(const Checkpoint* remembered);

private:
    struct StoredCheckpoint {
        qint64 number = 0;
        qint64 headId = 0;
        QByteArray headHash;
        QByteArray hash;
    };
    struct AfterImage {
        qint64 rowId = 0;
        QByteArray recordHash;
        bool deleted = false;
    };

    void fail(const QString& problem, const QString& where);
    Result<void> checkpoints();
    Result<void> rememberedCheckpoint(const Checkpoint* remembered);
    Result<void> rows();
    void failMissingHead(const StoredCheckpoint& cp);
    // Rows with id in [from, to] (to < 0: to the end). With `prev`, checks ids and the chain.
    Result<void> walk(qint64 from, qint64 to, QByteArray* prev);
    bool checkSignature(qint64 id, const auditchain::ChainRow& row, const QByteArray& hash,
                        const QByteArray& signature, const QString& where);
    Result<void> records();
    Result<void> recordsSinceCheckpoint();
    void accounts();

    QSqlDatabase m_db;
    const Clock& m_clock;
    bool m_full;
    bool m_failed = false;
    AuditRepo::Verdict m_verdict;
    QByteArray m_stationKey;
    StoredCheckpoint m_latest;
    QHash<qint64, StoredCheckpoint> m_all;   // by number
    QHash<qint64, StoredCheckpoint> m_heads; // by head row id
    QSet<qint64> m_headSeen;
    QHash<QString, AfterImage> m_after;                  // "tip:12" → its last after-image
    QHash<qint64, std::pair<QByteArray, qint64>> m_keys; // key id → (public key, owner)
};

} // namespace binhyen
