#pragma once

#include "models/domain/Clock.h"

namespace binhyen {

// When the screen locks for lack of input: `minutes` after the last keyboard or mouse input
// (default 15, at most 30 — the chief's setting session.idle_lock_minutes). Time comes from an
// injected clock; whoever sees input calls touch(), a timer asks isDue().
class IdlePolicy {
public:
    static constexpr int kDefaultMinutes = 15;
    static constexpr int kMaxMinutes = 30;

    IdlePolicy(const Clock& clock, int minutes);

    // Out-of-range settings fall back: 0 or less → the default, more than 30 → 30.
    static int clampMinutes(int minutes);

    int minutes() const { return m_minutes; }
    void setMinutes(int minutes) { m_minutes = clampMinutes(minutes); }
    // Input seen now.
    void touch();
    bool isDue() const;
    // Seconds of inactivity so far. A clock set back restarts the count from the new time.
    qint64 idleSeconds() const;

private:
    const Clock& m_clock;
    int m_minutes;
    mutable QDateTime m_lastInput;
};

} // namespace binhyen
