#include "models/repo/audit/AuditAnchor.h"

#include "models/store/RegisterFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace binhyen::auditanchor {

namespace {

constexpr char kFormat[] = "BinhYen backup manifest v1";

} // namespace

Result<void> remember(const Keychain& keychain, QSqlDatabase db) {
    SystemClock clock;
    AuditRepo audit(db, clock);
    auto chain = audit.chainId();
    if (!chain)
        return chain.error();
    auto latest = audit.latestCheckpoint();
    if (!latest)
        return latest.error();
    if (latest.value().number == 0)
        return {};
    return keychain.storeCheckpoint(chain.value(), latest.value().number, latest.value().hash);
}

Keychain::CheckpointOutcome recall(const Keychain& keychain, QSqlDatabase db) {
    SystemClock clock;
    auto chain = AuditRepo(db, clock).chainId();
    if (!chain)
        return Keychain::CheckpointOutcome{Keychain::Status::NotFound, 0, {}, {}};
    return keychain.readCheckpoint(chain.value());
}

QString manifestPath(const QString& backupPath) {
    return backupPath + QStringLiteral(".manifest");
}

Result<QString> writeBackupManifest(QSqlDatabase db, const QString& registerId,
                                    const QString& backupPath) {
    SystemClock clock;
    AuditRepo audit(db, clock);
    auto latest = audit.latestCheckpoint();
    if (!latest)
        return latest.error();
    auto chain = audit.chainId(); // empty before the first run (no station keys yet)
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kFormat));
    o.insert(QStringLiteral("register_id"), registerId);
    o.insert(QStringLiteral("backup"), QFileInfo(backupPath).fileName());
    auto backupId = registerfile::readId(backupPath);
    o.insert(QStringLiteral("backup_id"), backupId ? backupId.value() : QString());
    o.insert(QStringLiteral("audit_chain_id"), chain ? chain.value() : QString());
    o.insert(QStringLiteral("checkpoint"), latest.value().number);
    o.insert(QStringLiteral("checkpoint_hash"), QString::fromLatin1(latest.value().hash.toHex()));
    const QString path = manifestPath(backupPath);
    const Error failed = makeError(
        ErrorCode::Io,
        QCoreApplication::translate("AuditRepo", "The backup's manifest could not be written."),
        path);
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::Exists, failed.message, path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed;
    file.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
    if (!file.commit())
        return failed;
    return path;
}

Result<Manifest> readBackupManifest(const QString& backupPath) {
    QFile file(manifestPath(backupPath));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("AuditRepo", "The backup has no manifest."),
                         file.fileName());
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("AuditRepo", "The backup's manifest is not readable."),
            file.fileName());
    Manifest m;
    m.registerId = o.value(QStringLiteral("register_id")).toString();
    m.chainId = o.value(QStringLiteral("audit_chain_id")).toString();
    m.checkpoint.number = o.value(QStringLiteral("checkpoint")).toInteger();
    m.checkpoint.hash =
        QByteArray::fromHex(o.value(QStringLiteral("checkpoint_hash")).toString().toLatin1());
    return m;
}

} // namespace binhyen::auditanchor
