#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"
#include "models/security/Session.h"

#include <QSqlDatabase>

namespace binhyen {

// Logon, lock and password change as the windows use them, each audited: "logon" (signed by the
// user), "logon.failed" (by the application, naming the user name typed), "session.lock" and
// "password.change". A chief's logon also signs an audit checkpoint.
class LogonService {
public:
    LogonService(QSqlDatabase db, const Clock& clock);

    // UserRepo::logon's outcome (its Vietnamese messages: attempts left, minutes locked).
    Result<Session> logon(const QString& username, const SecretBytes& password);
    // Audits the lock, then forgets the session's secrets.
    void lock(Session& session);
    Result<void> changePassword(Session& session, const SecretBytes& oldPassword,
                                const SecretBytes& newPassword);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
