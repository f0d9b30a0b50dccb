#include "models/repo/audit/AuditVerifier.h"

#include "models/repo/accounts/StationKeyRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/security/Crypto.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen {

using auditchain::ChainRow;

namespace {

Error dbError(const QSqlQuery& q) {
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("AuditRepo", "The audit trail could not be read or written."),
        q.lastError().text());
}

} // namespace

Result<AuditRepo::Verdict> AuditVerifier::run(const Checkpoint* remembered) {
    auto ok = checkpoints();
    if (ok && !m_failed)
        ok = rememberedCheckpoint(remembered);
    if (ok && !m_failed)
        ok = rows();
    if (ok && !m_failed)
        ok = records();
    if (ok && !m_failed)
        accounts();
    if (!ok)
        return ok.error();
    m_verdict.intact = !m_failed;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ?"));
    q.addBindValue(m_latest.headId);
    if (!q.exec() || !q.next())
        return dbError(q);
    m_verdict.rowsAfterCheckpoint = q.value(0).toLongLong();
    return m_verdict;
}

void AuditVerifier::fail(const QString& problem, const QString& where) {
    m_failed = true;
    m_verdict.problem = problem;
    m_verdict.where = where;
}

Result<void> AuditVerifier::checkpoints() {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT number, at, head_id, head_hash, prev_hash, hash, "
                               "signature, reason FROM audit_checkpoints ORDER BY number")))
        return dbError(q);
    QByteArray prev = auditchain::zeroHash();
    qint64 expected = 1;
    while (q.next()) {
        auditchain::CheckpointData cp;
        cp.number = q.value(0).toLongLong();
        cp.at = q.value(1).toString();
        cp.headId = q.value(2).toLongLong();
        cp.headHash = q.value(3).toByteArray();
        cp.prevHash = q.value(4).toByteArray();
        cp.reason = q.value(7).toString();
        const QByteArray stored = q.value(5).toByteArray();
        const QString where = QStringLiteral("audit_checkpoints.number=%1").arg(cp.number);
        if (m_stationKey.isEmpty()) {
            auto key = StationKeyRepo(m_db).publicKey(StationKeyRepo::Purpose::Signing);
            if (!key) {
                fail(QCoreApplication::translate("AuditRepo",
                                                 "The station signing key is missing: the audit "
                                                 "checkpoints cannot be checked."),
                     QStringLiteral("station_keys"));
                return {};
            }
            m_stationKey = key.value();
        }
        if (cp.number != expected) {
            fail(QCoreApplication::translate("AuditRepo",
                                             "Audit checkpoint %1 is missing (checkpoints "
                                             "were deleted).")
                     .arg(expected),
                 QStringLiteral("audit_checkpoints.number=%1").arg(expected));
            return {};
        }
        if (cp.prevHash != prev || auditchain::checkpointHash(cp) != stored) {
            fail(QCoreApplication::translate("AuditRepo",
                                             "Audit checkpoint %1 was changed after it was made.")
                     .arg(cp.number),
                 where);
            return {};
        }
        if (!crypto::verifySignature(m_stationKey, stored, q.value(6).toByteArray(),
                                     auditchain::kCheckpointSignatureContext)) {
            fail(QCoreApplication::translate(
                     "AuditRepo", "Audit checkpoint %1 does not carry a valid station signature.")
                     .arg(cp.number),
                 where);
            return {};
        }
        m_latest = {cp.number, cp.headId, cp.headHash, stored};
        m_all.insert(cp.number, m_latest);
        m_heads.insert(cp.headId, m_latest);
        prev = stored;
        ++expected;
    }
    m_verdict.checkpoints = m_latest.number;
    return {};
}

Result<void> AuditVerifier::rememberedCheckpoint(const Checkpoint* remembered) {
    if (!remembered || remembered->number <= 0)
        return {};
    const QString where = QStringLiteral("audit_checkpoints.number=%1").arg(remembered->number);
    if (!m_all.contains(remembered->number)) {
        fail(QCoreApplication::translate(
                 "AuditRepo",
                 "This register's newest audit checkpoint is %1, but checkpoint %2 was made "
                 "before: checkpoints were deleted or an older copy of the register was put "
                 "in place.")
                 .arg(m_latest.number)
                 .arg(remembered->number),
             where);
    } else if (m_all.value(remembered->number).hash != remembered->hash) {
        fail(QCoreApplication::translate(
                 "AuditRepo", "Audit checkpoint %1 is not the one remembered outside the "
                              "register: the register was replaced by another copy.")
                 .arg(remembered->number),
             where);
    }
    return {};
}

// Walks audit_log in rowid order (from the latest checkpoint's head in the fast check).
Result<void> AuditVerifier::rows() {
    qint64 expectedId = 1;
    QByteArray prev = auditchain::zeroHash();
    if (!m_full && m_latest.number > 0) {
        expectedId = m_latest.headId + 1;
        prev = m_latest.headHash;
        // The head itself must still be the row the checkpoint signed.
        if (auto r = walk(m_latest.headId, m_latest.headId, nullptr); !r || m_failed)
            return r;
        if (m_headSeen.isEmpty()) {
            failMissingHead(m_latest);
            return {};
        }
    }
    if (auto r = walk(expectedId, -1, &prev); !r || m_failed)
        return r;
    // A checkpoint whose head row no longer exists: the newest rows were deleted.
    for (const StoredCheckpoint& cp : std::as_const(m_heads)) {
        if (cp.headId > 0 && !m_headSeen.contains(cp.headId) &&
            (m_full || cp.number == m_latest.number)) {
            failMissingHead(cp);
            return {};
        }
    }
    return {};
}

