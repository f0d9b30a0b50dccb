#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace binhyen {

// The OS keychain (Secret Service on Linux, Credential Manager on Windows) through QtKeychain.
// One entry per register id holds that register's 32-byte key, nothing else (the audit
// checkpoint has its own companion entry, below). Never uses
// QtKeychain's insecure plaintext fallback. Calls block (with an event loop) until the job ends.
class Keychain {
public:
    enum class Status { Found, NotFound, Unavailable };

    struct ReadOutcome {
        Status status = Status::Unavailable;
        SecretBytes key; // set when Found
        QString message; // translated, when Unavailable
    };

    explicit Keychain(QString service = QStringLiteral("BinhYen"));

    ReadOutcome readRegisterKey(const QString& registerId) const;
    Result<void> storeRegisterKey(const QString& registerId, const SecretBytes& key) const;
    Result<void> forgetRegisterKey(const QString& registerId) const;

    static QString entryName(const QString& registerId);

    // The companion entry: the latest audit checkpoint (number and hash, not secret) remembered
    // outside the register, so that deleted checkpoints or an older copy put in place are caught.
    // Keyed by the audit chain id (AuditRepo::chainId), which every copy of a register shares —
    // not by the register id, which a backup copy or a restore changes. Entry
    // "audit-checkpoint-<chainId>", data {"hash":"<hex>","number":N}.
    struct CheckpointOutcome {
        Status status = Status::Unavailable;
        qint64 number = 0;
        QByteArray hash;
        QString message; // translated, when Unavailable
    };
    CheckpointOutcome readCheckpoint(const QString& chainId) const;
    Result<void> storeCheckpoint(const QString& chainId, qint64 number,
                                 const QByteArray& hash) const;
    Result<void> forgetCheckpoint(const QString& chainId) const;
    static QString checkpointEntryName(const QString& chainId);

private:
    QString m_service;
};

} // namespace binhyen
