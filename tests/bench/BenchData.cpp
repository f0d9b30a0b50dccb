#include "tests/bench/BenchData.h"

#include "models/domain/Clock.h"
#include "models/domain/LegalClock.h"
#include "models/repo/demo/DemoPhrases.h"

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

// Details sentences: together with the demo's summaries they use every Vietnamese vowel with every
// tone mark (à á ả ã ạ, ă ằ ắ ẳ ẵ ặ, â ầ ấ ẩ ẫ ậ, è é ẻ ẽ ẹ, ê ề ế ể ễ ệ, ì í ỉ ĩ ị, ò ó ỏ õ ọ,
// ô ồ ố ổ ỗ ộ, ơ ờ ớ ở ỡ ợ, ù ú ủ ũ ụ, ư ừ ứ ử ữ ự, ỳ ý ỷ ỹ ỵ) and đ.
const QStringList& circumstances() {
    static const QStringList all = {
        u"Sự việc xảy ra khoảng %1, người dân phát hiện và gọi điện báo ngay."_s,
        u"Khoảng %1, người báo tin nghe tiếng động lạ, ra xem thì thấy đối tượng bỏ chạy."_s,
        u"Theo lời kể, vào lúc %1 có hai thanh niên lạ mặt lảng vảng quanh khu vực."_s,
        u"Người bị hại trình bày: khoảng %1 đã khóa cửa cẩn thận trước khi rời nhà."_s,
        u"Tổ tự quản của ấp đã có mặt, giữ nguyên hiện trường lúc %1."_s,
        u"Lúc %1, camera của hộ dân bên cạnh ghi được hình ảnh, đã trích xuất đoạn phim."_s,
        u"Thành viên nhóm Zalo chụp ảnh, gửi lên nhóm khoảng %1; đã xác minh sơ bộ."_s,
        u"Vào khoảng %1, ông trưởng ấp đến trụ sở trình báo, kèm đơn viết tay."_s,
    };
    return all;
}

const QStringList& extras() {
    static const QStringList all = {
        u"Đối tượng mặc áo khoác xám, đội mũ bảo hiểm đỏ, đi dép tổ ong."_s,
        u"Thiệt hại ước tính khoảng %1 triệu đồng; chưa ghi nhận thương tích."_s,
        u"Hiện trường gần mương thủy lợi, đường đất, không có đèn chiếu sáng."_s,
        u"Người dân đề nghị tăng cường tuần tra vào ban đêm, nhất là dịp cuối năm."_s,
        u"Gia đình đã kiểm tra kỹ, xác nhận không có ai mượn tài sản."_s,
        u"Nhân chứng là chủ tiệm tạp hóa đối diện, sẵn sàng hợp tác."_s,
        u"Khu vực này trước đây từng xảy ra vụ việc tương tự, đã được nhắc nhở."_s,
        u"Đã hướng dẫn người báo tin giữ gìn dấu vết, chờ lực lượng đến."_s,
        u"Ngữ cảnh: mùa gặt lúa, nhiều nhà để trống, ít người trông coi rẫy."_s,
        u"Ý kiến của tổ trưởng: cần vận động lắp thêm camera ở ngã ba."_s,
        u"Sau khi nhận tin, ca trực đã cử tổ công tác xuống ngay, phối hợp với dân quân."_s,
        u"Gần đây khu vực này xảy ra nhiều vụ trộm cắp xe máy vào ban đêm."_s,
        u"Nghi là vụ trộm cắp tài sản có tổ chức, đề nghị xác minh thêm."_s,
        u"Đối tượng nói giọng miền Bắc, khoảng hai mươi lăm tuổi, dáng gầy, tóc nhuộm vàng."_s,
    };
    return all;
}

// Where a hamlet belonged before the communes were merged on 01/07/2025.
QString formerCommuneOf(int index) {
    if (index < 20)
        return u"xã Láng Dài"_s;
    if (index < 30)
        return u"thị trấn Đất Đỏ"_s;
    return u"xã Phước Long Thọ"_s;
}

} // namespace

QStringList hamletLines() {
    static const QStringList names = {
        u"Cây Cám"_s,   u"Cây Da"_s,     u"Lò Vôi"_s,     u"Bàu Ráng"_s,   u"Bưng Muống"_s,
        u"Gò Sạn"_s,    u"Suối Le"_s,    u"Láng Tròn"_s,  u"Thanh Bình"_s, u"Thanh Long"_s,
        u"Tân Hòa"_s,   u"Tân Hiệp"_s,   u"Tân Thuận"_s,  u"Tân Trung"_s,  u"Tân Lộc"_s,
        u"Tân Phú"_s,   u"Tân Bình"_s,   u"Tân Xuân"_s,   u"Tân Mỹ"_s,     u"Tân An"_s,
        u"Hòa Bình"_s,  u"Hiệp Lợi"_s,   u"Phước Thới"_s, u"Phước Sơn"_s,  u"Thanh Sơn"_s,
        u"Mỹ Hòa"_s,    u"Long Thạnh"_s, u"Bình An"_s,    u"Hòa Thuận"_s,  u"Đông Hưng"_s,
        u"Phước Thọ"_s, u"Phước Lộc"_s,  u"Long Thọ"_s,   u"Hội Mỹ"_s,     u"Phước Hưng"_s,
        u"Bàu Sen"_s,   u"Xóm Rẫy"_s,    u"Thọ Sơn"_s,    u"Hòa Long"_s,   u"An Nhứt"_s};
    QStringList lines;
    for (int i = 0; i < names.size(); ++i)
        lines << ((i >= 20 && i < 30) ? u"Khu phố "_s : u"Ấp "_s) + names.at(i);
    return lines;
}

