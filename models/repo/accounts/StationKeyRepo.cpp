#include "models/repo/accounts/StationKeyRepo.h"

#include "models/security/Crypto.h"
#include "models/security/KeyHandover.h"
#include "models/security/Session.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen {

namespace {

Error dbError(const QSqlQuery& q) {
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("StationKeyRepo", "The station keys could not be "
                                                                   "read or written."),
                     q.lastError().text());
}

Error noWrap() {
    return makeError(ErrorCode::NotPermitted,
                     QCoreApplication::translate("StationKeyRepo",
                                                 "This account holds no copy of the station's "
                                                 "keys (only chiefs do)."));
}

} // namespace

StationKeyRepo::StationKeyRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString StationKeyRepo::purposeCode(Purpose purpose) {
    return purpose == Purpose::Identity ? QStringLiteral("identity") : QStringLiteral("signing");
}

Result<bool> StationKeyRepo::exists() const {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM station_keys")) || !q.next())
        return dbError(q);
    return q.value(0).toInt() == 2;
}

Result<void> StationKeyRepo::create(qint64 chiefId, const SecretBytes& chiefWrappingKey,
                                    const SecretBytes& escrowKey, const QString& createdAt) {
    crypto::BoxPair identity = crypto::newBoxPair();
    crypto::SigningPair signing = crypto::newSigningPair();
    for (auto [purpose, pk] : {std::pair{Purpose::Identity, identity.publicKey},
                               std::pair{Purpose::Signing, signing.publicKey}}) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO station_keys (purpose, public_key, created_at) VALUES (?, ?, ?)"));
        q.addBindValue(purposeCode(purpose));
        q.addBindValue(pk);
        q.addBindValue(createdAt);
        if (!q.exec())
            return dbError(q);
    }
    for (auto purpose : {Purpose::Identity, Purpose::Signing}) {
        const SecretBytes& secret =
            purpose == Purpose::Identity ? identity.secretKey : signing.secretKey;
        if (auto r = storeWrap(chiefId, purpose, crypto::wrap(chiefWrappingKey, secret)); !r)
            return r;
        if (auto r = storeWrap(QVariant(), purpose, crypto::wrap(escrowKey, secret)); !r)
            return r;
    }
    return {};
}

Result<QByteArray> StationKeyRepo::publicKey(Purpose purpose) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT public_key FROM station_keys WHERE purpose = ?"));
    q.addBindValue(purposeCode(purpose));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "StationKeyRepo", "The station has no keys yet (first-run set-up "
                                               "not done)."));
    return q.value(0).toByteArray();
}

Result<QByteArray> StationKeyRepo::wrappedFor(const QVariant& userId, Purpose purpose) const {
    QSqlQuery q(m_db);
    q.prepare(
        userId.isNull()
            ? QStringLiteral("SELECT wrapped FROM key_wraps WHERE purpose = ? AND user_id IS NULL")
            : QStringLiteral("SELECT wrapped FROM key_wraps WHERE purpose = ? AND user_id = ?"));
    q.addBindValue(purposeCode(purpose));
    if (!userId.isNull())
        q.addBindValue(userId);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return noWrap();
    return q.value(0).toByteArray();
}

Result<SecretBytes> StationKeyRepo::unwrapForChief(const Session& chief, Purpose purpose) const {
    if (!chief.isChief())
        return noWrap();
    auto wrapped = wrappedFor(chief.userId(), purpose);
    if (!wrapped)
        return wrapped.error();
    if (purpose == Purpose::Identity && keyhandover::isHandover(wrapped.value())) {
        // A renewed identity key left by a rotating chief: checked with the station signing key
        // this chief unwraps (an ordinary wrap: the signing key is never handed over).
        auto signing = unwrapForChief(chief, Purpose::Signing);
        if (!signing)
            return signing.error();
        return keyhandover::open(wrapped.value(), purposeCode(purpose), chief.userId(),
                                 chief.signingSecret(), crypto::signingPublicOf(signing.value()),
                                 &crypto::boxPublicOf);
    }
    return crypto::unwrap(chief.wrappingKey(), wrapped.value());
}

