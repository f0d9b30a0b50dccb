// Each tip's settlement (GenerateSteps.h): its status, closure, forwarding and outcome as the tip
// workflow leaves them (the columns TipWorkflowRepo writes), by the tip's age and kind.
#include "models/domain/LegalClock.h"
#include "tests/bench/GenerateSteps.h"

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 24 * kHour;

} // namespace

Result<void> CaseFactory::settleTip(qint64 tipId, const NewTip& tip, bool opensCase,
                                    GeneratedRows& rows) {
    const QDateTime now = generatedNow();
    const qint64 age = tip.receivedAt.secsTo(now);
    QString status, closure, outcome, slip, forwardedTo;
    QDateTime updated = tip.receivedAt.addSecs(kDay + pick(4 * int(kDay))), forwardedAt;
    QVariant duplicateOf = nullId();
    bool valuable = false;
    const int r = pick(100);
    if (opensCase) {
        status = u"closed"_s;
        closure = u"to_case"_s;
        outcome = u"Chuyển thành vụ việc."_s;
        updated = tip.receivedAt.addSecs(600);
    } else if (age < 3 * kDay) {
        if (r < 40)
            status = u"verifying"_s;
    } else if (LegalClock::isCrimeReport(tip.classification)) {
        if (r < 60) {
            status = u"forwarded"_s;
            forwardedAt = tip.receivedAt.addSecs(2 * kHour + pick(28 * int(kHour)));
            forwardedTo = forwardBody(forwardedAt.date());
            const int year = forwardedAt.date().year();
            slip = u"%1/PC-CAX"_s.arg(++m_slipSeq[year], 2, 10, QLatin1Char('0'));
            updated = forwardedAt;
        } else if (r < 85) {
            status = u"resolved"_s;
            outcome = u"Đã xác minh, giải quyết theo thẩm quyền."_s;
        } else {
            status = u"suspended"_s;
            outcome = u"Tạm đình chỉ giải quyết nguồn tin."_s;
        }
    } else if (r < 65) {
        status = u"resolved"_s;
        outcome = u"Đã xác minh, hòa giải tại cơ sở."_s;
        valuable = chance(15);
    } else if (r < 80) {
        status = u"closed"_s;
        closure = u"not_antt"_s;
        outcome = u"Không thuộc lĩnh vực an ninh, trật tự; hướng dẫn người dân liên hệ UBND xã."_s;
    } else if (r < 85 && tipId > 1) {
        status = u"closed"_s;
        closure = u"duplicate"_s;
        duplicateOf = tipId - 1;
        outcome = u"Trùng lặp với tin báo đã tiếp nhận."_s;
    } else {
        status = u"verifying"_s;
    }
    if (status.isEmpty())
        return {};
    if (updated >= now)
        updated = now.addSecs(-1);
    auto orNull = [](const QString& s) {
        return s.isEmpty() ? nullText() : QVariant(s);
    };
    auto done =
        m_settle.run({status, orNull(closure), duplicateOf, orNull(outcome), orNull(forwardedTo),
                      forwardedAt.isValid() ? QVariant(stationText(forwardedAt)) : nullText(),
                      orNull(slip), valuable ? 1 : 0, stationText(updated), tipId});
    if (!done)
        return done.error();
    ++rows.tipsSettled;
    return {};
}

} // namespace binhyen::bench
