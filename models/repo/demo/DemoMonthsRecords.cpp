// Months (DemoMonths.h): writing the planned cases, timelines, tip outcomes and movement records.
#include "models/domain/Clock.h"
#include "models/domain/Tip.h"
#include "models/repo/demo/DemoMonths.h"
#include "models/repo/demo/DemoPhrases.h"

#include <QSqlQuery>

namespace binhyen::demo {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}

QVariant orNull(const QString& text) {
    return text.isEmpty() ? nullText() : QVariant(text);
}

} // namespace

QDateTime Months::reviewTime(const CasePlan& plan) const {
    // The chief reviews a closure two hours later; closures of the last week still wait
    // for approval, so the chief's queue is not empty.
    if (!plan.closedAt.isValid() || plan.closedAt.addDays(7) > m_now)
        return {};
    return plan.closedAt.addSecs(2 * kHour);
}

Result<void> Months::insertCase(CasePlan& plan) {
    const TipPlan& tip = m_tips.at(plan.firstTip);
    const Scenario& s = scenarios().at(tip.scenario);
    const Place& place = m_places.at(tip.place);
    const bool fighting = s.category == u"fighting";
    const bool solved = plan.solvedAt.isValid() && plan.solvedAt < m_now;
    const bool closed = plan.closedAt.isValid();
    const QDateTime reviewedAt = reviewTime(plan);
    const bool reviewed = reviewedAt.isValid();

    // A closure waits for the chief's approval: until then the case keeps its status and the
    // proposal (review_status 'pending'); only the chief's approval closes it.
    QString status = u"verifying"_s;
    QString outcome;
    if (closed && reviewed)
        status = u"closed"_s;
    else if (solved)
        status = u"clarified"_s;
    else if (!fighting && tip.forwardedAt.isValid() && tip.forwardedAt < m_now)
        status = u"forwarded"_s;
    if (solved && fighting)
        outcome = s.outcomes.last();
    else if (solved)
        outcome = u"Đối tượng thừa nhận hành vi; đã bàn giao đối tượng, tang vật và hồ sơ cho "_s +
                  forwardBody(plan.solvedAt.date()) + u". Làm rõ nhờ tin báo của quần chúng."_s;
    else if (status == u"forwarded")
        outcome = u"Đã chuyển nguồn tin cho "_s + forwardBody(tip.forwardedAt.date()) +
                  u"; tiếp tục phối hợp truy xét."_s;

    QDateTime updated = plan.opened;
    for (const QDateTime& t : {plan.solvedAt, plan.closedAt, reviewedAt, tip.forwardedAt}) {
        if (t.isValid() && t < m_now && t > updated)
            updated = t;
    }
    const QString opened = text(plan.opened);
    const int year = plan.opened.date().year();
    auto id =
        exec(u"INSERT INTO cases (year, seq, title, case_type, occurred_at, opened_at, place_id, "
             u"address, "
             "summary, assigned_officer_id, status, outcome, solved, solved_at, closed_at, "
             "review_status, "
             "review_comment, reviewed_by, reviewed_at, created_at, updated_at, created_by, "
             "closure_proposed_by, closure_proposed_at, proposed_solved) "
             "SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
             "?, ?, "
             "?, ?, ?, ?, ? FROM cases WHERE year = ?"_s,
             {year,
              QString(s.caseTitle + u" tại "_s + placeKindLabel(place.kind) + u' ' + place.name),
              s.category,
              text(tip.at.addSecs(-60 * m_rng.bounded(10, 60))),
              opened,
              place.id,
              address(place, tip.at),
              QString(tip.summary + u'.'),
              tip.officer,
              status,
              orNull(outcome),
              solved ? 1 : 0,
              solved ? QVariant(text(plan.solvedAt)) : nullText(),
              closed && reviewed ? QVariant(text(plan.closedAt)) : nullText(),
              reviewed ? QVariant(u"approved"_s)
              : closed ? QVariant(u"pending"_s)
                       : nullText(),
              reviewed && plan.followTip >= 0
                  ? QVariant(u"Đồng ý kết thúc. Biểu dương quần chúng cung cấp tin có giá trị."_s)
                  : nullText(),
              reviewed ? QVariant(m_chief) : QVariant(QMetaType::fromType<qlonglong>()),
              reviewed ? QVariant(text(reviewedAt)) : nullText(),
              opened,
              text(updated),
              tip.officer,
              closed ? QVariant(tip.officer) : QVariant(QMetaType::fromType<qlonglong>()),
              closed ? QVariant(text(plan.closedAt)) : nullText(),
              closed ? QVariant(solved ? 1 : 0) : QVariant(QMetaType::fromType<qlonglong>()),
              year});
    if (!id)
        return id.error();
    plan.id = id.value();
    QSqlQuery q(m_db);
    q.prepare(u"SELECT number FROM cases WHERE id = ?"_s);
    q.addBindValue(plan.id);
    if (q.exec() && q.next())
        plan.number = q.value(0).toString();

    const bool helped = solved && plan.followTip >= 0;
    const QString linkSql = u"INSERT INTO tip_case_links (tip_id, case_id, contributed, note, "
                            "linked_at, linked_by) VALUES (?, ?, ?, ?, ?, ?)"_s;
    if (auto link = exec(
            linkSql, {tip.id, plan.id, helped ? 1 : 0, u"Tin báo ban đầu."_s, opened, tip.officer});
        !link)
        return link.error();
    if (plan.followTip >= 0) {
        const TipPlan& follow = m_tips.at(plan.followTip);
        if (auto link =
                exec(linkSql, {follow.id, plan.id, 1, u"Xác định vị trí đối tượng nghi vấn."_s,
                               text(follow.at.addSecs(5 * 60)), follow.officer});
            !link)
            return link.error();
        const Place& home = m_places.at(m_rng.bounded(int(m_places.size())));
        const QDateTime broughtIn = follow.at.addSecs(30 * 60);
        auto person = exec(u"INSERT INTO persons (full_name, birth_year, address, place_id, "
                           "created_at) VALUES (?, ?, ?, ?, ?)"_s,
                           {personName(), 1975 + m_rng.bounded(30), address(home, broughtIn),
                            home.id, text(broughtIn)});
        if (!person)
            return person.error();
        if (auto suspect =
                exec(u"INSERT INTO case_persons (case_id, person_id, role, identified_at, "
                     "arrested_at, caught_in_act, handed_over_at) "
                     "VALUES (?, ?, 'suspect', ?, ?, 0, ?)"_s,
                     {plan.id, person.value(), text(broughtIn), text(plan.solvedAt),
                      orNull(text(plan.handedOver))});
            !suspect)
            return suspect.error();
    }
    return {};
}

