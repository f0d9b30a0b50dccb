#include "models/security/LogonService.h"

#include "models/repo/AuditRepo.h"
#include "models/repo/UserRepo.h"

#include <QLoggingCategory>

namespace binhyen {

namespace {
Q_LOGGING_CATEGORY(lcLogon, "binhyen.logon")

AuditEntry userEvent(const QString& action, qint64 userId, const QString& detail = {}) {
    AuditEntry e;
    e.action = action;
    e.entity = QStringLiteral("user");
    e.entityId = userId;
    e.detail = detail;
    return e;
}
} // namespace

LogonService::LogonService(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<Session> LogonService::logon(const QString& username, const SecretBytes& password) {
    UserRepo users(m_db, m_clock);
    AuditRepo audit(m_db, m_clock);
    auto session = users.logon(username, password);
    if (!session) {
        const auto account = users.find(username);
        const qint64 id = account ? account.value().id : 0;
        if (auto r = audit.appendSystem(
                userEvent(QStringLiteral("logon.failed"), id, username.trimmed().left(64)));
            !r)
            qCWarning(lcLogon) << "failed logon not audited:" << r.error().text();
        return session;
    }
    // No unaudited access: a logon that cannot be recorded does not happen.
    if (auto r = audit.append(session.value(),
                              userEvent(QStringLiteral("logon"), session.value().userId()));
        !r)
        return r.error();
    if (session.value().isChief()) {
        if (auto c = audit.checkpoint(session.value(), QStringLiteral("logon")); !c)
            qCWarning(lcLogon) << "no checkpoint at chief logon:" << c.error().text();
    }
    return session;
}

void LogonService::lock(Session& session) {
    if (session.isValid() && !session.signingSecret().isEmpty()) {
        AuditRepo audit(m_db, m_clock);
        if (auto r =
                audit.append(session, userEvent(QStringLiteral("session.lock"), session.userId()));
            !r)
            qCWarning(lcLogon) << "lock not audited:" << r.error().text();
    }
    session.wipeSecrets();
}

Result<void> LogonService::changePassword(Session& session, const SecretBytes& oldPassword,
                                          const SecretBytes& newPassword) {
    UserRepo users(m_db, m_clock);
    if (auto r = users.changePassword(session, oldPassword, newPassword); !r)
        return r;
    AuditRepo audit(m_db, m_clock);
    if (auto r =
            audit.append(session, userEvent(QStringLiteral("password.change"), session.userId()));
        !r)
        qCWarning(lcLogon) << "password change not audited:" << r.error().text();
    return {};
}

} // namespace binhyen
