// UserRepo: reading accounts and checking their signatures.
#include "models/domain/StationTime.h"
#include "models/repo/accounts/StationKeyRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/accounts/UserRepoDetail.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/security/Crypto.h"
#include "models/security/Permissions.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen {

using namespace userrepo;
using Purpose = StationKeyRepo::Purpose;

Result<QList<Account>> UserRepo::list() const {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT ") + accountColumns() +
                QStringLiteral(" FROM users ORDER BY id")))
        return dbError(q);
    QList<Account> out;
    while (q.next())
        out.append(accountFrom(q));
    return out;
}

Result<Account> UserRepo::find(const QString& username) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + accountColumns() +
              QStringLiteral(" FROM users WHERE username = ?"));
    q.addBindValue(username.trimmed().toLower());
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate(
                                                  "UserRepo", "No account with the user name %1.")
                                                  .arg(username));
    return accountFrom(q);
}

Result<Account> UserRepo::find(qint64 userId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + accountColumns() +
              QStringLiteral(" FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("UserRepo", "No such account."));
    return accountFrom(q);
}

Result<void> UserRepo::verifyAccounts() const {
    auto stationKey = StationKeyRepo(m_db).publicKey(Purpose::Signing);
    if (!stationKey)
        return stationKey.error();
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT id, username, full_name, role, active, record_signature "
                               "FROM users WHERE password_hash IS NOT NULL OR record_signature IS "
                               "NOT NULL ORDER BY id")))
        return dbError(q);
    while (q.next()) {
        if (!crypto::verifySignature(stationKey.value(), accountBytes(q), q.value(5).toByteArray(),
                                     kAccountContext))
            return makeError(
                ErrorCode::VerificationFailed,
                QCoreApplication::translate(
                    "UserRepo",
                    "The account \"%1\" was changed outside BinhYen (its signature does "
                    "not match).")
                    .arg(q.value(1).toString()),
                QStringLiteral("users.id=%1").arg(q.value(0).toLongLong()));
    }
    QSqlQuery k(m_db);
    if (!k.exec(
            QStringLiteral("SELECT id, user_id, public_key, created_at, signature FROM user_keys")))
        return dbError(k);
    while (k.next()) {
        if (!crypto::verifySignature(stationKey.value(),
                                     userKeyBytes(k.value(1).toLongLong(), k.value(2).toByteArray(),
                                                  k.value(3).toString()),
                                     k.value(4).toByteArray(), kUserKeyContext))
            return makeError(ErrorCode::VerificationFailed,
                             QCoreApplication::translate(
                                 "UserRepo", "A user's signing key was replaced outside BinhYen."),
                             QStringLiteral("user_keys.id=%1").arg(k.value(0).toLongLong()));
    }
    return {};
}

Result<QByteArray> UserRepo::userPublicKey(qint64 keyId, qint64* userId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT public_key, user_id FROM user_keys WHERE id = ?"));
    q.addBindValue(keyId);
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("UserRepo", "Unknown signing key."));
    if (userId)
        *userId = q.value(1).toLongLong();
    return q.value(0).toByteArray();
}

} // namespace binhyen
