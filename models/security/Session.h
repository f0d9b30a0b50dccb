#pragma once

#include "models/security/Role.h"
#include "models/security/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace binhyen {

// The logged-on user: who, which role, and the secrets unwrapped at logon — the user's own
// signing key (signs their audit rows) and wrapping key (a chief's unwraps the station secrets
// on demand). Held in locked memory and wiped when the session ends or the screen locks.
class Session {
public:
    Session() = default;
    Session(qint64 userId, QString username, QString fullName, Role role, qint64 keyId,
            SecretBytes signingSecret, SecretBytes wrappingKey);
    Session(Session&&) noexcept = default;
    Session& operator=(Session&&) noexcept = default;

    bool isValid() const { return m_userId > 0; }
    qint64 userId() const { return m_userId; }
    const QString& username() const { return m_username; }
    const QString& fullName() const { return m_fullName; }
    Role role() const { return m_role; }
    bool isChief() const { return m_role == Role::Chief; }

    qint64 signingKeyId() const { return m_keyId; }
    const SecretBytes& signingSecret() const { return m_signingSecret; }
    const SecretBytes& wrappingKey() const { return m_wrappingKey; }

    // After a password change: the new wrapping key.
    void replaceWrappingKey(SecretBytes key) { m_wrappingKey = std::move(key); }
    // Forgets every secret (logoff, lock screen). isValid() stays true until logoff.
    void wipeSecrets();

private:
    qint64 m_userId = 0;
    QString m_username;
    QString m_fullName;
    Role m_role = Role::Inspector;
    qint64 m_keyId = 0;
    SecretBytes m_signingSecret;
    SecretBytes m_wrappingKey;
};

} // namespace binhyen
