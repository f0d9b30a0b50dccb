#pragma once

#include <QDateTime>
#include <QString>

namespace binhyen {

// Register times are ISO text in station local time: "2020-09-03T20:30:00".
QString stationTimeText(const QDateTime& time);
// Parses register time text as station time; an invalid QDateTime for empty or malformed text.
QDateTime stationTimeFromText(const QString& text);

} // namespace binhyen
