#pragma once

#include "models/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

namespace binhyen {

// One period of the day, [from, to): open at `from`, closed again at `to`.
struct OfficePeriod {
    QTime from;
    QTime to;
};

// The office hours of the hamlet Zalo groups (settings zalo.office_hours / zalo.office_days,
// migration 0007): posts in office hours only, unless urgent. Pure: times are interpreted in
// station time (Clock::stationZone()).
//
// Boundaries: a period is half-open, so with "07:30-11:30,13:30-17:00" the office is open at
// 07:30:00 and closed at 17:00:00 (and at 11:30:00).
class OfficeHours {
public:
    // periods: "HH:MM-HH:MM" separated by commas, each from < to, in increasing order, not
    // overlapping; days: numbers 1 (Monday) … 7 (Sunday) separated by commas, no repeats. Spaces
    // are ignored. Anything else: ErrorCode::InvalidInput with a message naming the bad part.
    static Result<OfficeHours> parse(const QString& periods, const QString& days);

    const QList<OfficePeriod>& periods() const { return m_periods; }
    const QList<int>& days() const { return m_days; } // sorted, 1 = Monday

    // Canonical setting texts: "07:30-11:30,13:30-17:00" and "1,2,3,4,5".
    QString periodsText() const;
    QString daysText() const;
    // For messages: "07:30–11:30, 13:30–17:00, Monday–Friday" (translated, context
    // "OfficeHours"; consecutive days shown as a range).
    QString describe() const;

    // A day's name for messages, 1 = Monday … 7 = Sunday ("thứ Hai" … "Chủ nhật").
    static QString dayName(int day);
    // A moment for messages: "07:30, Monday 07/09/2020" (station time).
    static QString momentText(const QDateTime& at);

    // `at` is converted to station time first.
    bool isOpen(const QDateTime& at) const;
    // The earliest moment >= at (station time) at which the office is open: `at` itself when
    // open. Invalid when there are no periods or no days.
    QDateTime nextOpening(const QDateTime& at) const;

private:
    QList<OfficePeriod> m_periods;
    QList<int> m_days;
};

} // namespace binhyen
