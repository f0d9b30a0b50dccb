#include "models/repo/accounts/StationKeyRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRecords.h"
#include "models/repo/audit/AuditVerifier.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace binhyen {

namespace {

Error dbError(const QSqlQuery& q) {
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("AuditRepo", "The audit trail could not be read or written."),
        q.lastError().text());
}

} // namespace

// Each audited record against its last after-image; in the full check also records with
// none and after-images of records that are gone.
Result<void> AuditVerifier::records() {
    if (!m_full)
        return recordsSinceCheckpoint();
    for (const QString& entity : auditrecords::entities()) {
        const QString table = auditrecords::tableFor(entity);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY id")))
            return dbError(q);
        const int idColumn = q.record().indexOf(QStringLiteral("id"));
        const int nameColumn = q.record().indexOf(QStringLiteral("username"));
        while (q.next()) {
            const qint64 id = q.value(idColumn).toLongLong();
            const QString key = entity + QLatin1Char(':') + QString::number(id);
            const QString name = auditrecords::recordName(
                entity, id, nameColumn >= 0 ? q.value(nameColumn).toString() : QString());
            const QString where = table + QStringLiteral(".id=%1").arg(id);
            const auto image = m_after.constFind(key);
            if (image == m_after.constEnd()) {
                if (!m_full)
                    continue;
                fail(QCoreApplication::translate(
                         "AuditRepo",
                         "%1 has no audit row: it was written outside BinhYen (or before "
                         "the audit trail, and a chief has not vouched for it).")
                         .arg(name),
                     where);
                return {};
            }
            if (image->deleted || auditrecords::hashOfRow(entity, q) != image->recordHash) {
                fail(QCoreApplication::translate(
                         "AuditRepo", "%1 was changed outside BinhYen: it does not match its "
                                      "last audit row (%2).")
                         .arg(name)
                         .arg(image->rowId),
                     where);
                return {};
            }
            m_after.remove(key);
        }
    }
    for (auto it = m_after.constBegin(); it != m_after.constEnd(); ++it) {
        if (it->deleted)
            continue;
        const QString entity = it.key().section(QLatin1Char(':'), 0, 0);
        if (auditrecords::tableFor(entity).isEmpty())
            continue;
        const qint64 id = it.key().section(QLatin1Char(':'), 1).toLongLong();
        fail(QCoreApplication::translate(
                 "AuditRepo", "%1 was deleted outside BinhYen (its last audit row is %2).")
                 .arg(auditrecords::recordName(entity, id))
                 .arg(it->rowId),
             auditrecords::tableFor(entity) + QStringLiteral(".id=%1").arg(id));
        return {};
    }
    return {};
}

// The fast check: only the records named by audit rows since the last checkpoint, each read by
// its id, so the time does not grow with the register.
Result<void> AuditVerifier::recordsSinceCheckpoint() {
    for (auto it = m_after.constBegin(); it != m_after.constEnd(); ++it) {
        const QString entity = it.key().section(QLatin1Char(':'), 0, 0);
        const QString table = auditrecords::tableFor(entity);
        if (table.isEmpty())
            continue;
        const qint64 id = it.key().section(QLatin1Char(':'), 1).toLongLong();
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec())
            return dbError(q);
        const QString where = table + QStringLiteral(".id=%1").arg(id);
        const bool present = q.next();
        if (present == it->deleted ||
            (present && auditrecords::hashOfRow(entity, q) != it->recordHash)) {
            const int nameColumn = q.record().indexOf(QStringLiteral("username"));
            const QString name = auditrecords::recordName(
                entity, id,
                present && nameColumn >= 0 ? q.value(nameColumn).toString() : QString());
            fail(present ? QCoreApplication::translate(
                               "AuditRepo", "%1 was changed outside BinhYen: it does not match its "
                                            "last audit row (%2).")
                               .arg(name)
                               .arg(it->rowId)
                         : QCoreApplication::translate(
                               "AuditRepo",
                               "%1 was deleted outside BinhYen (its last audit row is %2).")
                               .arg(name)
                               .arg(it->rowId),
                 where);
            return {};
        }
    }
    return {};
}

void AuditVerifier::accounts() {
    auto exists = StationKeyRepo(m_db).exists();
    if (!exists || !exists.value())
        return; // before the first run: no account is signed yet
    if (auto r = UserRepo(m_db, m_clock).verifyAccounts(); !r)
        fail(r.error().message, r.error().detail);
}

Result<AuditRepo::Verdict> AuditRepo::verify(const Checkpoint* remembered) const {
    return AuditVerifier(m_db, m_clock, true).run(remembered);
}

Result<AuditRepo::Verdict> AuditRepo::verifySinceCheckpoint(const Checkpoint* remembered) const {
    return AuditVerifier(m_db, m_clock, false).run(remembered);
}

} // namespace binhyen
