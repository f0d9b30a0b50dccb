#include "models/repo/demo/DemoMonths.h"

#include "models/domain/Clock.h"
#include "models/domain/Tip.h"
#include "models/repo/demo/DemoPhrases.h"
#include "models/repo/tips/TipRepo.h"
#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <numeric>

namespace binhyen::demo {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

Error demoError(const QSqlQuery& q) {
    return sqlError(q, QCoreApplication::translate("DemoRepo", "Generating the demo months"));
}

// Indices of `items` ordered by the time `key` gives (stable: equal times keep plan order).
template <typename T, typename Key> QList<int> chronological(const QList<T>& items, Key key) {
    QList<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return key(items.at(a)) < key(items.at(b)); });
    return order;
}

} // namespace

Months::Months(QSqlDatabase db, QDateTime now)
    : m_db(std::move(db))
    , m_now(now.toTimeZone(Clock::stationZone()))
    , m_rng(20200903u) {}

Result<void> Months::run() {
    if (auto loaded = load(); !loaded)
        return loaded;
    const QDate current(m_now.date().year(), m_now.date().month(), 1);
    for (int i = 4; i >= 0; --i)
        planMonth(current.addMonths(-i));
    planQueue();

    if (auto tips = insertTips(); !tips)
        return tips;
    for (int i : chronological(m_cases, [](const CasePlan& c) { return c.opened; })) {
        if (auto inserted = insertCase(m_cases[i]); !inserted)
            return inserted;
        if (auto events = insertCaseEvents(m_cases[i]); !events)
            return events;
    }
    for (int i : chronological(m_tips, [](const TipPlan& t) { return t.at; })) {
        if (auto settled = settleTip(m_tips[i]); !settled)
            return settled;
    }
    for (int i = 4; i >= 0; --i) {
        if (auto movement = insertMonthMovement(current.addMonths(-i)); !movement)
            return movement;
    }
    return {};
}

Result<void> Months::load() {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT p.id, p.kind, p.name, p.note, (SELECT z.model_id FROM "
                "movement_model_places mp JOIN zalo_groups z ON z.model_id = mp.model_id "
                "WHERE mp.place_id = p.id LIMIT 1) FROM places p WHERE p.valid_to IS NULL "
                "ORDER BY p.id"_s))
        return demoError(q);
    while (q.next()) {
        const QString note = q.value(3).toString();
        m_places.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                         note.section(u"thuộc "_s, 1).section(u" ("_s, 0, 0),
                         q.value(4).toLongLong()});
    }
    if (!q.exec(u"SELECT id, role FROM users WHERE active = 1 ORDER BY id"_s))
        return demoError(q);
    while (q.next()) {
        if (q.value(1).toString() == u"officer")
            m_officers.append(q.value(0).toLongLong());
        else if (q.value(1).toString() == u"chief" && m_chief == 0)
            m_chief = q.value(0).toLongLong();
    }
    if (m_places.isEmpty() || m_officers.isEmpty() || m_chief == 0)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("DemoRepo",
                                        "The demo story must be loaded before its recent months."));

    // Deadlines come from the rules table, never from literals.
    auto rule = [&](const QString& code, int* out) -> bool {
        q.prepare(u"SELECT value FROM rules WHERE code = ? AND unit = 'hours' AND "
                  "effective_from <= ? ORDER BY effective_from DESC LIMIT 1"_s);
        q.addBindValue(code);
        q.addBindValue(m_now.date().toString(Qt::ISODate));
        if (!q.exec())
            return false;
        if (q.next())
            *out = q.value(0).toInt();
        return true;
    };
    if (!rule(u"tip.forward"_s, &m_forwardHours) ||
        !rule(u"tip.immediate_report"_s, &m_immediateHours))
        return demoError(q);
    return {};
}

