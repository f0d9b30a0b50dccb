#include "models/security/Session.h"

namespace binhyen {

Session::Session(qint64 userId, QString username, QString fullName, Role role, qint64 keyId,
                 SecretBytes signingSecret, SecretBytes wrappingKey)
    : m_userId(userId)
    , m_username(std::move(username))
    , m_fullName(std::move(fullName))
    , m_role(role)
    , m_keyId(keyId)
    , m_signingSecret(std::move(signingSecret))
    , m_wrappingKey(std::move(wrappingKey)) {}

void Session::wipeSecrets() {
    m_signingSecret.clear();
    m_wrappingKey.clear();
}

} // namespace binhyen
