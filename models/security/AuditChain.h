#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace binhyen {

// The pure part of the audit trail (no SQL): how a row, a record's state and a checkpoint are
// encoded and hashed, how `detail` is written, and which actions the application may record
// unsigned. AuditRepo stores and checks; this file fixes the formats (docs/SECURITY.md):
//
//   row hash        = BLAKE2b-256(Canonical(prev_hash, at, user_id, action, object_type,
//                     object_id, detail, record_hash, key_id, monotonic_ms), "BinhYen audit row
//                     v1") — NULL columns encode as Canonical NULL; prev_hash of row 1 = 32 zero
//                     bytes
//   row signature   = Ed25519(user's key, row hash, "BinhYen audit signature v1")
//   record hash     = BLAKE2b-256(Canonical(name1, value1, name2, value2 …), "BinhYen record v1")
//                     over the record's columns sorted by name, NULL columns and volatile
//                     columns (see recordHash in AuditRepo.cpp) left out
//   checkpoint hash = BLAKE2b-256(Canonical(number, at, head_id, head_hash, prev_hash, reason),
//                     "BinhYen checkpoint v1"); prev_hash of checkpoint 1 = 32 zero bytes
//   checkpoint sig. = Ed25519(station signing key, checkpoint hash,
//                     "BinhYen checkpoint signature v1")
//   chain id        = hex of the first 16 bytes of BLAKE2b-256(station signing public key,
//                     "BinhYen audit chain id v1"): names the chain outside the register
//                     (keychain, manifests) and stays the same in every backup copy.
namespace auditchain {

inline constexpr char kRowContext[] = "BinhYen audit row v1";
inline constexpr char kRowSignatureContext[] = "BinhYen audit signature v1";
inline constexpr char kRecordContext[] = "BinhYen record v1";
inline constexpr char kCheckpointContext[] = "BinhYen checkpoint v1";
inline constexpr char kCheckpointSignatureContext[] = "BinhYen checkpoint signature v1";
inline constexpr char kChainIdContext[] = "BinhYen audit chain id v1";
inline constexpr int kHashBytes = 32;

QByteArray zeroHash();

// The columns of one audit_log row that its hash covers. Zero ids and empty text or bytes are
// stored as NULL (and hashed as NULL).
struct ChainRow {
    QByteArray prevHash;
    QString at;
    qint64 userId = 0;
    QString action;
    QString objectType;
    qint64 objectId = 0;
    QString detail;
    QByteArray recordHash;
    qint64 keyId = 0;
    qint64 monotonicMs = 0;
};
QByteArray rowHash(const ChainRow& row);

struct CheckpointData {
    qint64 number = 0;
    QString at;
    qint64 headId = 0;
    QByteArray headHash;
    QByteArray prevHash;
    QString reason;
};
QByteArray checkpointHash(const CheckpointData& checkpoint);

// (column name, value) pairs of one record; sorted by name here, NULL values left out, so that
// adding a nullable column in a migration changes no record's hash.
QByteArray recordHashOf(QList<QPair<QString, QVariant>> columns);

// `detail` format: compact JSON with sorted keys, {"changes":{"field":{"after":…,"before":…}},
// "text":"…"}; each key only when non-empty, NULL when both are. Byte-array values and fields
// named "*_sealed" are written as "(sealed)": sealed values never enter the trail.
QString encodeDetail(const QVariantMap& changes, const QString& text);
struct Detail {
    QVariantMap changes;
    QString text;
};
Detail decodeDetail(const QString& detail); // text of a non-JSON detail goes to `text`

// Actions the application records unsigned (no user session, or secrets wiped by the lock):
// app.start, app.exit, logon.failed, logon.locked, session.lock, clock.jump, audit.alarm,
// backup.automatic. Verification refuses an unsigned row with any other action.
const QStringList& systemActions();
bool isSystemAction(const QString& action);

QString chainIdOf(const QByteArray& stationSigningPublicKey);

} // namespace auditchain
} // namespace binhyen