void Months::planMonth(const QDate& first) {
    const bool current =
        first.year() == m_now.date().year() && first.month() == m_now.date().month();
    const QDate last = current ? m_now.date() : first.addMonths(1).addDays(-1);
    int count = m_rng.bounded(15, 28);
    if (current)
        count = count * m_now.date().day() / first.daysInMonth();

    const QList<Scenario>& all = scenarios();
    int totalWeight = 0;
    for (const Scenario& s : all)
        totalWeight += s.weight;

    for (int k = 0; k < count; ++k) {
        TipPlan tip;
        tip.at = randomTimeIn(first, last);
        if (!tip.at.isValid())
            continue;
        int pick = m_rng.bounded(totalWeight);
        while (pick >= all.at(tip.scenario).weight)
            pick -= all.at(tip.scenario++).weight;
        const Scenario& s = all.at(tip.scenario);
        tip.place = m_rng.bounded(int(m_places.size()));
        tip.channel = s.channels.at(m_rng.bounded(int(s.channels.size())));
        if (tip.channel == u"zalo" && m_places.at(tip.place).zaloGroup == 0)
            tip.channel = u"phone"_s;
        tip.summary = s.summaries.at(m_rng.bounded(int(s.summaries.size())));
        tip.officer = officer();
        if (isCrime(s.classification)) {
            const int delay =
                chance(10) ? m_forwardHours + m_rng.bounded(2, 12) : m_rng.bounded(2, 20);
            tip.forwardedAt = tip.at.addSecs(delay * kHour);
        }
        m_tips.append(tip);
        if (!s.caseTitle.isEmpty() && chance(45))
            planCase(int(m_tips.size()) - 1);
    }
}

void Months::planQueue() {
    // A few tips of the last day and a half, still being verified: the duty queue and the
    // deadlines about to expire.
    const QStringList queue = {u"suspicious_person"_s, u"theft"_s, u"lost_property"_s};
    const QDateTime earliest(m_now.date().addMonths(-4).addDays(1 - m_now.date().day()),
                             QTime(0, 0), Clock::stationZone());
    for (const QString& category : queue) {
        TipPlan tip;
        const qint64 minutes = 5 * m_rng.bounded(12, 432);
        tip.at = m_now.addSecs(-60 * minutes);
        tip.at.setTime(QTime(tip.at.time().hour(), tip.at.time().minute()));
        if (tip.at < earliest)
            continue;
        while (scenarios().at(tip.scenario).category != category)
            ++tip.scenario;
        const Scenario& s = scenarios().at(tip.scenario);
        tip.place = m_rng.bounded(int(m_places.size()));
        tip.channel = s.channels.first();
        tip.summary = s.summaries.at(m_rng.bounded(int(s.summaries.size())));
        tip.officer = officer();
        m_tips.append(tip);
    }
}

void Months::planCase(int tipIndex) {
    const TipPlan first = m_tips.at(tipIndex);
    CasePlan c;
    c.firstTip = tipIndex;
    c.opened = first.at.addSecs(60 * m_rng.bounded(10, 41));
    if (c.opened >= m_now)
        return;
    const qint64 age = c.opened.secsTo(m_now);
    if (scenarios().at(first.scenario).category == u"fighting") {
        if (age > 2 * kDay) {
            c.solvedAt = c.opened.addSecs(kHour * m_rng.bounded(14, 26));
            c.closedAt = c.solvedAt.addSecs(2 * kHour);
        }
    } else if (age > 5 * kDay && chance(60)) {
        TipPlan f;
        f.at = c.opened.addSecs(kHour * m_rng.bounded(2, 30));
        f.scenario = first.scenario;
        f.place = m_rng.bounded(int(m_places.size()));
        f.channel = m_places.at(f.place).zaloGroup != 0 && chance(60) ? u"zalo"_s : u"phone"_s;
        f.summary = followUpSummaries().at(m_rng.bounded(int(followUpSummaries().size())));
        f.officer = officer();
        f.followUp = true;
        f.casePlan = int(m_cases.size());
        c.followTip = int(m_tips.size());
        m_tips.append(f);
        c.solvedAt = f.at.addSecs(60 * m_rng.bounded(60, 150));
        c.handedOver = QDateTime(c.solvedAt.date().addDays(1), QTime(8, 30), Clock::stationZone());
        c.closedAt = c.handedOver.addSecs(kHour);
        m_tips[tipIndex].forwardedAt = c.handedOver;
    }
    if (c.handedOver >= m_now)
        c.handedOver = {};
    if (c.closedAt >= m_now)
        c.closedAt = {};
    m_tips[tipIndex].casePlan = int(m_cases.size());
    m_cases.append(c);
}

