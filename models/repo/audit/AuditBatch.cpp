#include "models/repo/audit/AuditBatch.h"

#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditDetail.h"
#include "models/repo/audit/AuditRecords.h"
#include "models/security/AuditChain.h"
#include "models/security/ClockWatch.h"
#include "models/security/Crypto.h"
#include "models/security/Session.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace binhyen {

namespace {

using auditchain::ChainRow;

Error dbError(const QSqlQuery& q) {
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("AuditRepo", "The audit trail could not be read or written."),
        q.lastError().text());
}

template <typename T> QVariant orNull(const T& value, bool isNull) {
    return isNull ? QVariant() : QVariant(value);
}

// One entity's "SELECT * … WHERE id = ?", prepared once, and its columns for the record hash.
struct RecordReader {
    explicit RecordReader(const QSqlDatabase& db)
        : query(db) {}
    QSqlQuery query;
    auditrecords::RowHasher hasher;
    bool hasHasher = false;
};

using RecordReaders = QHash<QString, std::shared_ptr<RecordReader>>; // by entity

// The record's row (SELECT *), its reader's query positioned on it: finish() it after use.
Result<RecordReader*> readRecord(QSqlDatabase db, RecordReaders& readers, const QString& entity,
                                 qint64 id) {
    std::shared_ptr<RecordReader>& reader = readers[entity];
    if (!reader) {
        const QString table = auditrecords::tableFor(entity);
        if (table.isEmpty()) {
            readers.remove(entity);
            return makeError(ErrorCode::Usage,
                             QStringLiteral("no record hash for the entity \"%1\"").arg(entity));
        }
        auto made = std::make_shared<RecordReader>(db);
        made->query.setForwardOnly(true);
        // The table name comes from the fixed list of AuditRecords, never from input.
        if (!made->query.prepare(QStringLiteral("SELECT * FROM ") + table +
                                 QStringLiteral(" WHERE id = ?")))
            return dbError(made->query);
        reader = std::move(made);
    }
    QSqlQuery& q = reader->query;
    q.bindValue(0, id);
    if (!q.exec())
        return dbError(q);
    if (!q.next()) {
        q.finish();
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("AuditRepo", "There is no %1.")
                             .arg(auditrecords::recordName(entity, id)));
    }
    if (!reader->hasHasher) {
        reader->hasher = auditrecords::RowHasher(entity, q.record());
        reader->hasHasher = true;
    }
    return reader.get();
}

} // namespace

struct AuditBatch::Statements {
    explicit Statements(const QSqlDatabase& db)
        : insert(db) {}
    QSqlQuery insert;
    bool prepared = false;
    RecordReaders records;
};

AuditBatch::AuditBatch(QSqlDatabase db, const Clock& clock, ClockWatch* watch)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_watch(watch) {}

AuditBatch::~AuditBatch() = default;

Result<void> AuditBatch::canSign(const Session& session) {
    if (!session.isValid())
        return makeError(ErrorCode::NotPermitted,
                         QCoreApplication::translate("Permissions", "Log on first."));
    if (session.signingSecret().isEmpty() || session.signingKeyId() <= 0)
        return makeError(ErrorCode::NotPermitted,
                         QCoreApplication::translate(
                             "AuditRepo", "The session is locked: log on again to continue."));
    return {};
}

Result<void> AuditBatch::begin(const Session* session, bool observeClock) {
    if (session) {
        if (auto ok = canSign(*session); !ok)
            return ok;
    }
    m_session = session;
    m_statements = std::make_unique<Statements>(m_db);
    QSqlQuery last(m_db);
    last.setForwardOnly(true);
    if (!last.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return dbError(last);
    m_head = last.next() ? last.value(0).toByteArray() : auditchain::zeroHash();
    last.finish();
    m_now = m_clock.now();
    m_at = stationTimeText(m_now);
    if (m_watch && observeClock) {
        if (const qint64 jump = m_watch->observe(m_now); jump != 0) {
            AuditEntry jumped;
            jumped.action = QStringLiteral("clock.jump");
            jumped.detail = QStringLiteral("wall clock moved %1 s against the monotonic clock")
                                .arg(jump / 1000);
            const Session* signer = m_session;
            m_session = nullptr; // the application's own row: unsigned
            auto r = append(jumped);
            m_session = signer;
            if (!r)
                return r.error();
        }
    }
    return {};
}

Result<qint64> AuditBatch::append(const AuditEntry& entry) {
    if (!m_statements)
        return makeError(ErrorCode::Usage, QStringLiteral("audit batch not begun"));
    if (entry.action.isEmpty())
        return makeError(ErrorCode::Usage, QStringLiteral("audit entry without an action"));
    ChainRow row;
    row.prevHash = m_head;
    row.at = m_at;
    row.userId = m_session ? m_session->userId() : 0;
    row.action = entry.action;
    row.objectType = entry.entity;
    row.objectId = entry.entityId;
    row.detail = auditdetail::encode(entry.changes, entry.detail);
    row.recordHash = entry.recordHash;
    row.keyId = m_session ? m_session->signingKeyId() : 0;
    row.monotonicMs = m_watch ? m_watch->monotonicMs() : ClockWatch::systemMonotonicMs();
    const QByteArray hash = auditchain::rowHash(row);

    QSqlQuery& q = m_statements->insert;
    if (!m_statements->prepared) {
        if (!q.prepare(QStringLiteral("INSERT INTO audit_log (at, user_id, action, object_type, "
                                      "object_id, detail, prev_hash, hash, record_hash, key_id, "
                                      "signature, monotonic_ms) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            return dbError(q);
        m_statements->prepared = true;
    }
    q.bindValue(0, row.at);
    q.bindValue(1, orNull(row.userId, row.userId == 0));
    q.bindValue(2, row.action);
    q.bindValue(3, orNull(row.objectType, row.objectType.isEmpty()));
    q.bindValue(4, orNull(row.objectId, row.objectId == 0));
    q.bindValue(5, orNull(row.detail, row.detail.isEmpty()));
    q.bindValue(6, row.prevHash);
    q.bindValue(7, hash);
    q.bindValue(8, orNull(row.recordHash, row.recordHash.isEmpty()));
    q.bindValue(9, orNull(row.keyId, row.keyId == 0));
    q.bindValue(10, m_session ? QVariant(crypto::sign(m_session->signingSecret(), hash,
                                                      auditchain::kRowSignatureContext))
                              : QVariant());
    q.bindValue(11, row.monotonicMs);
    if (!q.exec())
        return dbError(q);
    m_head = hash;
    return q.lastInsertId().toLongLong();
}

Result<qint64> AuditBatch::appendRecordChange(AuditEntry entry) {
    auto hash = recordHash(entry.entity, entry.entityId);
    if (!hash)
        return hash.error();
    entry.recordHash = hash.value();
    return append(entry);
}

Result<QByteArray> AuditBatch::recordHash(const QString& entity, qint64 id) {
    if (!m_statements)
        return makeError(ErrorCode::Usage, QStringLiteral("audit batch not begun"));
    auto found = readRecord(m_db, m_statements->records, entity, id);
    if (!found)
        return found.error();
    const QByteArray hash = found.value()->hasher.hash(found.value()->query);
    found.value()->query.finish();
    return hash;
}

} // namespace binhyen
