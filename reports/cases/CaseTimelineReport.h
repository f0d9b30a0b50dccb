#pragma once

#include "models/domain/Case.h"
#include "models/domain/Result.h"

#include <QList>
#include <QString>

class QPrinter;

namespace binhyen {

// What the printed timeline of a case shows: the unit (may be empty), the case and its events.
struct CaseTimelineData {
    QString unitName;   // "CÔNG AN XÃ LÁNG DÀI"; empty: no unit line
    QString parentBody; // "CÔNG AN HUYỆN ĐẤT ĐỎ"; may be empty
    CaseDetail detail;
    QList<CaseEvent> events; // oldest first
    QDateTime printedAt;     // station time
    QString printedBy;       // the user's full name
};

// "DIỄN BIẾN VỤ VIỆC": the case's heading facts and a table of its events (time, step, officer,
// tip, note), as HTML for writeHtmlPdf / printHtml. Every register value is escaped (htmlText).
QString caseTimelineHtml(const CaseTimelineData& data);
Result<void> writeCaseTimelinePdf(const CaseTimelineData& data, const QString& path);
Result<void> printCaseTimeline(const CaseTimelineData& data, QPrinter& printer);

} // namespace binhyen
