#include "models/domain/StationTime.h"

#include "models/domain/Clock.h"

namespace binhyen {

namespace {
QString isoFormat() {
    return QStringLiteral("yyyy-MM-dd'T'HH:mm:ss");
}
} // namespace

QString stationTimeText(const QDateTime& time) {
    if (!time.isValid())
        return {};
    return time.toTimeZone(Clock::stationZone()).toString(isoFormat());
}

QDateTime stationTimeFromText(const QString& text) {
    if (text.isEmpty())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, isoFormat());
    if (!parsed.isValid())
        return {};
    return QDateTime(parsed.date(), parsed.time(), Clock::stationZone());
}

} // namespace binhyen