Result<bool> StationKeyRepo::isHandedOver(qint64 userId, Purpose purpose) const {
    auto wrapped = wrappedFor(userId, purpose);
    if (!wrapped)
        return wrapped.error();
    return keyhandover::isHandover(wrapped.value());
}

Result<void> StationKeyRepo::wrapForEscrow(const SecretBytes& escrowKey, Purpose purpose,
                                           const SecretBytes& secret) {
    return storeWrap(QVariant(), purpose, crypto::wrap(escrowKey, secret));
}

Result<void> StationKeyRepo::removeWrapsExcept(Purpose purpose, qint64 keptUserId) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "DELETE FROM key_wraps WHERE purpose = ? AND user_id IS NOT NULL AND user_id <> ?"));
    q.addBindValue(purposeCode(purpose));
    q.addBindValue(keptUserId);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<void> StationKeyRepo::handOver(qint64 userId, const QByteArray& userSigningPublic,
                                      Purpose purpose, const SecretBytes& secret,
                                      const SecretBytes& stationSigning) {
    if (purpose != Purpose::Identity)
        return makeError(
            ErrorCode::Usage,
            QCoreApplication::translate("StationKeyRepo", "Only the identity key is handed over."));
    const QByteArray stored =
        keyhandover::make(stationSigning, purposeCode(purpose), userId, userSigningPublic, secret,
                          crypto::boxPublicOf(secret));
    if (stored.isEmpty())
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate("StationKeyRepo", "A chief's signing key is not usable."));
    return storeWrap(userId, purpose, stored);
}

Result<SecretBytes> StationKeyRepo::unwrapWithEscrow(const SecretBytes& escrowKey,
                                                     Purpose purpose) const {
    auto wrapped = wrappedFor(QVariant(), purpose);
    if (!wrapped)
        return wrapped.error();
    return crypto::unwrap(escrowKey, wrapped.value());
}

Result<void> StationKeyRepo::storeWrap(const QVariant& userId, Purpose purpose,
                                       const QByteArray& wrapped) {
    QSqlQuery del(m_db);
    del.prepare(userId.isNull()
                    ? QStringLiteral("DELETE FROM key_wraps WHERE purpose = ? AND user_id IS NULL")
                    : QStringLiteral("DELETE FROM key_wraps WHERE purpose = ? AND user_id = ?"));
    del.addBindValue(purposeCode(purpose));
    if (!userId.isNull())
        del.addBindValue(userId);
    if (!del.exec())
        return dbError(del);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO key_wraps (purpose, user_id, wrapped) VALUES (?, ?, ?)"));
    q.addBindValue(purposeCode(purpose));
    q.addBindValue(userId.isNull() ? QVariant(QMetaType::fromType<qint64>()) : userId);
    q.addBindValue(wrapped);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<void> StationKeyRepo::wrapFor(qint64 userId, const SecretBytes& wrappingKey, Purpose purpose,
                                     const SecretBytes& secret) {
    return storeWrap(userId, purpose, crypto::wrap(wrappingKey, secret));
}

Result<void> StationKeyRepo::removeWrapsOf(qint64 userId) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM key_wraps WHERE user_id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return dbError(q);
    return {};
}

Result<void> StationKeyRepo::replacePublicKey(Purpose purpose, const QByteArray& publicKey,
                                              const QString& changedAt) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE station_keys SET public_key = ?, created_at = ?, generation = "
                             "generation + 1 WHERE purpose = ?"));
    q.addBindValue(publicKey);
    q.addBindValue(changedAt);
    q.addBindValue(purposeCode(purpose));
    if (!q.exec() || q.numRowsAffected() != 1)
        return dbError(q);
    return {};
}

} // namespace binhyen
