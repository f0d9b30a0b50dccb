#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/security/Role.h"
#include "models/security/SecretBytes.h"
#include "models/security/Session.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

namespace binhyen {

struct NewAccount {
    QString username;
    QString fullName;
    QString rank;     // "Thiếu tá"
    QString position; // "Trưởng Công an xã"
    Role role = Role::Officer;
};

struct Account {
    qint64 id = 0;
    QString username;
    QString fullName;
    QString rank;
    QString position;
    Role role = Role::Officer;
    bool active = true;
    bool hasPassword = false;
    bool mustChangePassword = false;
    QDateTime lockedUntil; // invalid when not locked
};

// Accounts, logon and passwords. Logon passwords are checked against an Argon2id hash; a separate
// Argon2id wrapping key (own salt, own context) unwraps the user's signing key and, for chiefs,
// the station secrets. Account records are signed with the station signing key, so a role
// changed by direct SQL is detected (verifyAccounts). Accounts are deactivated, never deleted.
class UserRepo {
public:
    UserRepo(QSqlDatabase db, const Clock& clock);

    // The strength rule, explained in Vietnamese; empty when the password is acceptable.
    static QString passwordProblem(const SecretBytes& password, const QString& username);

    // First run only (no account has a password yet): the first chief, the station key pairs
    // (wrapped for this chief and for the escrow key) and the signed account record.
    Result<qint64> createFirstChief(const NewAccount& account, const SecretBytes& password,
                                    const SecretBytes& escrowKey);
    // Gives an existing account without a password (demo, imported) its first password; chiefs
    // receive the station keys. Signed by `chief`.
    Result<void> enableAccount(const Session& chief, qint64 userId, const SecretBytes& password,
                               bool mustChange);
    // A chief creates an account with a temporary password, to be changed at first logon.
    Result<qint64> createAccount(const Session& chief, const NewAccount& account,
                                 const SecretBytes& temporaryPassword);

    // 5 failures lock the account for 10 minutes (settings logon.max_failures / lockout_minutes).
    Result<Session> logon(const QString& username, const SecretBytes& password);
    Result<void> changePassword(Session& session, const SecretBytes& oldPassword,
                                const SecretBytes& newPassword);
    // A chief resets another's password (changed at next logon). The user gets a new signing key.
    Result<void> resetPassword(const Session& chief, qint64 userId, const SecretBytes& temporary);
    // A chief locked out or with a forgotten password, restored with the recovery key (escrow).
    Result<void> resetWithEscrow(qint64 chiefId, const SecretBytes& escrowKey,
                                 const SecretBytes& newPassword);
    Result<void> setActive(const Session& chief, qint64 userId, bool active);
    Result<void> setRole(const Session& chief, qint64 userId, Role role);

    Result<QList<Account>> list() const;
    Result<Account> find(const QString& username) const;
    Result<Account> find(qint64 userId) const;
    // Every account record and user key carries a valid station signature; names the first that
    // does not.
    Result<void> verifyAccounts() const;
    // The public key of a user key id (for audit signatures).
    Result<QByteArray> userPublicKey(qint64 keyId, qint64* userId = nullptr) const;

private:
    QString now() const;
    Result<void> setPassword(qint64 userId, const SecretBytes& password, bool mustChange,
                             SecretBytes* wrappingKeyOut);
    Result<qint64> addUserKey(qint64 userId, const SecretBytes& wrappingKey,
                              const SecretBytes& stationSigning);
    Result<void> signAccount(qint64 userId, qint64 signedBy, const SecretBytes& stationSigning);
    Result<qint64> insertAccount(const NewAccount& account);
    Result<SecretBytes> chiefSigningKey(const Session& chief) const;
    // Wraps the station secrets that `holder` (a chief) can open for `userId`'s wrapping key.
    Result<void> grantStationSecrets(const Session& holder, qint64 userId,
                                     const SecretBytes& wrappingKey);
    // The audit row of a chief's change to an account (after the change, same transaction).
    Result<void> audit(const Session& chief, const QString& action, qint64 userId,
                       const QVariantMap& changes);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
