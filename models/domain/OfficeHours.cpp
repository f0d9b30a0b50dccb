#include "models/domain/OfficeHours.h"

#include "models/domain/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace binhyen {

namespace {

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message);
}

QString hhmm(const QTime& t) {
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

Result<OfficeHours> OfficeHours::parse(const QString& periods, const QString& days) {
    static const QRegularExpression periodPattern(
        QStringLiteral("^(\\d{1,2}):(\\d{2})\\s*[-\u2013]\\s*(\\d{1,2}):(\\d{2})$"));
    OfficeHours hours;
    const QStringList periodParts = periods.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : periodParts) {
        const QString part = raw.trimmed();
        const auto m = periodPattern.match(part);
        const QTime from =
            m.hasMatch() ? QTime(m.captured(1).toInt(), m.captured(2).toInt()) : QTime();
        const QTime to =
            m.hasMatch() ? QTime(m.captured(3).toInt(), m.captured(4).toInt()) : QTime();
        if (!from.isValid() || !to.isValid())
            return invalid(
                QCoreApplication::translate(
                    "OfficeHours", "'%1' is not a period of office hours: write it as 07:30-11:30.")
                    .arg(part));
        if (from >= to)
            return invalid(QCoreApplication::translate("OfficeHours",
                                                       "In '%1' the end must come after the start.")
                               .arg(part));
        if (!hours.m_periods.isEmpty() && from < hours.m_periods.last().to)
            return invalid(
                QCoreApplication::translate(
                    "OfficeHours", "'%1' overlaps the period before it or is out of order.")
                    .arg(part));
        hours.m_periods.append({from, to});
    }
    if (hours.m_periods.isEmpty())
        return invalid(QCoreApplication::translate(
            "OfficeHours", "Give at least one period of office hours, e.g. 07:30-11:30."));

    for (const QString& raw : days.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int day = raw.trimmed().toInt(&ok);
        if (!ok || day < 1 || day > 7)
            return invalid(QCoreApplication::translate(
                               "OfficeHours", "'%1' is not a day: use 1 (Monday) to 7 (Sunday).")
                               .arg(raw.trimmed()));
        if (hours.m_days.contains(day))
            return invalid(
                QCoreApplication::translate("OfficeHours", "Day %1 is given twice.").arg(day));
        hours.m_days.append(day);
    }
    if (hours.m_days.isEmpty())
        return invalid(QCoreApplication::translate(
            "OfficeHours", "Give at least one office day, e.g. 1,2,3,4,5 (Monday to Friday)."));
    std::sort(hours.m_days.begin(), hours.m_days.end());
    return hours;
}

QString OfficeHours::periodsText() const {
    QStringList parts;
    for (const OfficePeriod& p : m_periods)
        parts << hhmm(p.from) + QLatin1Char('-') + hhmm(p.to);
    return parts.join(QLatin1Char(','));
}

QString OfficeHours::daysText() const {
    QStringList parts;
    for (int day : m_days)
        parts << QString::number(day);
    return parts.join(QLatin1Char(','));
}

QString OfficeHours::dayName(int day) {
    switch (day) {
    case 1:
        return QCoreApplication::translate("OfficeHours", "Monday");
    case 2:
        return QCoreApplication::translate("OfficeHours", "Tuesday");
    case 3:
        return QCoreApplication::translate("OfficeHours", "Wednesday");
    case 4:
        return QCoreApplication::translate("OfficeHours", "Thursday");
    case 5:
        return QCoreApplication::translate("OfficeHours", "Friday");
    case 6:
        return QCoreApplication::translate("OfficeHours", "Saturday");
    case 7:
        return QCoreApplication::translate("OfficeHours", "Sunday");
    default:
        return QString::number(day);
    }
}

QString OfficeHours::momentText(const QDateTime& at) {
    const QDateTime local = at.toTimeZone(Clock::stationZone());
    return QCoreApplication::translate("OfficeHours", "%1, %2 %3")
        .arg(hhmm(local.time()), dayName(local.date().dayOfWeek()),
             local.date().toString(QStringLiteral("dd/MM/yyyy")));
}

QString OfficeHours::describe() const {
    QStringList parts;
    for (const OfficePeriod& p : m_periods)
        parts << hhmm(p.from) + QChar(0x2013) + hhmm(p.to);
    // Consecutive days as a range: 1,2,3,4,5 → "Monday–Friday".
    for (int i = 0; i < m_days.size();) {
        int j = i;
        while (j + 1 < m_days.size() && m_days[j + 1] == m_days[j] + 1)
            ++j;
        if (j - i >= 2)
            parts << dayName(m_days[i]) + QChar(0x2013) + dayName(m_days[j]);
        else
            for (int k = i; k <= j; ++k)
                parts << dayName(m_days[k]);
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

bool OfficeHours::isOpen(const QDateTime& at) const {
    const QDateTime local = at.toTimeZone(Clock::stationZone());
    if (!m_days.contains(local.date().dayOfWeek()))
        return false;
    const QTime t = local.time();
    return std::any_of(m_periods.cbegin(), m_periods.cend(),
                       [&t](const OfficePeriod& p) { return p.from <= t && t < p.to; });
}

QDateTime OfficeHours::nextOpening(const QDateTime& at) const {
    const QDateTime local = at.toTimeZone(Clock::stationZone());
    if (m_periods.isEmpty() || m_days.isEmpty())
        return {};
    if (isOpen(local))
        return local;
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate date = local.date().addDays(offset);
        if (!m_days.contains(date.dayOfWeek()))
            continue;
        for (const OfficePeriod& p : m_periods) {
            const QDateTime start(date, p.from, Clock::stationZone());
            if (start >= local)
                return start;
        }
    }
    return {};
}

} // namespace binhyen
