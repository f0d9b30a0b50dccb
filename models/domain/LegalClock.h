#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace binhyen {

// One rule of the rules table as in force at a given time (RulesRepo loads them).
struct Rule {
    QString code;
    int value = 0;
    QString unit; // minutes | hours | days | months | flag
    QString description;
    QString legalSource;
    bool toConfirm = false;
};

struct RuleSet {
    QHash<QString, Rule> rules; // by code
    QSet<QDate> holidays;       // days off besides weekends
    bool remoteArea = false;    // station.remote_area

    const Rule* find(const QString& code) const;
};

// The facts of a tip that its legal clocks depend on.
struct TipClockFacts {
    QDateTime receivedAt;   // station time
    QString classification; // to_giac | tin_bao | kien_nghi | phan_anh | khong_antt | empty
    QString urgency;        // normal | urgent | immediate
    QString status;         // new | verifying | forwarded | resolved | suspended | closed …
    QDateTime forwardedAt;  // when forwarded (invalid if not)
    int extensions = 0;     // 0 none, 1 extended (2 months), 2 also extended by the procuracy
};

struct Deadline {
    QString code;        // the rule's code
    QDateTime due;       // station time
    QString description; // the rule's description (Vietnamese, from the table)
    QString legalSource;
    bool met = false; // the step was done (forwarded …)
    bool toConfirm = false;
};

// Legal clocks of a tip (DOMAIN-VN.md §1), computed from the rules table, never from literals:
// - immediate report (urgency "immediate"): tip.immediate_report after receipt;
// - forwarding a crime report to the investigating agency: tip.forward (tip.forward_remote when
//   the station is remote) after receipt, met once forwarded;
// - resolving a crime report: tip.resolve days, + tip.extension months once extended, +
//   tip.procuracy_extension months once the procuracy extends; the request for an extension is
//   due tip.extension_request_before days before the current deadline.
// Limits in hours or minutes run exactly. A limit in days does not count the day of receipt and
// ends at 24:00 of its last day (time.day_limit_ends_midnight); one that ends on a day off (a
// weekend or a holiday of the table) ends on the next working day (time.day_off_rollover).
// Only crime reports (tố giác, tin báo về tội phạm, kiến nghị khởi tố) run the procedural clocks.
class LegalClock {
public:
    explicit LegalClock(RuleSet rules);

    QList<Deadline> deadlines(const TipClockFacts& tip) const;
    // The earliest deadline not yet met (invalid due when none).
    Deadline next(const TipClockFacts& tip) const;

    // Day counting, exposed for tests and for cases: `days` after `start` (start day not
    // counted), ending at 24:00, rolled over days off when the flag rule says so.
    QDateTime afterDays(const QDateTime& start, int days) const;
    QDateTime afterMonths(const QDateTime& start, int months) const;
    bool isDayOff(const QDate& day) const;

    static bool isCrimeReport(const QString& classification);

private:
    QDateTime endOfDay(QDate day) const;
    QDateTime afterRule(const QDateTime& start, const Rule& rule) const;

    RuleSet m_rules;
};

} // namespace binhyen
