// UserRepo: logon with lockout.
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

Result<Session> UserRepo::logon(const QString& username, const SecretBytes& password) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + accountColumns() +
              QStringLiteral(" FROM users WHERE username = ?"));
    q.addBindValue(username.trimmed().toLower());
    if (!q.exec())
        return dbError(q);
    const Error wrong =
        makeError(ErrorCode::WrongKey,
                  QCoreApplication::translate("UserRepo", "Wrong user name or password."));
    if (!q.next())
        return wrong;
    const Account account = accountFrom(q);
    if (!account.active)
        return makeError(
            ErrorCode::NotPermitted,
            QCoreApplication::translate("UserRepo", "This account has been deactivated."));
    if (!account.hasPassword)
        return makeError(
            ErrorCode::NotPermitted,
            QCoreApplication::translate("UserRepo",
                                        "This account has no password yet; a chief must set one."));
    const QDateTime at = m_clock.now();
    if (account.lockedUntil.isValid() && account.lockedUntil > at) {
        const int minutes = static_cast<int>((at.secsTo(account.lockedUntil) + 59) / 60);
        return makeError(ErrorCode::NotPermitted,
                         QCoreApplication::translate(
                             "UserRepo",
                             "Too many wrong passwords: this account is locked for %n more "
                             "minute(s).",
                             nullptr, minutes));
    }
    if (!crypto::verifyPassword(q.value(7).toString(), password)) {
        const int maxFailures = setting(m_db, QStringLiteral("logon.max_failures"), 5);
        const int lockMinutes = setting(m_db, QStringLiteral("logon.lockout_minutes"), 10);
        const int failures = q.value(10).toInt() + 1;
        QSqlQuery u(m_db);
        if (failures >= maxFailures) {
            u.prepare(QStringLiteral(
                "UPDATE users SET failed_logons = 0, locked_until = ? WHERE id = ?"));
            u.addBindValue(stationTimeText(at.addSecs(lockMinutes * 60)));
        } else {
            u.prepare(QStringLiteral("UPDATE users SET failed_logons = ? WHERE id = ?"));
            u.addBindValue(failures);
        }
        u.addBindValue(account.id);
        u.exec();
        if (failures >= maxFailures)
            return makeError(
                ErrorCode::NotPermitted,
                QCoreApplication::translate(
                    "UserRepo", "Wrong password %1 times: this account is locked for %2 minutes.")
                    .arg(maxFailures)
                    .arg(lockMinutes));
        return makeError(ErrorCode::WrongKey,
                         QCoreApplication::translate(
                             "UserRepo",
                             "Wrong user name or password. %n attempt(s) left before the account "
                             "is locked.",
                             nullptr, maxFailures - failures));
    }
    QSqlQuery reset(m_db);
    reset.prepare(
        QStringLiteral("UPDATE users SET failed_logons = 0, locked_until = NULL WHERE id = ?"));
    reset.addBindValue(account.id);
    reset.exec();

    crypto::WrapParams params{q.value(11).toByteArray(), q.value(12).toULongLong(),
                              q.value(13).toULongLong()};
    SecretBytes wk = crypto::wrappingKey(password, params);
    QSqlQuery k(m_db);
    k.prepare(QStringLiteral(
        "SELECT id, secret_wrapped FROM user_keys WHERE user_id = ? ORDER BY id DESC LIMIT 1"));
    k.addBindValue(account.id);
    if (!k.exec() || !k.next())
        return makeError(ErrorCode::Damaged, QCoreApplication::translate(
                                                 "UserRepo", "This account has no signing key."));
    auto secret = crypto::unwrap(wk, k.value(1).toByteArray());
    if (!secret)
        return makeError(
            ErrorCode::Damaged,
            QCoreApplication::translate(
                "UserRepo", "This account's signing key cannot be opened with its password."));
    return Session(account.id, account.username, account.fullName, account.role,
                   k.value(0).toLongLong(), secret.take(), std::move(wk));
}

} // namespace binhyen
