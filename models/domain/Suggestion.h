#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace binhyen {

// Why a tip and a case look related (tip ↔ case suggestions, SuggestionRepo / TipMatching.h).
enum class SuggestionReasonKind {
    SameHamlet,      // "Cùng ấp Cây Cám"
    NeighbourHamlet, // "Ấp giáp ranh: Long Thọ"
    TimeWindow,      // "Nhận lúc 23:00 03/09/2020, 2 giờ 40 phút sau khi xảy ra"
    SharedPlate,     // "Cùng biển số 72E1-123.45" (alone enough for a suggestion)
    SharedWords,     // "Cùng từ: xe máy, trộm"
};

struct SuggestionReason {
    SuggestionReasonKind kind = SuggestionReasonKind::SameHamlet;
    QString text; // translated, ready to show
};

// The time window around a case's occurrence (occurred_at, else opened_at) in which a tip's
// reception counts as "close in time".
struct SuggestionOptions {
    int hoursBefore = 24; // a tip received up to this long before the occurrence
    int hoursAfter = 48;  // … or up to this long after it
};

// A tip suggested for a case. Never carries informant data.
struct TipSuggestion {
    qint64 tipId = 0;
    QString number;       // "TB-0005/2020"
    QDateTime receivedAt; // station time
    QString hamlet;       // place name without its kind; empty when none
    QString summary;
    QString status; // tips.status code
    QList<SuggestionReason> reasons;
};

// An open case suggested for a tip.
struct CaseSuggestion {
    qint64 caseId = 0;
    QString number; // "VV-0001/2020"
    QString title;
    QDateTime occurredAt; // occurred_at, else opened_at (station time)
    QString hamlet;
    QString status; // cases.status code (never "closed")
    QList<SuggestionReason> reasons;
};

} // namespace binhyen
