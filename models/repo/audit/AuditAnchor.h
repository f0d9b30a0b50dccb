#pragma once

#include "models/domain/Result.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/security/Keychain.h"

#include <QSqlDatabase>
#include <QString>

namespace binhyen {

// The latest audit checkpoint kept outside the register, so that deleting checkpoints or putting
// an older copy in place is caught (AuditRepo::verify with `remembered`): in this computer's
// keychain (a companion entry named by the chain id) and in a manifest beside each backup.
//
// Backup manifest "<backup>.manifest", compact JSON:
//   {"audit_chain_id":"<32 hex>","backup":"<file name>","backup_id":"<backup's register id>",
//    "checkpoint":N,"checkpoint_hash":"<64 hex>","format":"BinhYen backup manifest v1",
//    "register_id":"<the backed-up register's id>"}
// (checkpoint 0 and an empty hash when no checkpoint was made yet).
namespace auditanchor {

// After AuditRepo::checkpoint committed: remembers the register's latest checkpoint.
Result<void> remember(const Keychain& keychain, QSqlDatabase db);
// The remembered checkpoint of this register's chain (status NotFound: none on this computer).
Keychain::CheckpointOutcome recall(const Keychain& keychain, QSqlDatabase db);

QString manifestPath(const QString& backupPath);
// Call after Backup::create / AutomaticBackup::run with the backed-up register's connection.
Result<QString> writeBackupManifest(QSqlDatabase db, const QString& registerId,
                                    const QString& backupPath);
struct Manifest {
    QString registerId;
    QString chainId;
    Checkpoint checkpoint;
};
Result<Manifest> readBackupManifest(const QString& backupPath);

} // namespace auditanchor
} // namespace binhyen
