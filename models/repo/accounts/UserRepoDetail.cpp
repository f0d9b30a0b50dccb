#include "models/repo/accounts/UserRepoDetail.h"

#include "models/domain/StationTime.h"
#include "models/security/Canonical.h"

#include <QCoreApplication>
#include <QSqlError>

namespace binhyen::userrepo {

Error dbError(const QSqlQuery& q) {
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("UserRepo", "The accounts could not be read or written."),
        q.lastError().text());
}

QByteArray accountBytes(const QSqlQuery& q) {
    // id, username, full_name, role, active
    return Canonical()
        .add(q.value(0).toLongLong())
        .add(q.value(1).toString())
        .add(q.value(2).toString())
        .add(q.value(3).toString())
        .add(q.value(4).toLongLong())
        .bytes();
}

QByteArray userKeyBytes(qint64 userId, const QByteArray& publicKey, const QString& createdAt) {
    return Canonical().add(userId).add(publicKey).add(createdAt).bytes();
}

Account accountFrom(const QSqlQuery& q) {
    Account a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.fullName = q.value(2).toString();
    a.role = roleFromCode(q.value(3).toString()).value_or(Role::Inspector);
    a.active = q.value(4).toBool();
    a.rank = q.value(5).toString();
    a.position = q.value(6).toString();
    a.hasPassword = !q.value(7).isNull();
    a.mustChangePassword = q.value(8).toBool();
    a.lockedUntil = stationTimeFromText(q.value(9).toString());
    return a;
}

const QString& accountColumns() {
    static const QString columns =
        QStringLiteral("id, username, full_name, role, active, rank, position, password_hash, "
                       "must_change_password, "
                       "locked_until, failed_logons, wrap_salt, wrap_opslimit, wrap_memlimit");
    return columns;
}

int setting(QSqlDatabase db, const QString& key, int fallback) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next()) {
        bool ok = false;
        const int v = q.value(0).toInt(&ok);
        if (ok && v > 0)
            return v;
    }
    return fallback;
}

} // namespace binhyen::userrepo
