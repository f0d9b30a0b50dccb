#include "models/security/LogonService.h"

#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditAnchor.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/identity/IdentityRepo.h"

#include <QLoggingCategory>

namespace binhyen {

namespace {
Q_LOGGING_CATEGORY(lcLogon, "binhyen.logon", QtWarningMsg)

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
    checkAtLogon(session.value());
    return session;
}

void LogonService::checkAtLogon(const Session& session) {
    m_alarms.clear();
    AuditRepo audit(m_db, m_clock);
    const Keychain keychain;
    const auto remembered = auditanchor::recall(keychain, m_db);
    Checkpoint anchor;
    const bool haveAnchor = remembered.status == Keychain::Status::Found;
    if (haveAnchor)
        anchor = {remembered.number, remembered.hash, QString()};
    auto verdict = audit.verifySinceCheckpoint(haveAnchor ? &anchor : nullptr);
    if (!verdict)
        m_alarms << verdict.error().message;
    else if (!verdict.value().intact)
        m_alarms << verdict.value().problem;
    if (session.isChief()) {
        if (auto identities = IdentityRepo(m_db, m_clock).checkAtChiefLogon(session); !identities)
            m_alarms << identities.error().message;
        // Records an upgrade made audited are vouched for by the first chief after it.
        if (m_alarms.isEmpty()) {
            if (auto vouched = audit.baselinePending(session); !vouched)
                m_alarms << vouched.error().message;
        }
    }
    if (!m_alarms.isEmpty()) {
        AuditEntry alarm;
        alarm.action = QStringLiteral("audit.alarm");
        alarm.detail = m_alarms.join(QLatin1Char('\n')).left(2000);
        if (auto r = audit.appendSystem(alarm); !r)
            qCWarning(lcLogon) << "alarm not audited:" << r.error().text();
        return; // never sign a checkpoint over a trail that does not check out
    }
    if (session.isChief()) {
        if (auto c = audit.checkpoint(session, QStringLiteral("logon")); !c)
            qCWarning(lcLogon) << "no checkpoint at chief logon:" << c.error().text();
        else if (auto kept = auditanchor::remember(keychain, m_db); !kept)
            qCDebug(lcLogon) << "checkpoint not remembered outside the register:"
                             << kept.error().text();
    }
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
