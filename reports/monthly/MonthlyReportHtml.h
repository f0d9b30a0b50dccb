#pragma once

#include "reports/monthly/MonthlyReportData.h"
#include "reports/pdf/PdfDocument.h"

#include <QString>

namespace binhyen::monthlyreport {

// The report laid out per Nghị định 30/2020 (DOMAIN-VN.md §4): heading with the unit as it was in
// the month, "Số", place and date, "BÁO CÁO" and the subject, sections I–IV (the figures of II as
// tables with the previous month and the same month a year earlier, the adjustments, the chart),
// "Nơi nhận" and the signature block. Every text that did not come from our sources is escaped.
QString html(const MonthlyReportData& data);

// The page set-up: Nghị định 30 margins, page numbers from page 2, "DỰ THẢO" on every page of a
// draft, the chart images.
PdfPageSetup pageSetup(const MonthlyReportData& data);

} // namespace binhyen::monthlyreport
