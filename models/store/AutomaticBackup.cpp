#include "models/store/AutomaticBackup.h"

#include "models/store/Backup.h"
#include "models/store/Register.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace binhyen {

QString AutomaticBackup::defaultFolder(const QString& registerPath) {
    const QFileInfo info(registerPath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

Result<QString> AutomaticBackup::run(Register& reg, const QString& folder, const Clock& clock,
                                     int keep) {
    auto made = Backup::create(reg, folder, clock);
    if (!made)
        return made;
    // Names carry the time (…-YYYYMMDD-HHMMSS.binhyen-backup), so name order is time order.
    const QString base = QFileInfo(reg.path()).completeBaseName();
    QStringList copies = QDir(folder).entryList(
        {base + QLatin1Char('-') + QString(8, QLatin1Char('?')) + QLatin1Char('-') +
         QString(6, QLatin1Char('?')) + QStringLiteral(".binhyen-backup")},
        QDir::Files, QDir::Name);
    while (keep > 0 && copies.size() > keep) {
        const QString old = QDir(folder).filePath(copies.takeFirst());
        QFile::remove(old);
        QFile::remove(old + QStringLiteral(".manifest")); // its audit manifest, if any
    }
    return made;
}

} // namespace binhyen