Result<void> Months::insertCaseEvents(const CasePlan& plan) {
    struct Event {
        QDateTime at;
        QString kind;
        qint64 officer;
        qint64 tip;
        QString note;
    };
    const TipPlan& tip = m_tips.at(plan.firstTip);
    const bool fighting = scenarios().at(tip.scenario).category == u"fighting";
    QList<Event> events = {
        {plan.opened, u"tip_linked"_s, tip.officer, tip.id,
         u"Mở vụ việc từ tin báo tiếp nhận lúc %1."_s.arg(tip.at.toString(u"HH:mm dd/MM/yyyy"_s))},
        {plan.opened.addSecs(20 * 60), u"scene_visit"_s, tip.officer, 0,
         u"Tổ công tác đến hiện trường, ghi nhận thông tin ban đầu."_s},
    };
    if (!fighting && chance(60)) {
        events.append(
            {plan.opened.addSecs(60 * 60), u"camera_extract"_s, tip.officer, 0,
             u"Trích xuất camera an ninh khu vực, xác định đặc điểm đối tượng nghi vấn."_s});
        events.append({plan.opened.addSecs(90 * 60), u"zalo_notice"_s, tip.officer, 0,
                       u"Đăng đặc điểm nhận dạng đối tượng lên các nhóm Zalo ấp, khu phố."_s});
    }
    if (plan.followTip >= 0) {
        const TipPlan& follow = m_tips.at(plan.followTip);
        events.append({follow.at, u"suspect_located"_s, follow.officer, follow.id,
                       u"Tin báo của người dân xác định vị trí đối tượng nghi vấn."_s});
        events.append({follow.at.addSecs(30 * 60), u"brought_in"_s, follow.officer, 0,
                       u"Cùng lực lượng tham gia bảo vệ ANTT ở cơ sở mời đối tượng về trụ sở."_s});
        events.append(
            {plan.solvedAt, u"statement"_s, tip.officer, 0, u"Đối tượng thừa nhận hành vi."_s});
        events.append({plan.handedOver, u"handed_over"_s, tip.officer, 0,
                       u"Bàn giao đối tượng, tang vật và hồ sơ cho "_s +
                           forwardBody(plan.solvedAt.date()) + u'.'});
    } else if (!fighting && tip.forwardedAt.isValid()) {
        events.append({tip.forwardedAt, u"handed_over"_s, tip.officer, 0,
                       u"Chuyển nguồn tin cho "_s + forwardBody(tip.forwardedAt.date()) + u'.'});
    }
    if (fighting && plan.solvedAt.isValid())
        events.append({plan.solvedAt, u"outcome"_s, tip.officer, 0,
                       scenarios().at(tip.scenario).outcomes.last()});
    if (plan.closedAt.isValid()) {
        if (!fighting)
            events.append({plan.closedAt, u"outcome"_s, tip.officer, 0,
                           u"Đề nghị kết thúc vụ việc: đã làm rõ."_s});
        events.append({reviewTime(plan), u"review"_s, m_chief, 0,
                       u"Trưởng Công an xã duyệt kết thúc vụ việc."_s});
    }
    for (const Event& e : events) {
        if (!e.at.isValid() || e.at >= m_now)
            continue;
        auto id = exec(u"INSERT INTO case_events (case_id, occurred_at, kind, officer_id, tip_id, "
                       "note) VALUES (?, ?, ?, ?, ?, ?)"_s,
                       {plan.id, text(e.at), e.kind, e.officer,
                        e.tip > 0 ? QVariant(e.tip) : QVariant(QMetaType::fromType<qlonglong>()),
                        e.note});
        if (!id)
            return id.error();
    }
    return {};
}

