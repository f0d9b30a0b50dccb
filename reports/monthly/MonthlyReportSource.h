#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "reports/monthly/MonthlyReportData.h"

#include <QSqlDatabase>

namespace binhyen {

class Session;

// Gathers a month's report from the register: the station identity in force on the month's last
// day, the figures (as issued when the month is locked — the latest correction if any — else
// computed now, a draft), the adjustments, the narrative, the signer and the chart series.
// Needs ReadRecords.
Result<MonthlyReportData> loadMonthlyReport(QSqlDatabase db, const Clock& clock,
                                            const Session& session, const QString& month);

} // namespace binhyen
