#include "models/domain/LegalClock.h"

#include "models/domain/Clock.h"

#include <algorithm>

namespace binhyen {

const Rule* RuleSet::find(const QString& code) const {
    const auto it = rules.constFind(code);
    return it == rules.constEnd() ? nullptr : &*it;
}

LegalClock::LegalClock(RuleSet rules)
    : m_rules(std::move(rules)) {}

bool LegalClock::isCrimeReport(const QString& classification) {
    return classification == QLatin1String("to_giac") ||
           classification == QLatin1String("tin_bao") ||
           classification == QLatin1String("kien_nghi");
}

bool LegalClock::isDayOff(const QDate& day) const {
    return day.dayOfWeek() >= 6 || m_rules.holidays.contains(day);
}

QDateTime LegalClock::endOfDay(QDate day) const {
    const Rule* rollover = m_rules.find(QStringLiteral("time.day_off_rollover"));
    if (rollover && rollover->value != 0) {
        for (int guard = 0; guard < 60 && isDayOff(day); ++guard)
            day = day.addDays(1);
    }
    // 24:00 of the last day, written as the last second of that day.
    return QDateTime(day, QTime(23, 59, 59), Clock::stationZone());
}

QDateTime LegalClock::afterDays(const QDateTime& start, int days) const {
    const QDate startDay = start.toTimeZone(Clock::stationZone()).date();
    const Rule* midnight = m_rules.find(QStringLiteral("time.day_limit_ends_midnight"));
    if (midnight && midnight->value == 0)
        return start.addDays(days);
    return endOfDay(startDay.addDays(days));
}

QDateTime LegalClock::afterMonths(const QDateTime& start, int months) const {
    const QDate startDay = start.toTimeZone(Clock::stationZone()).date();
    return endOfDay(startDay.addMonths(months));
}

QDateTime LegalClock::afterRule(const QDateTime& start, const Rule& rule) const {
    if (rule.unit == QLatin1String("minutes"))
        return start.addSecs(qint64(rule.value) * 60);
    if (rule.unit == QLatin1String("hours"))
        return start.addSecs(qint64(rule.value) * 3600);
    if (rule.unit == QLatin1String("days"))
        return afterDays(start, rule.value);
    if (rule.unit == QLatin1String("months"))
        return afterMonths(start, rule.value);
    return {};
}

QList<Deadline> LegalClock::deadlines(const TipClockFacts& tip) const {
    QList<Deadline> out;
    if (!tip.receivedAt.isValid())
        return out;
    auto add = [&](const QString& code, const QDateTime& due, bool met) {
        const Rule* rule = m_rules.find(code);
        if (!rule || !due.isValid())
            return;
        out.append({code, due, rule->description, rule->legalSource, met, rule->toConfirm});
    };
    auto ruleDue = [&](const QString& code, const QDateTime& from) {
        const Rule* rule = m_rules.find(code);
        return rule ? afterRule(from, *rule) : QDateTime();
    };
    const bool closed =
        tip.status == QLatin1String("resolved") || tip.status == QLatin1String("closed");
    if (tip.urgency == QLatin1String("immediate"))
        add(QStringLiteral("tip.immediate_report"),
            ruleDue(QStringLiteral("tip.immediate_report"), tip.receivedAt),
            tip.forwardedAt.isValid() || closed || tip.status != QLatin1String("new"));
    if (!isCrimeReport(tip.classification))
        return out;

    const QString forward =
        m_rules.remoteArea ? QStringLiteral("tip.forward_remote") : QStringLiteral("tip.forward");
    add(forward, ruleDue(forward, tip.receivedAt), tip.forwardedAt.isValid() || closed);

    QDateTime resolve = ruleDue(QStringLiteral("tip.resolve"), tip.receivedAt);
    if (tip.extensions >= 1 && resolve.isValid())
        resolve = ruleDue(QStringLiteral("tip.extension"), resolve);
    if (tip.extensions >= 2 && resolve.isValid())
        resolve = ruleDue(QStringLiteral("tip.procuracy_extension"), resolve);
    const bool done = closed || tip.status == QLatin1String("suspended");
    add(QStringLiteral("tip.resolve"), resolve, done);
    if (tip.extensions < 2 && resolve.isValid()) {
        if (const Rule* before = m_rules.find(QStringLiteral("tip.extension_request_before"))) {
            const QDateTime request = QDateTime(resolve.date().addDays(-before->value),
                                                QTime(23, 59, 59), Clock::stationZone());
            add(QStringLiteral("tip.extension_request_before"), request, done);
        }
    }
    return out;
}

Deadline LegalClock::next(const TipClockFacts& tip) const {
    Deadline best;
    for (const Deadline& d : deadlines(tip)) {
        if (!d.met && (!best.due.isValid() || d.due < best.due))
            best = d;
    }
    return best;
}

} // namespace binhyen