Result<void> Months::settleTip(const TipPlan& tip) {
    const Scenario& s = scenarios().at(tip.scenario);
    const qint64 age = tip.at.secsTo(m_now);
    const CasePlan* linked = tip.casePlan >= 0 ? &m_cases.at(tip.casePlan) : nullptr;
    const bool caseSolved = linked && linked->solvedAt.isValid() && linked->solvedAt < m_now;
    QString status = age > kHour ? u"verifying"_s : u"new"_s;
    QString outcome;
    QVariant forwardedTo = nullText(), forwardedAt = nullText(), slip = nullText();
    bool valuable = false;
    QDateTime updated = tip.at;

    if (tip.followUp && caseSolved) {
        status = u"closed"_s;
        outcome = u"Xác định được đối tượng nghi vấn; nhập hồ sơ vụ việc %1."_s.arg(linked->number);
        valuable = true;
        updated = linked->solvedAt;
    } else if (isCrime(s.classification) && !tip.followUp) {
        if (tip.forwardedAt.isValid() && tip.forwardedAt < m_now) {
            status = u"forwarded"_s;
            forwardedTo = forwardBody(tip.forwardedAt.date());
            forwardedAt = text(tip.forwardedAt);
            const int year = tip.forwardedAt.date().year();
            slip = u"%1/PC-CAX"_s.arg(++m_slips[year], 2, 10, QLatin1Char('0'));
            valuable = caseSolved;
            if (caseSolved)
                outcome = u"Đối tượng bị bắt giữ; chuyển tin cùng hồ sơ vụ việc %1."_s.arg(
                    linked->number);
            updated = tip.forwardedAt;
        }
    } else if (age > 2 * kDay) {
        status = chance(70) ? u"resolved"_s : u"closed"_s;
        outcome = caseSolved
                      ? s.outcomes.last()
                      : s.outcomes.value(m_rng.bounded(int(qMax(1, int(s.outcomes.size())))));
        valuable = !s.resultKind.isEmpty();
        updated = tip.at.addSecs(kDay);
        if (valuable) {
            // Value in VND: returned property always, documents when cash came with them.
            qint64 value = 0;
            if (s.resultKind == u"property_returned")
                value = 100000LL * m_rng.bounded(10, 150);
            else if (s.resultKind == u"documents_returned" && chance(40))
                value = 100000LL * m_rng.bounded(3, 30);
            auto result =
                exec(u"INSERT INTO results (occurred_on, kind, count, value_vnd, place_id, "
                     "tip_id, officer_id, note) VALUES (?, ?, 1, ?, ?, ?, ?, ?)"_s,
                     {updated.date().toString(Qt::ISODate), s.resultKind,
                      value > 0 ? QVariant(value) : QVariant(QMetaType::fromType<qlonglong>()),
                      m_places.at(tip.place).id, tip.id, tip.officer, outcome});
            if (!result)
                return result.error();
        }
    }
    if (status == u"new")
        return {};
    if (updated > m_now)
        updated = m_now;
    auto done =
        exec(u"UPDATE tips SET status = ?, outcome = ?, forwarded_to = ?, forwarded_at = ?, "
             "forward_slip_no = ?, valuable = ?, updated_at = ? WHERE id = ?"_s,
             {status, orNull(outcome), forwardedTo, forwardedAt, slip, valuable ? 1 : 0,
              text(updated), tip.id});
    if (!done)
        return done.error();
    return {};
}

