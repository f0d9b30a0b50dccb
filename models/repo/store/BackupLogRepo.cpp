#include "models/repo/store/BackupLogRepo.h"

#include "models/domain/StationTime.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen {

BackupLogRepo::BackupLogRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<void> BackupLogRepo::record(const BackupRecord& backup) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO backup_log (made_at, file_name, bytes, schema_version, kind) "
                       "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(stationTimeText(backup.madeAt));
    q.addBindValue(backup.fileName);
    q.addBindValue(backup.bytes);
    q.addBindValue(backup.schemaVersion);
    q.addBindValue(backup.kind);
    if (!q.exec())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("BackupLogRepo", "Recording the backup failed."),
            q.lastError().text());
    return {};
}

Result<void> BackupLogRepo::recordFile(const QString& path, const QDateTime& madeAt,
                                       int schemaVersion, const QString& kind) {
    const QFileInfo file(path);
    return record({madeAt, file.fileName(), file.size(), schemaVersion, kind});
}

Result<QList<BackupRecord>> BackupLogRepo::newest(int limit) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT made_at, file_name, bytes, schema_version, kind FROM backup_log "
                       "ORDER BY made_at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("BackupLogRepo", "Reading the backup history failed."),
            q.lastError().text());
    QList<BackupRecord> out;
    while (q.next()) {
        out.append({stationTimeFromText(q.value(0).toString()), q.value(1).toString(),
                    q.value(2).toLongLong(), q.value(3).toInt(), q.value(4).toString()});
    }
    return out;
}

int BackupLogRepo::automaticKeep() const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = 'backup.automatic_keep'"));
    if (q.exec() && q.next()) {
        bool ok = false;
        const int keep = q.value(0).toInt(&ok);
        if (ok && keep > 0)
            return keep;
    }
    return 10;
}

} // namespace binhyen
