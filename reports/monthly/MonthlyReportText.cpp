#include "reports/monthly/MonthlyReportText.h"

#include "reports/stats/IndicatorCatalog.h"

#include <QCoreApplication>

namespace binhyen::monthlyreport {

namespace {

QString count(const MonthlyReportData& data, const char* key) {
    return indicatorcatalog::number(data.figures.at(QString::fromLatin1(key)).value);
}

} // namespace

QString monthText(const QString& month) {
    const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return QCoreApplication::translate("MonthlyReport", "month %1 of %2")
        .arg(first.month())
        .arg(first.year());
}

QString subject(const QString& month) {
    return QCoreApplication::translate("MonthlyReport",
                                       "Results of building the movement of all people to "
                                       "protect national security in %1")
        .arg(monthText(month).replace(QLatin1Char(' '), QChar(0x00A0))); // kept on one line
}

QStringList signerTitle(const ReportSigner& signer) {
    const QString chief =
        QCoreApplication::translate("MonthlyReport", "HEAD OF THE COMMUNE POLICE");
    if (signer.position.trimmed().startsWith(QStringLiteral("Phó"), Qt::CaseInsensitive))
        return {QCoreApplication::translate("MonthlyReport", "ON BEHALF OF THE %1").arg(chief),
                QCoreApplication::translate("MonthlyReport", "DEPUTY HEAD OF THE COMMUNE POLICE")};
    return {chief};
}

QString defaultSituation(const MonthlyReportData& data) {
    return QCoreApplication::translate(
               "MonthlyReport",
               "In %1 the political security and social order in the commune were basically "
               "stable. During the month %2 received %3 tips from the public (previous month: "
               "%4), of which %5 were of value; %6 cases were solved, %7 of them with the public's "
               "help. The "
               "hamlets' Zalo groups cover %8 of %9 hamlets, connecting %10 households.")
        .arg(monthText(data.month),
             QCoreApplication::translate("MonthlyReport", "The commune police of %1")
                 .arg(data.identity.placeName),
             count(data, "tips_total"),
             indicatorcatalog::number(data.figures.at(QStringLiteral("tips_total")).previousMonth),
             count(data, "tips_valuable"), count(data, "cases_solved"),
             count(data, "cases_solved_public_help"), count(data, "hamlets_with_zalo"),
             count(data, "hamlets_total"))
        .arg(count(data, "households_connected"));
}

QString defaultShortcomings() {
    return QCoreApplication::translate(
        "MonthlyReport",
        "Some residents still hesitate to report what they see; tips that arrive at night "
        "are not always verified within the day.");
}

QString defaultTasks() {
    return QCoreApplication::translate(
        "MonthlyReport",
        "Keep the hamlets' Zalo groups active and answered during office hours; verify "
        "every tip within the legal time; hold a residents' meeting in each hamlet without "
        "a Zalo group; report valuable tips to the chief for recognition.");
}

QStringList defaultRecipients(const StationIdentity& identity) {
    QStringList out;
    if (!identity.reportRecipient.trimmed().isEmpty())
        out << QCoreApplication::translate("MonthlyReport", "%1 (to report)")
                   .arg(identity.reportRecipient.trimmed());
    return out;
}

} // namespace binhyen::monthlyreport