Result<void> Months::insertMonthMovement(const QDate& first) {
    const QDate last = qMin(first.addMonths(1).addDays(-1), m_now.date());
    auto day = [&] {
        return first.addDays(m_rng.bounded(int(first.daysTo(last)) + 1)).toString(Qt::ISODate);
    };
    auto topic = [&] {
        return meetingTopics().at(m_rng.bounded(int(meetingTopics().size())));
    };
    const QString activitySql =
        u"INSERT INTO activities (held_on, kind, place_id, model_id, title, "
        "attendance, officer_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
    const int meetings = m_rng.bounded(2, 5);
    for (int i = 0; i < meetings; ++i) {
        const Place& p = m_places.at(m_rng.bounded(int(m_places.size())));
        const QString title =
            u"Họp dân "_s + placeKindLabel(p.kind) + u' ' + p.name + u": "_s + topic();
        if (auto a = exec(activitySql, {day(), u"meeting"_s, p.id,
                                        p.zaloGroup ? QVariant(p.zaloGroup)
                                                    : QVariant(QMetaType::fromType<qlonglong>()),
                                        title, m_rng.bounded(35, 96), officer()});
            !a)
            return a.error();
    }
    if (chance(60)) {
        const Place& p = m_places.at(m_rng.bounded(int(m_places.size())));
        if (auto a = exec(activitySql,
                          {day(), u"propaganda"_s, p.id, QVariant(QMetaType::fromType<qlonglong>()),
                           QString(u"Tuyên truyền lưu động: "_s + topic()), m_rng.bounded(80, 200),
                           officer()});
            !a)
            return a.error();
    }
    const QString resultSql =
        u"INSERT INTO results (occurred_on, kind, count, place_id, officer_id, "
        "note) VALUES (?, ?, ?, ?, ?, ?)"_s;
    if (chance(50)) {
        if (auto r =
                exec(resultSql, {day(), u"weapons_handed_in"_s, m_rng.bounded(1, 4),
                                 m_places.at(m_rng.bounded(int(m_places.size()))).id, officer(),
                                 u"Người dân tự nguyện giao nộp vũ khí thô sơ, công cụ hỗ trợ."_s});
            !r)
            return r.error();
    }
    if (chance(15)) {
        if (auto r =
                exec(resultSql,
                     {day(), u"surrender"_s, 1, m_places.at(m_rng.bounded(int(m_places.size()))).id,
                      officer(), u"Vận động 01 người có hành vi vi phạm pháp luật ra đầu thú."_s});
            !r)
            return r.error();
    }
    QList<qint64> groups;
    for (const Place& p : m_places) {
        if (p.zaloGroup)
            groups.append(p.zaloGroup);
    }
    const QString moderationSql = u"INSERT INTO zalo_moderation (group_id, on_date, action, count, "
                                  "officer_id, note) VALUES (?, ?, ?, ?, ?, ?)"_s;
    const int warnings = groups.isEmpty() ? 0 : m_rng.bounded(1, 4);
    for (int i = 0; i < warnings; ++i) {
        const QString& note = moderationNotes().at(m_rng.bounded(int(moderationNotes().size())));
        if (auto m = exec(moderationSql, {groups.at(m_rng.bounded(int(groups.size()))), day(),
                                          u"warned"_s, m_rng.bounded(1, 4), officer(), note});
            !m)
            return m.error();
    }
    if (!groups.isEmpty() && chance(30)) {
        if (auto m = exec(moderationSql,
                          {groups.at(m_rng.bounded(int(groups.size()))), day(), u"removed"_s, 1,
                           officer(), u"Tái phạm sau khi đã nhắc nhở."_s});
            !m)
            return m.error();
    }
    return {};
}

} // namespace binhyen::demo
