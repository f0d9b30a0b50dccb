#pragma once

// Helpers shared by the files of UserRepo (UserRepo.cpp, UserRepoLogon.cpp, UserRepoQueries.cpp).

#include "models/repo/accounts/UserRepo.h"

#include <QSqlQuery>

namespace binhyen::userrepo {

Error dbError(const QSqlQuery& q);
// The signed part of an account record: id, username, full_name, role, active (query columns 0-4).
QByteArray accountBytes(const QSqlQuery& q);
QByteArray userKeyBytes(qint64 userId, const QByteArray& publicKey, const QString& createdAt);
Account accountFrom(const QSqlQuery& q);
const QString& accountColumns();
int setting(QSqlDatabase db, const QString& key, int fallback);

inline constexpr char kAccountContext[] = "BinhYen account record v1";
inline constexpr char kUserKeyContext[] = "BinhYen user key v1";

} // namespace binhyen::userrepo
