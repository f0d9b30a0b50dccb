#include "models/security/IdlePolicy.h"

#include <algorithm>

namespace binhyen {

IdlePolicy::IdlePolicy(const Clock& clock, int minutes)
    : m_clock(clock)
    , m_minutes(clampMinutes(minutes))
    , m_lastInput(clock.now()) {}

int IdlePolicy::clampMinutes(int minutes) {
    if (minutes <= 0)
        return kDefaultMinutes;
    return std::min(minutes, kMaxMinutes);
}

void IdlePolicy::touch() {
    m_lastInput = m_clock.now();
}

qint64 IdlePolicy::idleSeconds() const {
    const QDateTime now = m_clock.now();
    if (now < m_lastInput)
        m_lastInput = now;
    return m_lastInput.secsTo(now);
}

bool IdlePolicy::isDue() const {
    return idleSeconds() >= qint64(m_minutes) * 60;
}

} // namespace binhyen
