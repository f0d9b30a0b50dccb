#pragma once

#include "models/domain/MonthFacts.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace binhyen {

// One indicator: the month's value, the previous month's, the same month a year earlier.
struct Figure {
    qint64 value = 0;
    qint64 previousMonth = 0;
    qint64 yearEarlier = 0;
    bool operator==(const Figure& o) const {
        return value == o.value && previousMonth == o.previousMonth && yearEarlier == o.yearEarlier;
    }
};

// Every indicator of a month (docs/INDICATORS.md), by key path: "tips_total",
// "tips_by_channel.phone", "models_by_type.zalo_group" … (the JSON nests at each dot).
struct MonthlyFigures {
    QString month; // "YYYY-MM"
    QMap<QString, Figure> figures;
    Figure at(const QString& key) const { return figures.value(key); }
};

// A figure of a locked month that changed since it was issued.
struct FigureDifference {
    QString month; // the locked month
    QString key;   // key path
    qint64 issued = 0;
    qint64 now = 0;
    qint64 difference() const { return now - issued; }
};

// The pure computation of the monthly indicators: facts in, figures out. No SQL, no clock.
namespace monthfigures {

// "YYYY-MM" with a month 01…12.
bool isValidMonth(const QString& month);
QString previousMonth(const QString& month);
QString nextMonth(const QString& month);
QString yearEarlier(const QString& month);
QString firstDay(const QString& month); // "YYYY-MM-01"
QString lastDay(const QString& month);  // "YYYY-MM-30" …

// The fixed codes of the breakdowns (always present, zeros included).
QStringList channels();        // phone, hotline, zalo, in_person, camera, document
QStringList classifications(); // to_giac, tin_bao, kien_nghi, phan_anh, khong_antt, unclassified

// Each indicator's value for one month, by key path.
QMap<QString, qint64> values(const MonthFacts& facts);
// The month's figures with its previous month and the same month a year earlier.
MonthlyFigures compute(const MonthFacts& month, const MonthFacts& previous,
                       const MonthFacts& yearEarlier);

// JSON: {"tips_total": {"value": n, "previous_month": n, "year_earlier": n},
//        "tips_by_channel": {"phone": {…}, …}, …} (figures only; no "month").
QJsonObject toJson(const MonthlyFigures& figures);
// Back from toJson's shape (other keys are ignored): key path → figure.
QMap<QString, Figure> fromJson(const QJsonObject& json);

// The values that differ between `issued` and `now` (keys of either), in key order.
QList<FigureDifference> differences(const QString& month, const QMap<QString, qint64>& issued,
                                    const QMap<QString, qint64>& now);
// [{"month": "2020-09", "key": "tips_total", "issued": 12, "now": 13, "difference": 1}, …]
QJsonArray toJson(const QList<FigureDifference>& differences);
QList<FigureDifference> differencesFromJson(const QJsonArray& json);

} // namespace monthfigures

} // namespace binhyen
