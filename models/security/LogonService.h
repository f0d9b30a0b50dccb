#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"
#include "models/security/Session.h"

#include <QSqlDatabase>
#include <QStringList>

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

    // Security alarms found at the last logon (Vietnamese, for the chiefs): the audit trail from
    // the last checkpoint (against the checkpoint remembered in this computer's keychain), and,
    // at a chief's logon, the identity key pair and the identities sealed since the last check.
    // Each alarm is also recorded as an "audit.alarm" row; no checkpoint is signed over it.
    const QStringList& alarms() const { return m_alarms; }

private:
    void checkAtLogon(const Session& session);

    QSqlDatabase m_db;
    const Clock& m_clock;
    QStringList m_alarms;
};

} // namespace binhyen
