#pragma once

#include "models/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace binhyen {

struct BackupRecord {
    QDateTime madeAt; // station time
    QString fileName; // without folder
    qint64 bytes = 0;
    int schemaVersion = 0;
    QString kind = QStringLiteral("manual"); // manual | automatic
};

// The register's memory of its verified backups.
class BackupLogRepo {
public:
    explicit BackupLogRepo(QSqlDatabase db);

    Result<void> record(const BackupRecord& backup);
    // Records a backup file just written (size and name read from the file).
    Result<void> recordFile(const QString& path, const QDateTime& madeAt, int schemaVersion,
                            const QString& kind);
    Result<QList<BackupRecord>> newest(int limit) const;
    // How many automatic backups to keep (setting backup.automatic_keep, default 10).
    int automaticKeep() const;

private:
    QSqlDatabase m_db;
};

} // namespace binhyen