void AuditVerifier::failMissingHead(const StoredCheckpoint& cp) {
    fail(QCoreApplication::translate("AuditRepo",
                                     "Audit row %1, signed by checkpoint %2, is missing (rows "
                                     "were deleted).")
             .arg(cp.headId)
             .arg(cp.number),
         QStringLiteral("audit_log.id=%1").arg(cp.headId));
}

Result<void> AuditVerifier::walk(qint64 from, qint64 to, QByteArray* prev) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, at, user_id, action, object_type, object_id, detail, prev_hash, hash, "
        "record_hash, key_id, signature, monotonic_ms FROM audit_log "
        "WHERE id >= ? AND (? < 0 OR id <= ?) ORDER BY id"));
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(to);
    if (!q.exec())
        return dbError(q);
    qint64 expectedId = from;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString where = QStringLiteral("audit_log.id=%1").arg(id);
        ChainRow row;
        row.at = q.value(1).toString();
        row.userId = q.value(2).toLongLong();
        row.action = q.value(3).toString();
        row.objectType = q.value(4).toString();
        row.objectId = q.value(5).toLongLong();
        row.detail = q.value(6).toString();
        row.prevHash = q.value(7).toByteArray();
        const QByteArray stored = q.value(8).toByteArray();
        row.recordHash = q.value(9).toByteArray();
        row.keyId = q.value(10).toLongLong();
        const QByteArray signature = q.value(11).toByteArray();
        row.monotonicMs = q.value(12).toLongLong();
        if (prev && id != expectedId) {
            fail(QCoreApplication::translate("AuditRepo",
                                             "Audit row %1 is missing (rows were deleted).")
                     .arg(expectedId),
                 QStringLiteral("audit_log.id=%1").arg(expectedId));
            return {};
        }
        if (prev && row.prevHash != *prev) {
            fail(QCoreApplication::translate("AuditRepo",
                                             "Audit row %1 does not follow the row before it "
                                             "(rows were deleted, inserted or reordered).")
                     .arg(id),
                 where);
            return {};
        }
        if (auditchain::rowHash(row) != stored) {
            fail(QCoreApplication::translate("AuditRepo",
                                             "Audit row %1 was changed after it was written.")
                     .arg(id),
                 where);
            return {};
        }
        if (!checkSignature(id, row, stored, signature, where))
            return {};
        if (const auto head = m_heads.constFind(id); head != m_heads.constEnd()) {
            m_headSeen.insert(id);
            if (head->headHash != stored) {
                fail(QCoreApplication::translate(
                         "AuditRepo",
                         "Audit row %1 is not the row that checkpoint %2 signed: rows up to "
                         "it were changed, deleted or reordered.")
                         .arg(id)
                         .arg(head->number),
                     where);
                return {};
            }
        }
        if (!row.objectType.isEmpty() && row.objectId > 0) {
            const QString record =
                row.objectType + QLatin1Char(':') + QString::number(row.objectId);
            if (!row.recordHash.isEmpty())
                m_after.insert(record, {id, row.recordHash, false});
            else if (row.action.endsWith(QLatin1String(".delete")))
                m_after.insert(record, {id, {}, true});
        }
        if (prev)
            *prev = stored;
        ++expectedId;
        ++m_verdict.rowsChecked;
    }
    return {};
}

bool AuditVerifier::checkSignature(qint64 id, const ChainRow& row, const QByteArray& hash,
                                   const QByteArray& signature, const QString& where) {
    if (row.keyId == 0 || signature.isEmpty()) {
        if (!auditchain::isSystemAction(row.action) || row.userId != 0 || row.keyId != 0 ||
            !signature.isEmpty()) {
            fail(QCoreApplication::translate("AuditRepo",
                                             "Audit row %1 (%2) carries no valid signature: "
                                             "only the application's own events may be "
                                             "unsigned.")
                     .arg(id)
                     .arg(row.action),
                 where);
            return false;
        }
        return true;
    }
    if (!m_keys.contains(row.keyId)) {
        qint64 owner = 0;
        auto key = UserRepo(m_db, m_clock).userPublicKey(row.keyId, &owner);
        m_keys.insert(row.keyId, {key ? key.value() : QByteArray(), owner});
    }
    const auto& [publicKey, owner] = m_keys.value(row.keyId);
    if (publicKey.isEmpty()) {
        fail(QCoreApplication::translate("AuditRepo",
                                         "Audit row %1 names a signing key that does not exist.")
                 .arg(id),
             where);
        return false;
    }
    if (owner != row.userId) {
        fail(QCoreApplication::translate("AuditRepo",
                                         "Audit row %1 is signed with the key of another "
                                         "user (written in someone else's name).")
                 .arg(id),
             where);
        return false;
    }
    if (!crypto::verifySignature(publicKey, hash, signature, auditchain::kRowSignatureContext)) {
        fail(QCoreApplication::translate(
                 "AuditRepo", "Audit row %1 does not carry a valid signature of its user: it "
                              "was changed, or rows before it were deleted or reordered.")
                 .arg(id),
             where);
        return false;
    }
    return true;
}

} // namespace binhyen