QDate firstDay() {
    return QDate(2016, 11, 1);
}

QDate lastDay() {
    return QDate(2026, 10, 31);
}

TipFactory::TipFactory(quint32 seed, QList<BenchPlace> places, qint64 officerId,
                       const LegalClock& clock)
    : m_rng(seed)
    , m_places(std::move(places))
    , m_officerId(officerId)
    , m_clock(clock) {
    for (int i = 0; i < m_places.size(); ++i)
        m_places[i].formerCommune = formerCommuneOf(i);
    const auto& all = demo::scenarios();
    for (int i = 0; i < all.size(); ++i) {
        for (int w = 0; w < all.at(i).weight; ++w)
            m_scenarioByWeight << i;
    }
}

QString TipFactory::plate() {
    if (chance(2))
        return QString::fromLatin1(kRecurringPlate);
    static const QString series = u"ABCDEFGHKLMNPSTUVXYZ"_s;
    const bool car = chance(20);
    QString p = u"72"_s + series.at(pick(int(series.size())));
    if (!car)
        p += QString::number(1 + pick(9));
    const int n = pick(100000);
    return p + u'-' +
           u"%1.%2"_s.arg(n / 100, 3, 10, QLatin1Char('0')).arg(n % 100, 2, 10, QLatin1Char('0'));
}

QString TipFactory::phone() {
    if (chance(2))
        return QString::fromLatin1(kRecurringPhone);
    static const QStringList prefixes = {u"090"_s, u"091"_s, u"093"_s, u"097"_s, u"098"_s,
                                         u"033"_s, u"035"_s, u"070"_s, u"077"_s, u"083"_s};
    const int n = pick(10000000);
    return prefixes.at(pick(int(prefixes.size()))) + QString::number(n / 1000000) + u' ' +
           u"%1 %2"_s.arg((n / 1000) % 1000, 3, 10, QLatin1Char('0'))
               .arg(n % 1000, 3, 10, QLatin1Char('0'));
}

QString TipFactory::personName() {
    return demo::surnames().at(pick(int(demo::surnames().size()))) + u' ' +
           demo::middleNames().at(pick(int(demo::middleNames().size()))) + u' ' +
           demo::givenNames().at(pick(int(demo::givenNames().size())));
}

QString TipFactory::details(const NewTip& tip, const QString& where) {
    const QString at = tip.receivedAt.toString(u"HH'h'mm"_s);
    QString text = circumstances().at(pick(int(circumstances().size()))).arg(at);
    const QString& extra = extras().at(pick(int(extras().size())));
    text += u' ' + (extra.contains(u"%1") ? extra.arg(1 + pick(90)) : extra);
    const QString& c = tip.categoryCode;
    if (c == u"theft" || c == u"robbery" || c == u"traffic_accident" || c == u"suspicious_person" ||
        chance(5))
        text += u" Phương tiện liên quan: xe biển số "_s + plate() + u'.';
    if (chance(30))
        text += u" Người bị hại là ông/bà "_s + personName() + u", trú tại "_s + where +
                u", số điện thoại "_s + phone() + u'.';
    return text;
}

NewTip TipFactory::make(qint64 index, qint64 total) {
    static const QTimeZone zone = Clock::stationZone();
    const QDateTime start(firstDay(), QTime(0, 0), zone);
    const qint64 span = start.secsTo(QDateTime(lastDay().addDays(1), QTime(0, 0), zone));
    // In order of receipt: tip i falls in the i-th slice of the ten years.
    const double slice = double(span) / double(qMax<qint64>(total, 1));
    const qint64 offset = qint64((double(index) + m_rng.generateDouble()) * slice);

    const auto& scenario =
        demo::scenarios().at(m_scenarioByWeight.at(pick(int(m_scenarioByWeight.size()))));
    NewTip tip;
    tip.receivedAt = start.addSecs(qMin(offset, span - 1));
    tip.channel = chance(4) ? (chance(50) ? u"hotline"_s : u"document"_s)
                            : scenario.channels.at(pick(int(scenario.channels.size())));
    tip.receivingOfficerId = m_officerId;
    tip.createdBy = m_officerId;
    tip.createdAt = tip.receivedAt.addSecs(60 + pick(1200));
    tip.categoryCode = scenario.category;
    tip.classification = chance(3) ? QString() : scenario.classification;
    tip.urgency = chance(3) ? u"immediate"_s : scenario.urgency;
    tip.summary = scenario.summaries.at(pick(int(scenario.summaries.size())));

    const bool merged = tip.receivedAt.date() >= QDate(2025, 7, 1);
    QString where;
    if (!m_places.isEmpty() && !chance(8)) {
        const BenchPlace& place = m_places.at(pick(int(m_places.size())));
        tip.placeId = place.id;
        where = place.line + u", "_s + (merged ? u"xã Đất Đỏ"_s : place.formerCommune);
        tip.address =
            (chance(60) ? u"Số %1, tổ %2, "_s.arg(1 + pick(300)).arg(1 + pick(12)) : QString()) +
            where;
    } else {
        where = u"đường liên xã, giáp ranh xã Phước Hải"_s;
        tip.address = where;
    }
    if (!merged && chance(50))
        tip.address += u", huyện Đất Đỏ"_s;
    tip.details = details(tip, where);

    if (LegalClock::isCrimeReport(tip.classification)) {
        TipClockFacts facts;
        facts.receivedAt = tip.receivedAt;
        facts.classification = tip.classification;
        facts.urgency = tip.urgency;
        facts.status = u"new"_s;
        tip.dueAt = m_clock.next(facts).due;
    }
    return tip;
}

} // namespace binhyen::bench
