// Cases, their linked tips and persons, and each tip's settlement (GenerateSteps.h), with the
// columns and SQL of CaseRepo, CaseLinkRepo, CasePersonRepo, PersonRepo and TipWorkflowRepo (as
// the demo writes them, models/repo/demo/DemoMonthsRecords.cpp).
#include "models/repo/demo/DemoPhrases.h"
#include "tests/bench/GenerateSteps.h"

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

// Rows [index*part/total, (index+1)*part/total) fall on item `index`: exactly `part` in all.
qint64 share(qint64 index, qint64 total, qint64 part) {
    if (total <= 0)
        return 0;
    return (index + 1) * part / total - index * part / total;
}

QVariant timeOrNull(const QDateTime& t) {
    return t.isValid() && t < generatedNow() ? QVariant(stationText(t)) : nullText();
}

} // namespace

CaseFactory::CaseFactory(QSqlDatabase db, const GenerateCounts& counts, QList<BenchPlace> places,
                         qint64 officerId, qint64 chiefId)
    : m_db(db)
    , m_counts(counts)
    , m_places(std::move(places))
    , m_officer(officerId)
    , m_chief(chiefId)
    , m_rng(counts.seed ^ 0x63617365U)
    , m_case(db, u"INSERT INTO cases (year, seq, title, case_type, occurred_at, opened_at, "
                 "place_id, address, summary, assigned_officer_id, status, outcome, solved, "
                 "solved_at, closed_at, review_status, review_comment, reviewed_by, reviewed_at, "
                 "created_at, updated_at, created_by, closure_proposed_by, closure_proposed_at, "
                 "proposed_solved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                 "?, ?, ?, ?, ?, ?, ?)"_s)
    , m_link(db, u"INSERT INTO tip_case_links (tip_id, case_id, contributed, note, linked_at, "
                 "linked_by) VALUES (?, ?, ?, ?, ?, ?)"_s)
    , m_event(db, u"INSERT INTO case_events (case_id, occurred_at, kind, officer_id, tip_id, "
                  "note) VALUES (?, ?, ?, ?, ?, ?)"_s)
    , m_person(db, u"INSERT INTO persons (full_name, birth_year, id_number, phone, address, "
                   "place_id, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
    , m_casePerson(db, u"INSERT INTO case_persons (case_id, person_id, role, identified_at, "
                       "arrested_at, caught_in_act, surrendered_at, handed_over_at, note) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
    , m_settle(db, u"UPDATE tips SET status = ?, closure = ?, duplicate_of = ?, outcome = ?, "
                   "forwarded_to = ?, forwarded_at = ?, forward_slip_no = ?, valuable = ?, "
                   "updated_at = ? WHERE id = ?"_s) {}

QString CaseFactory::personName() {
    return demo::surnames().at(pick(int(demo::surnames().size()))) + u' ' +
           demo::middleNames().at(pick(int(demo::middleNames().size()))) + u' ' +
           demo::givenNames().at(pick(int(demo::givenNames().size())));
}

Result<void> CaseFactory::afterTip(qint64 index, qint64 tipId, const NewTip& tip,
                                   GeneratedRows& rows) {
    const bool opens = share(index, m_counts.tips, m_counts.cases) > 0;
    if (opens) {
        if (auto c = openCase(tipId, tip, rows); !c)
            return c;
    } else if (!m_recent.isEmpty() && chance(8)) {
        if (auto l = linkToRecentCase(tipId, tip, rows); !l)
            return l;
    }
    if (auto s = settleTip(tipId, tip, opens, rows); !s)
        return s;
    for (qint64 n = share(index, m_counts.tips, m_counts.persons); n > 0; --n) {
        if (auto p = addPerson(tip, rows); !p)
            return p;
    }
    return {};
}

Result<void> CaseFactory::openCase(qint64 tipId, const NewTip& tip, GeneratedRows& rows) {
    const QDateTime now = generatedNow();
    const QDateTime opened = tip.receivedAt.addSecs(600 + pick(3 * 3600));
    const qint64 age = opened.secsTo(now);
    const int year = opened.date().year();
    const int seq = ++m_caseSeq[year];
    const int r = pick(100);
    QString status = u"verifying"_s, review, comment, outcome;
    QDateTime solvedAt, closedAt, reviewedAt, proposedAt;
    bool proposedSolved = false;
    if (age < 2 * kDay) {
        // Opened in the last two days: still being verified.
    } else if (age < 20 * kDay) {
        if (r < 10) {
            status = u"clarified"_s;
            solvedAt = opened.addSecs(kHour + pick(int(qMax<qint64>(kHour, age - 2 * kHour))));
        } else if (r < 30) {
            review = u"pending"_s;
            proposedAt = opened.addSecs(qMin<qint64>(age - kHour, 2 * kDay));
        }
    } else if (r < 50) {
        status = u"closed"_s;
        proposedSolved = chance(60);
        if (proposedSolved)
            solvedAt = opened.addSecs(2 * kDay + pick(13 * int(kDay)));
        closedAt = proposedSolved ? solvedAt.addSecs(kDay)
                                  : opened.addSecs(10 * kDay + pick(9 * int(kDay)));
        proposedAt = closedAt;
        review = u"approved"_s;
        reviewedAt = closedAt.addSecs(2 * kHour);
        outcome = proposedSolved ? u"Đã làm rõ đối tượng; bàn giao hồ sơ cho "_s +
                                       forwardBody(closedAt.date()) + u'.'
                                 : u"Không đủ căn cứ xác định đối tượng; kết thúc xác minh."_s;
    } else if (r < 70) {
        status = u"forwarded"_s;
        outcome = u"Đã chuyển nguồn tin cho "_s + forwardBody(opened.date()) +
                  u"; tiếp tục phối hợp truy xét."_s;
    } else if (r < 80) {
        status = u"clarified"_s;
        solvedAt = opened.addSecs(kDay + pick(10 * int(kDay)));
        outcome = u"Đối tượng thừa nhận hành vi. Làm rõ nhờ tin báo của quần chúng."_s;
    } else if (r < 90) {
        status = u"suspended"_s;
        outcome = u"Tạm đình chỉ: chưa xác định được đối tượng."_s;
    } else if (r < 95) {
        review = u"returned"_s;
        proposedAt = opened.addSecs(5 * kDay);
        reviewedAt = proposedAt.addSecs(3 * kHour);
        comment = u"Đề nghị bổ sung lời khai nhân chứng trước khi kết thúc."_s;
    }
    QDateTime updated = opened;
    for (const QDateTime& t : {solvedAt, closedAt, reviewedAt, proposedAt}) {
        if (t.isValid() && t > updated)
            updated = t;
    }
    const bool proposal = proposedAt.isValid();
    auto id =
        m_case.run({year,
                    seq,
                    tip.summary,
                    tip.categoryCode,
                    stationText(tip.receivedAt.addSecs(-1800)),
                    stationText(opened),
                    tip.placeId ? QVariant(*tip.placeId) : nullId(),
                    tip.address,
                    QString(tip.summary + u'.'),
                    m_officer,
                    status,
                    outcome.isEmpty() ? nullText() : QVariant(outcome),
                    solvedAt.isValid() ? 1 : 0,
                    solvedAt.isValid() ? QVariant(stationText(solvedAt)) : nullText(),
                    closedAt.isValid() ? QVariant(stationText(closedAt)) : nullText(),
                    review.isEmpty() ? nullText() : QVariant(review),
                    comment.isEmpty() ? nullText() : QVariant(comment),
                    reviewedAt.isValid() ? QVariant(m_chief) : nullId(),
                    reviewedAt.isValid() ? QVariant(stationText(reviewedAt)) : nullText(),
                    stationText(opened),
                    stationText(qMin(updated, now.addSecs(-1))),
                    m_officer,
                    proposal ? QVariant(m_officer) : nullId(),
                    proposal ? QVariant(stationText(proposedAt)) : nullText(),
                    proposal ? QVariant(proposedSolved || solvedAt.isValid() ? 1 : 0) : nullId()});
    if (!id)
        return id.error();
    ++rows.cases;
    if (auto l = m_link.run({tipId, id.value(), solvedAt.isValid() ? 1 : 0, u"Tin báo ban đầu."_s,
                             stationText(opened), m_officer});
        !l)
        return l.error();
    ++rows.caseLinks;
    struct Event {
        QDateTime at;
        QString kind;
        qint64 officer;
        QVariant tip;
        QString note;
    };
    const QList<Event> events = {
        {opened, u"tip_linked"_s, m_officer, tipId, u"Mở vụ việc từ tin báo."_s},
        {opened.addSecs(1800), u"scene_visit"_s, m_officer, nullId(),
         u"Tổ công tác đến hiện trường, ghi nhận thông tin ban đầu."_s},
        {closedAt, u"outcome"_s, m_officer, nullId(), u"Đề nghị kết thúc vụ việc."_s},
        {reviewedAt, u"review"_s, m_chief, nullId(),
         u"Trưởng Công an xã xem xét đề nghị kết thúc."_s},
    };
    for (const Event& e : events) {
        if (!e.at.isValid() || e.at >= now)
            continue;
        if (auto ev =
                m_event.run({id.value(), stationText(e.at), e.kind, e.officer, e.tip, e.note});
            !ev)
            return ev.error();
        ++rows.caseEvents;
    }
    m_recent.append({id.value(), opened, 0});
    if (m_recent.size() > 20)
        m_recent.removeFirst();
    return {};
}

Result<void> CaseFactory::linkToRecentCase(qint64 tipId, const NewTip& tip, GeneratedRows& rows) {
    const OpenCase& c = m_recent.at(pick(int(m_recent.size())));
    const QDateTime at = qMax(tip.receivedAt, c.opened).addSecs(900);
    if (at >= generatedNow())
        return {};
    if (auto l = m_link.run({tipId, c.id, chance(40) ? 1 : 0, u"Tin báo bổ sung, cùng đối tượng."_s,
                             stationText(at), m_officer});
        !l)
        return l.error();
    ++rows.caseLinks;
    if (auto ev = m_event.run({c.id, stationText(at), u"tip_linked"_s, m_officer, tipId,
                               u"Liên kết tin báo bổ sung."_s});
        !ev)
        return ev.error();
    ++rows.caseEvents;
    return {};
}

Result<void> CaseFactory::addPerson(const NewTip& tip, GeneratedRows& rows) {
    const BenchPlace* home =
        m_places.isEmpty() ? nullptr : &m_places.at(pick(int(m_places.size())));
    QString idNumber;
    if (chance(60))
        idNumber = u"077%1%2"_s.arg(pick(2)).arg(pick(100000000), 8, 10, QLatin1Char('0'));
    QString phone;
    if (chance(50))
        phone = u"09%1"_s.arg(pick(100000000), 8, 10, QLatin1Char('0'));
    auto person = m_person.run(
        {personName(), 1950 + pick(58), idNumber.isEmpty() ? nullText() : QVariant(idNumber),
         phone.isEmpty() ? nullText() : QVariant(phone),
         home ? QVariant(home->line + u", xã Đất Đỏ"_s) : nullText(),
         home ? QVariant(home->id) : nullId(), nullText(), stationText(tip.createdAt)});
    if (!person)
        return person.error();
    ++rows.persons;
    if (m_recent.isEmpty())
        return {};
    OpenCase& c = m_recent.last();
    const int r = pick(100);
    QString role = c.persons == 0 ? (r < 60 ? u"suspect"_s : u"victim"_s)
                                  : (r < 35   ? u"victim"_s
                                     : r < 80 ? u"witness"_s
                                              : u"suspect"_s);
    ++c.persons;
    QDateTime identified, arrested, surrendered, handedOver;
    bool caught = false;
    if (role == u"suspect") {
        if (chance(75)) {
            identified = c.opened.addSecs(kHour + pick(10 * int(kDay)));
            if (chance(45)) {
                arrested = identified.addSecs(pick(5 * int(kDay)));
                caught = chance(25);
                if (chance(60))
                    handedOver = arrested.addSecs(kDay);
            } else if (chance(8)) {
                surrendered = identified.addSecs(kDay + pick(20 * int(kDay)));
            }
        }
        if (!identified.isValid() || identified >= generatedNow())
            identified = arrested = surrendered = handedOver = {};
        if (!arrested.isValid() || arrested >= generatedNow())
            caught = false;
    }
    auto link = m_casePerson.run({c.id, person.value(), role, timeOrNull(identified),
                                  timeOrNull(arrested), caught ? 1 : 0, timeOrNull(surrendered),
                                  timeOrNull(handedOver), nullText()});
    if (!link)
        return link.error();
    ++rows.casePersons;
    return {};
}

} // namespace binhyen::bench
