#include "models/repo/accounts/UserRepo.h"

#include "models/domain/StationTime.h"
#include "models/repo/accounts/StationKeyRepo.h"
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

UserRepo::UserRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

QString UserRepo::now() const {
    return stationTimeText(m_clock.now());
}

QString UserRepo::passwordProblem(const SecretBytes& password, const QString& username) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(password.data()),
                                           static_cast<qsizetype>(password.size()));
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : text) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    classes = int(lower) + int(upper) + int(digit) + int(other);
    QString problem;
    if (text.size() < 10)
        problem = QCoreApplication::translate("UserRepo",
                                              "The password must have at least 10 characters.");
    else if (classes < 3)
        problem = QCoreApplication::translate(
            "UserRepo", "The password must mix at least three of: lower-case letters, capital "
                        "letters, digits, other signs.");
    else if (!username.isEmpty() && text.contains(username, Qt::CaseInsensitive))
        problem =
            QCoreApplication::translate("UserRepo", "The password must not contain the user name.");
    QString wipeMe = text;
    wipe(wipeMe);
    return problem;
}

Result<qint64> UserRepo::insertAccount(const NewAccount& account) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (username, full_name, rank, position, role, "
                             "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(account.username.trimmed().toLower());
    q.addBindValue(account.fullName.trimmed());
    q.addBindValue(account.rank.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : account.rank);
    q.addBindValue(account.position.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : account.position);
    q.addBindValue(roleCode(account.role));
    q.addBindValue(now());
    if (!q.exec()) {
        if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
            return makeError(ErrorCode::Exists,
                             QCoreApplication::translate(
                                 "UserRepo", "An account with this user name already exists."),
                             account.username);
        return dbError(q);
    }
    return q.lastInsertId().toLongLong();
}

Result<void> UserRepo::setPassword(qint64 userId, const SecretBytes& password, bool mustChange,
                                   SecretBytes* wrappingKeyOut) {
    const crypto::WrapParams params = crypto::newWrapParams();
    SecretBytes wk = crypto::wrappingKey(password, params);
    const QString hash = crypto::hashPassword(password);
    if (wk.isEmpty() || hash.isEmpty())
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate(
                             "UserRepo", "The password could not be processed (out of memory?)."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?, "
                             "wrap_salt = ?, wrap_opslimit = ?, wrap_memlimit = ?, "
                             "failed_logons = 0, locked_until = NULL WHERE id = ?"));
    q.addBindValue(hash);
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(params.salt);
    q.addBindValue(static_cast<qint64>(params.opslimit));
    q.addBindValue(static_cast<qint64>(params.memlimit));
    q.addBindValue(userId);
    if (!q.exec() || q.numRowsAffected() != 1)
        return dbError(q);
    if (wrappingKeyOut)
        *wrappingKeyOut = std::move(wk);
    return {};
}

Result<qint64> UserRepo::addUserKey(qint64 userId, const SecretBytes& wrappingKey,
                                    const SecretBytes& stationSigning) {
    crypto::SigningPair pair = crypto::newSigningPair();
    const QString created = now();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO user_keys (user_id, public_key, secret_wrapped, "
                             "created_at, signature) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(pair.publicKey);
    q.addBindValue(crypto::wrap(wrappingKey, pair.secretKey));
    q.addBindValue(created);
    q.addBindValue(crypto::sign(stationSigning, userKeyBytes(userId, pair.publicKey, created),
                                kUserKeyContext));
    if (!q.exec())
        return dbError(q);
    return q.lastInsertId().toLongLong();
}

Result<void> UserRepo::signAccount(qint64 userId, qint64 signedBy,
                                   const SecretBytes& stationSigning) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT id, username, full_name, role, active FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return dbError(q);
    const QByteArray signature = crypto::sign(stationSigning, accountBytes(q), kAccountContext);
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE users SET record_signature = ?, signed_by = ? WHERE id = ?"));
    u.addBindValue(signature);
    u.addBindValue(signedBy);
    u.addBindValue(userId);
    if (!u.exec())
        return dbError(u);
    return {};
}

Result<void> UserRepo::audit(const Session& chief, const QString& action, qint64 userId,
                             const QVariantMap& changes) {
    AuditEntry entry;
    entry.action = action;
    entry.entity = QStringLiteral("user");
    entry.entityId = userId;
    entry.changes = changes;
    if (auto r = AuditRepo(m_db, m_clock).appendRecordChange(chief, entry); !r)
        return r.error();
    return {};
}

