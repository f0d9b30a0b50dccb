#include "models/security/Keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace binhyen {

namespace {

constexpr int kTimeoutMs = 15000;

void runJob(QKeychain::Job& job) {
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

QString unavailableMessage(const QString& detail) {
    Q_UNUSED(detail)
    return QCoreApplication::translate(
        "Keychain",
        "This computer has no usable keychain (secret service), so the register key "
        "cannot be remembered here. Open the register with the recovery key each time.");
}

} // namespace

Keychain::Keychain(QString service)
    : m_service(std::move(service)) {}

QString Keychain::entryName(const QString& registerId) {
    return QStringLiteral("register-") + registerId;
}

Keychain::ReadOutcome Keychain::readRegisterKey(const QString& registerId) const {
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(entryName(registerId));
    runJob(job);
    ReadOutcome out;
    switch (job.error()) {
    case QKeychain::NoError: {
        QByteArray data = job.binaryData();
        if (data.size() == 32) {
            out.status = Status::Found;
            out.key = SecretBytes::takeFrom(data);
        } else {
            wipe(data);
            out.status = Status::NotFound; // an unusable entry is treated as missing
        }
        break;
    }
    case QKeychain::EntryNotFound:
        out.status = Status::NotFound;
        break;
    default:
        out.status = Status::Unavailable;
        out.message = unavailableMessage(job.errorString());
        break;
    }
    return out;
}

Result<void> Keychain::storeRegisterKey(const QString& registerId, const SecretBytes& key) const {
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(entryName(registerId));
    QByteArray data(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size()));
    job.setBinaryData(data);
    wipe(data);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return makeError(ErrorCode::KeychainUnavailable, unavailableMessage(job.errorString()),
                         job.errorString());
    return {};
}

Result<void> Keychain::forgetRegisterKey(const QString& registerId) const {
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(entryName(registerId));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return makeError(ErrorCode::KeychainUnavailable, unavailableMessage(job.errorString()),
                         job.errorString());
    return {};
}

QString Keychain::checkpointEntryName(const QString& chainId) {
    return QStringLiteral("audit-checkpoint-") + chainId;
}

Keychain::CheckpointOutcome Keychain::readCheckpoint(const QString& chainId) const {
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(checkpointEntryName(chainId));
    runJob(job);
    CheckpointOutcome out;
    switch (job.error()) {
    case QKeychain::NoError: {
        const QJsonObject o = QJsonDocument::fromJson(job.binaryData()).object();
        out.number = o.value(QStringLiteral("number")).toInteger();
        out.hash = QByteArray::fromHex(o.value(QStringLiteral("hash")).toString().toLatin1());
        const bool usable = out.number > 0 && out.hash.size() == 32;
        out.status = usable ? Status::Found : Status::NotFound;
        if (!usable)
            out = CheckpointOutcome{Status::NotFound, 0, {}, {}};
        break;
    }
    case QKeychain::EntryNotFound:
        out.status = Status::NotFound;
        break;
    default:
        out.status = Status::Unavailable;
        out.message = unavailableMessage(job.errorString());
        break;
    }
    return out;
}

Result<void> Keychain::storeCheckpoint(const QString& chainId, qint64 number,
                                       const QByteArray& hash) const {
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(checkpointEntryName(chainId));
    QJsonObject o;
    o.insert(QStringLiteral("number"), number);
    o.insert(QStringLiteral("hash"), QString::fromLatin1(hash.toHex()));
    job.setBinaryData(QJsonDocument(o).toJson(QJsonDocument::Compact));
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return makeError(ErrorCode::KeychainUnavailable, unavailableMessage(job.errorString()),
                         job.errorString());
    return {};
}

Result<void> Keychain::forgetCheckpoint(const QString& chainId) const {
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(checkpointEntryName(chainId));
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return makeError(ErrorCode::KeychainUnavailable, unavailableMessage(job.errorString()),
                         job.errorString());
    return {};
}

} // namespace binhyen
