#pragma once

#include "models/domain/Tip.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace binhyen {

class LegalClock;

namespace bench {

// The station every generated register describes: the commune of the demo story (Đất Đỏ, with
// the hamlets of the former communes Láng Dài, thị trấn Đất Đỏ and Phước Long Thọ).
QStringList hamletLines(); // 40 lines, "Ấp Cây Cám", "Khu phố Hòa Bình", …

// A hamlet as generated tips refer to it.
struct BenchPlace {
    qint64 id = 0;
    QString line;          // "ấp Cây Cám"
    QString formerCommune; // "xã Láng Dài": the commune before the 2025 merger
};

// A plate and a phone number that recur across the years (a stolen motorbike, a shop owner), so
// the benchmark's plate and phone queries always have matches.
inline constexpr char kRecurringPlate[] = "72E1-123.45";
inline constexpr char kRecurringPhone[] = "0938 456 789";

// The months covered: ten years, fixed so that a seed always gives the same register.
QDate firstDay();
QDate lastDay();

// Builds the tips of a generated register, one at a time, in order of receipt (so ids follow
// received times, as in a real register). Deterministic for a seed and a total. The cases,
// persons and movement records have their own generators (GenerateSteps.h).
class TipFactory {
public:
    TipFactory(quint32 seed, QList<BenchPlace> places, qint64 officerId, const LegalClock& clock);

    // Tip `index` of `total` (0-based).
    NewTip make(qint64 index, qint64 total);

private:
    int pick(int size) { return int(m_rng.bounded(quint32(size))); }
    bool chance(int percent) { return m_rng.bounded(100U) < quint32(percent); }
    QString plate();
    QString phone();
    QString personName();
    QString details(const NewTip& tip, const QString& where);

    QRandomGenerator m_rng;
    QList<BenchPlace> m_places;
    qint64 m_officerId;
    const LegalClock& m_clock;
    QList<int> m_scenarioByWeight;
};

} // namespace bench
} // namespace binhyen
