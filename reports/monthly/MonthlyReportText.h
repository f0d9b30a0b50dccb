#pragma once

#include "reports/monthly/MonthlyReportData.h"

#include <QString>
#include <QStringList>

// The words of the monthly report that are not figures: the subject, the signer's title, and the
// text each narrative section holds until the chief writes his own (DOMAIN-VN.md §3).
namespace binhyen::monthlyreport {

// "Kết quả công tác xây dựng phong trào toàn dân bảo vệ ANTQ tháng 9 năm 2020".
QString subject(const QString& month);
// "tháng 9 năm 2020".
QString monthText(const QString& month);
// The signer's title lines: {"TRƯỞNG CÔNG AN XÃ"}; a deputy signs on the chief's behalf:
// {"KT. TRƯỞNG CÔNG AN XÃ", "PHÓ TRƯỞNG CÔNG AN XÃ"}.
QStringList signerTitle(const ReportSigner& signer);
// Section I when none was written: a sober summary of the month's main figures.
QString defaultSituation(const MonthlyReportData& data);
// Sections III and IV when none was written.
QString defaultShortcomings();
QString defaultTasks();
// The recipients when none were chosen: the report's recipient in force in the month.
QStringList defaultRecipients(const StationIdentity& identity);

} // namespace binhyen::monthlyreport