Result<void> Months::insertTips() {
    TipRepo repo(m_db);
    for (int i : chronological(m_tips, [](const TipPlan& t) { return t.at; })) {
        TipPlan& plan = m_tips[i];
        const Scenario& s = scenarios().at(plan.scenario);
        const Place& place = m_places.at(plan.place);
        NewTip tip;
        tip.receivedAt = plan.at;
        tip.channel = plan.channel;
        if (plan.channel == u"zalo")
            tip.zaloGroupId = place.zaloGroup;
        tip.receivingOfficerId = plan.officer;
        if (plan.channel == u"in_person" || plan.channel == u"document") {
            tip.informantKind = u"identified"_s;
            tip.informantPseudonym = u"Người báo tin %1"_s.arg(i + 1, 3, 10, QLatin1Char('0'));
        }
        tip.placeId = place.id;
        tip.address = address(place, plan.at);
        tip.categoryCode = s.category;
        // A tip received in the last hour is not classified yet.
        if (plan.at.secsTo(m_now) > kHour)
            tip.classification = plan.followUp ? u"tin_bao"_s : s.classification;
        tip.urgency = plan.followUp ? u"immediate"_s : s.urgency;
        tip.summary = plan.summary;
        if (isCrime(tip.classification))
            tip.dueAt = plan.at.addSecs(
                kHour * (tip.urgency == u"immediate" ? m_immediateHours : m_forwardHours));
        tip.createdBy = plan.officer;
        tip.createdAt = plan.at.addSecs(60 * m_rng.bounded(2, 10));
        if (tip.createdAt > m_now)
            tip.createdAt = m_now;
        auto id = repo.insert(tip);
        if (!id)
            return id.error();
        plan.id = id.value();
    }
    return {};
}

QDateTime Months::randomTimeIn(const QDate& first, const QDate& last) {
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QDate day = first.addDays(m_rng.bounded(int(first.daysTo(last)) + 1));
        const int hour = chance(85) ? m_rng.bounded(6, 22) : (22 + m_rng.bounded(8)) % 24;
        const QDateTime at(day, QTime(hour, 5 * m_rng.bounded(12)), Clock::stationZone());
        if (at < m_now)
            return at;
    }
    return {};
}

QString Months::address(const Place& place, const QDateTime& at) const {
    const QString hamlet = placeKindLabel(place.kind) + u' ' + place.name;
    if (at.date() >= QDate(2025, 7, 1) || place.former.isEmpty())
        return hamlet + u", xã Đất Đỏ"_s;
    return hamlet + u", "_s + place.former;
}

QString Months::forwardBody(const QDate& on) {
    if (on >= QDate(2025, 7, 1))
        return u"Cơ quan Cảnh sát điều tra Công an Thành phố Hồ Chí Minh"_s;
    if (on >= QDate(2025, 3, 1))
        return u"Cơ quan Cảnh sát điều tra Công an tỉnh Bà Rịa - Vũng Tàu"_s;
    if (on >= QDate(2025, 1, 1))
        return u"Cơ quan Cảnh sát điều tra Công an huyện Long Đất"_s;
    return u"Cơ quan Cảnh sát điều tra Công an huyện Đất Đỏ"_s;
}

QString Months::personName() {
    auto pick = [&](const QStringList& list) {
        return list.at(m_rng.bounded(int(list.size())));
    };
    return pick(surnames()) + u' ' + pick(middleNames()) + u' ' + pick(givenNames());
}

QString Months::text(const QDateTime& at) const {
    return stationTimeText(at);
}

Result<qint64> Months::exec(const QString& sql, const QVariantList& values) {
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return demoError(q);
    for (const QVariant& value : values)
        q.addBindValue(value);
    if (!q.exec())
        return demoError(q);
    return q.lastInsertId().toLongLong();
}

} // namespace binhyen::demo
