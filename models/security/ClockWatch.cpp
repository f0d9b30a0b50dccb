#include "models/security/ClockWatch.h"

#include <QElapsedTimer>
#include <QMutexLocker>
#ifdef Q_OS_LINUX
#include <time.h>
#endif

namespace binhyen {

ClockWatch::ClockWatch(Monotonic monotonicMs)
    : m_monotonic(std::move(monotonicMs)) {}

ClockWatch& ClockWatch::process() {
    static ClockWatch watch;
    return watch;
}

qint64 ClockWatch::systemMonotonicMs() {
#ifdef Q_OS_LINUX
    // CLOCK_BOOTTIME keeps counting while the PC sleeps (CLOCK_MONOTONIC does not), so a
    // suspended laptop is not taken for a clock set forward.
    timespec ts{};
    if (clock_gettime(CLOCK_BOOTTIME, &ts) == 0)
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
#endif
    QElapsedTimer timer;
    timer.start();
    return timer.msecsSinceReference();
}

qint64 ClockWatch::observe(const QDateTime& wall) {
    const qint64 wallMs = wall.toMSecsSinceEpoch();
    const qint64 monoMs = m_monotonic();
    QMutexLocker lock(&m_mutex);
    qint64 jump = 0;
    if (m_started) {
        const qint64 drift = (wallMs - m_wallMs) - (monoMs - m_monoMs);
        if (drift > kThresholdMs || drift < -kThresholdMs)
            jump = drift;
    }
    m_started = true;
    m_wallMs = wallMs;
    m_monoMs = monoMs;
    return jump;
}

} // namespace binhyen
