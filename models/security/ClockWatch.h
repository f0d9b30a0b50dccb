#pragma once

#include <QDateTime>
#include <QMutex>
#include <functional>

namespace binhyen {

// Wall-clock jump detection (issue: "system time moved against the monotonic clock"). Each audit
// append shows the watch the wall time it is about to record; the watch compares how far the wall
// clock moved since the previous append with how far the monotonic clock moved (which no one can
// set). When the two differ by more than kThresholdMs (2 minutes) the watch reports the jump once
// and takes the new time as its reference; AuditRepo then records an unsigned "clock.jump" row.
// Deliberately simple: it only compares appends within one process (the monotonic clock restarts
// with the PC), so a clock set back while BinhYen was closed is not seen here.
class ClockWatch {
public:
    using Monotonic = std::function<qint64()>; // milliseconds, never goes back

    static constexpr qint64 kThresholdMs = 2 * 60 * 1000;

    explicit ClockWatch(Monotonic monotonicMs = systemMonotonicMs);

    // The watch of this process, used by AuditRepo with the real (system) clock.
    static ClockWatch& process();
    // The operating system's monotonic clock, counting sleep too (Linux: CLOCK_BOOTTIME; elsewhere
    // QElapsedTimer's reference).
    static qint64 systemMonotonicMs();

    qint64 monotonicMs() const { return m_monotonic(); }
    // Records an observation; returns the jump (wall moved minus monotonic moved, ms) when it
    // exceeds the threshold, else 0. The first observation never reports a jump.
    qint64 observe(const QDateTime& wall);

private:
    Monotonic m_monotonic;
    QMutex m_mutex;
    bool m_started = false;
    qint64 m_wallMs = 0;
    qint64 m_monoMs = 0;
};

} // namespace binhyen
