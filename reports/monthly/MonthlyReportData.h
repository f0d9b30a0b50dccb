#pragma once

#include "models/domain/MonthFigures.h"
#include "models/repo/accounts/StationRepo.h"
#include "models/repo/report/ReportNarrativeRepo.h"
#include "models/repo/stats/StatsSeriesRepo.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace binhyen {

// Everything the monthly report prints, gathered before it is laid out (the layout reads no
// register). Figures only: no informant, no person is ever part of it.
struct MonthlyReportData {
    QString month;            // "YYYY-MM"
    StationIdentity identity; // as it was in the month (station identity history)
    bool draft = true;        // the month is not locked: "DỰ THẢO" on every page
    bool correction = false;  // the latest report of the month is a correction (đính chính)
    QString number;           // "09/BC-CAX"; a draft: empty
    QString corrects;         // a correction: the number of the report it corrects
    QDate correctsDate;       // … and its date
    QString correctionNote;   // why it was issued
    QDate date;               // issued on; a draft: the day it is printed
    MonthlyFigures figures;   // as issued (locked) or computed now (draft)
    QList<FigureDifference> adjustments; // original: earlier months; correction: its changes
    ReportNarrative narrative;           // sections I, III, IV and the recipients
    ReportSigner signer;                 // who signs (may be empty for a draft)
    MonthChannelSeries channels;         // 12 months by channel
};

} // namespace binhyen
