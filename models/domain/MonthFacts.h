#pragma once

#include <QMap>
#include <QString>
#include <QtGlobal>

namespace binhyen {

// The totals of one self-management model type at a month's end (models in force).
struct ModelTotals {
    qint64 count = 0;
    qint64 points = 0;
    qint64 teams = 0;
    qint64 members = 0;
    qint64 households = 0;
    qint64 exemplary = 0;
};

// What the register holds about one month (station time), already aggregated by StatsRepo (SQL
// GROUP BY on the month indexes): the plain facts from which MonthFigures computes every indicator
// of docs/INDICATORS.md. A map holds only the codes the register had rows for (or knows of);
// the computation adds the missing ones as zeros.
struct MonthFacts {
    QString month; // "YYYY-MM"

    // Tips received in the month: channel → n; classification ("" = not classified yet) → n.
    QMap<QString, qint64> tipsByChannel;
    QMap<QString, qint64> tipsByClassification;
    qint64 tipsValuable = 0;         // received in the month, confirmed valuable
    qint64 crimeForwarded = 0;       // crime tips forwarded in the month
    qint64 crimeForwardedInTime = 0; // of which within the forwarding deadline

    qint64 casesNew = 0;
    qint64 casesSolved = 0;
    qint64 casesSolvedPublicHelp = 0;
    qint64 suspectsIdentified = 0;
    qint64 suspectsArrested = 0;
    qint64 suspectsCaughtInAct = 0;
    qint64 suspectsSurrendered = 0; // case_persons.surrendered_at in the month

    // results in the month: kind → sum(count), kind → sum(value_vnd).
    QMap<QString, qint64> resultCounts;
    QMap<QString, qint64> resultValues;

    // Models in force at the month's end by type, and models started in the month by type. Every
    // known type code is present (zeros included).
    QMap<QString, ModelTotals> modelsInForce;
    QMap<QString, qint64> modelsNew;
    qint64 hamletsTotal = 0;    // places valid at the month's end
    qint64 hamletsWithZalo = 0; // of which covered by a hamlet Zalo group in force
    qint64 zaloWarned = 0;      // zalo_moderation in the month
    qint64 zaloRemoved = 0;
    qint64 meetings = 0;          // activities of kind meeting in the month
    qint64 meetingAttendance = 0; // their attendance
};

} // namespace binhyen