Result<void> UserRepo::grantStationSecrets(const Session& holder, qint64 userId,
                                           const SecretBytes& wrappingKey) {
    StationKeyRepo keys(m_db);
    for (auto purpose : {Purpose::Identity, Purpose::Signing}) {
        auto secret = keys.unwrapForChief(holder, purpose);
        if (!secret)
            return secret.error();
        if (auto r = keys.wrapFor(userId, wrappingKey, purpose, secret.value()); !r)
            return r;
    }
    return {};
}

Result<SecretBytes> UserRepo::chiefSigningKey(const Session& chief) const {
    if (auto allowed = require(chief, Operation::ManageAccounts); !allowed)
        return allowed.error();
    return StationKeyRepo(m_db).unwrapForChief(chief, Purpose::Signing);
}

Result<qint64> UserRepo::createFirstChief(const NewAccount& account, const SecretBytes& password,
                                          const SecretBytes& escrowKey) {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NOT NULL")) ||
        !q.next())
        return dbError(q);
    const auto haveKeys = StationKeyRepo(m_db).exists();
    if (q.value(0).toInt() > 0 || !haveKeys || haveKeys.value())
        return makeError(ErrorCode::Exists,
                         QCoreApplication::translate(
                             "UserRepo", "The station is already set up: its first chief "
                                         "exists."));
    if (const QString problem = passwordProblem(password, account.username); !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    Transaction tx(m_db);
    NewAccount chief = account;
    chief.role = Role::Chief;
    auto id = insertAccount(chief);
    if (!id)
        return id;
    SecretBytes wk;
    if (auto r = setPassword(id.value(), password, false, &wk); !r)
        return r.error();
    StationKeyRepo keys(m_db);
    if (auto r = keys.create(id.value(), wk, escrowKey, now()); !r)
        return r.error();
    auto signing = keys.unwrapWithEscrow(escrowKey, Purpose::Signing);
    if (!signing)
        return signing.error();
    if (auto r = addUserKey(id.value(), wk, signing.value()); !r)
        return r.error();
    if (auto r = signAccount(id.value(), id.value(), signing.value()); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> UserRepo::enableAccount(const Session& chief, qint64 userId,
                                     const SecretBytes& password, bool mustChange) {
    auto signing = chiefSigningKey(chief);
    if (!signing)
        return signing.error();
    auto account = find(userId);
    if (!account)
        return account.error();
    if (const QString problem = passwordProblem(password, account.value().username);
        !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    Transaction tx(m_db);
    SecretBytes wk;
    if (auto r = setPassword(userId, password, mustChange, &wk); !r)
        return r;
    if (auto r = addUserKey(userId, wk, signing.value()); !r)
        return r.error();
    if (account.value().role == Role::Chief) {
        if (auto r = grantStationSecrets(chief, userId, wk); !r)
            return r;
    }
    if (auto r = signAccount(userId, chief.userId(), signing.value()); !r)
        return r;
    if (auto r = audit(chief,
                       mustChange ? QStringLiteral("user.password_reset")
                                  : QStringLiteral("user.enable"),
                       userId, {});
        !r)
        return r;
    return tx.commit();
}

Result<qint64> UserRepo::createAccount(const Session& chief, const NewAccount& account,
                                       const SecretBytes& temporaryPassword) {
    if (auto allowed = require(chief, Operation::ManageAccounts); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    auto id = insertAccount(account);
    if (!id)
        return id;
    if (auto r = enableAccount(chief, id.value(), temporaryPassword, true); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return id;
}

Result<void> UserRepo::changePassword(Session& session, const SecretBytes& oldPassword,
                                      const SecretBytes& newPassword) {
    auto account = find(session.userId());
    if (!account)
        return account.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"));
    q.addBindValue(session.userId());
    if (!q.exec() || !q.next())
        return dbError(q);
    if (!crypto::verifyPassword(q.value(0).toString(), oldPassword))
        return makeError(ErrorCode::WrongKey,
                         QCoreApplication::translate("UserRepo", "The current password is wrong."));
    if (const QString problem = passwordProblem(newPassword, session.username());
        !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    Transaction tx(m_db);
    SecretBytes wk;
    if (auto r = setPassword(session.userId(), newPassword, false, &wk); !r)
        return r;
    QSqlQuery k(m_db);
    k.prepare(QStringLiteral("UPDATE user_keys SET secret_wrapped = ? WHERE id = ?"));
    k.addBindValue(crypto::wrap(wk, session.signingSecret()));
    k.addBindValue(session.signingKeyId());
    if (!k.exec())
        return dbError(k);
    if (session.isChief()) {
        if (auto r = grantStationSecrets(session, session.userId(), wk); !r)
            return r;
    }
    if (auto r = tx.commit(); !r)
        return r;
    session.replaceWrappingKey(std::move(wk));
    return {};
}

Result<void> UserRepo::resetPassword(const Session& chief, qint64 userId,
                                     const SecretBytes& temporary) {
    return enableAccount(chief, userId, temporary, true);
}

Result<void> UserRepo::resetWithEscrow(qint64 chiefId, const SecretBytes& escrowKey,
                                       const SecretBytes& newPassword) {
    auto account = find(chiefId);
    if (!account)
        return account.error();
    if (account.value().role != Role::Chief || !account.value().active)
        return makeError(
            ErrorCode::NotPermitted,
            QCoreApplication::translate(
                "UserRepo", "Only an active chief's account is restored with the recovery key."));
    if (const QString problem = passwordProblem(newPassword, account.value().username);
        !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    StationKeyRepo keys(m_db);
    auto signing = keys.unwrapWithEscrow(escrowKey, Purpose::Signing);
    auto identity = keys.unwrapWithEscrow(escrowKey, Purpose::Identity);
    if (!signing || !identity)
        return makeError(ErrorCode::WrongKey,
                         QCoreApplication::translate("UserRepo",
                                                     "This recovery key does not belong to this "
                                                     "register."));
    Transaction tx(m_db);
    SecretBytes wk;
    if (auto r = setPassword(chiefId, newPassword, false, &wk); !r)
        return r;
    if (auto r = addUserKey(chiefId, wk, signing.value()); !r)
        return r.error();
    if (auto r = keys.wrapFor(chiefId, wk, Purpose::Signing, signing.value()); !r)
        return r;
    if (auto r = keys.wrapFor(chiefId, wk, Purpose::Identity, identity.value()); !r)
        return r;
    return tx.commit();
}

Result<void> UserRepo::setActive(const Session& chief, qint64 userId, bool active) {
    auto signing = chiefSigningKey(chief);
    if (!signing)
        return signing.error();
    auto account = find(userId);
    if (!account)
        return account.error();
    if (!active && account.value().role == Role::Chief) {
        QSqlQuery c(m_db);
        if (!c.exec(QStringLiteral("SELECT count(*) FROM users WHERE role = 'chief' AND active = 1 "
                                   "AND password_hash IS NOT NULL")) ||
            !c.next())
            return dbError(c);
        if (c.value(0).toInt() <= 1)
            return makeError(ErrorCode::NotPermitted,
                             QCoreApplication::translate(
                                 "UserRepo", "The last chief's account cannot be deactivated."));
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET active = ?, deactivated_at = ? WHERE id = ?"));
    q.addBindValue(active ? 1 : 0);
    q.addBindValue(active ? QVariant(QMetaType::fromType<QString>()) : QVariant(now()));
    q.addBindValue(userId);
    if (!q.exec())
        return dbError(q);
    if (!active) {
        if (auto r = StationKeyRepo(m_db).removeWrapsOf(userId); !r)
            return r;
    }
    if (auto r = signAccount(userId, chief.userId(), signing.value()); !r)
        return r;
    if (auto r = audit(chief, QStringLiteral("user.active"), userId,
                       {{QStringLiteral("active"),
                         QVariantMap{{QStringLiteral("before"), account.value().active},
                                     {QStringLiteral("after"), active}}}});
        !r)
        return r;
    return tx.commit();
}

Result<void> UserRepo::setRole(const Session& chief, qint64 userId, Role role) {
    auto signing = chiefSigningKey(chief);
    if (!signing)
        return signing.error();
    auto account = find(userId);
    if (!account)
        return account.error();
    if (role == Role::Chief && account.value().role != Role::Chief)
        return makeError(
            ErrorCode::NotPermitted,
            QCoreApplication::translate(
                "UserRepo", "A new chief receives the station keys with a password: create the "
                            "chief's account, or reset this account's password after the change."));
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE id = ?"));
    q.addBindValue(roleCode(role));
    q.addBindValue(userId);
    if (!q.exec())
        return dbError(q);
    if (account.value().role == Role::Chief && role != Role::Chief) {
        if (auto r = StationKeyRepo(m_db).removeWrapsOf(userId); !r)
            return r;
    }
    if (auto r = signAccount(userId, chief.userId(), signing.value()); !r)
        return r;
    if (auto r = audit(chief, QStringLiteral("user.role"), userId,
                       {{QStringLiteral("role"),
                         QVariantMap{{QStringLiteral("before"), roleCode(account.value().role)},
                                     {QStringLiteral("after"), roleCode(role)}}}});
        !r)
        return r;
    return tx.commit();
}

} // namespace binhyen
