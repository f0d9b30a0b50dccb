#pragma once

#include <QDateTime>
#include <QString>

namespace binhyen {

// Drafts of the notices an officer posts to the hamlet Zalo groups ("Kết nối toàn dân – Bình yên
// cuộc sống"). Pure: the caller gives the facts; nothing about an informant is ever an input, so
// a draft cannot carry one. Plain language, short lines, the station's phone to call. The officer
// edits the draft before posting. Texts are translated (context "ZaloNotice").

// A case (theft, robbery …) residents can help with.
struct CaseNoticeFacts {
    QString unitName;           // "Công an xã Láng Dài" — who signs the notice
    QString title;              // "Trộm cắp xe máy"
    QDateTime occurredAt;       // station time; invalid: not printed
    QString hamlet;             // "ấp Cây Cám" (with its kind, as residents say it)
    QString address;            // "trước tạp hóa bà Trần Thị M."
    QString suspectDescription; // "nam, khoảng 25 tuổi, áo khoác đen …"
    QString vehicle;            // "xe máy Honda Wave màu đỏ"
    QString plate;              // "72F1-123.45"
    QString stationPhone;       // "0254 3 123 456"
};

// A lost person (tip of the lost-person kind).
struct LostPersonNoticeFacts {
    QString unitName;
    QString personName;  // who is lost (the family asks for the name to be posted)
    QString age;         // "khoảng 70 tuổi" / "sinh năm 1952" as the officer wrote it
    QDateTime since;     // station time; invalid: not printed
    QString lastSeen;    // where last seen
    QString description; // clothes, appearance, health
    QString stationPhone;
};

QString zaloCaseNotice(const CaseNoticeFacts& facts);
QString zaloLostPersonNotice(const LostPersonNoticeFacts& facts);

} // namespace binhyen
