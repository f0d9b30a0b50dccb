#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace binhyen {

// Time is injected so deadlines, office hours and month boundaries are testable.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;

    // The station's time zone: every month boundary and deadline is counted in it.
    static QTimeZone stationZone() { return QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override {
        return QDateTime::currentDateTime().toTimeZone(stationZone());
    }
};

class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at)) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceSecs(qint64 secs) { m_at = m_at.addSecs(secs); }

private:
    QDateTime m_at;
};

} // namespace binhyen
