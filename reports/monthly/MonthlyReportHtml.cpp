#include "reports/monthly/MonthlyReportHtml.h"

#include "reports/forms/FormLayout.h"
#include "reports/monthly/MonthlyReportText.h"
#include "reports/monthly/ReportCharts.h"
#include "reports/stats/IndicatorCatalog.h"

#include <QCoreApplication>

namespace binhyen::monthlyreport {

namespace {

const QString kChannelChart = QStringLiteral("chart-channels");

QString heading(const QString& text) {
    return QStringLiteral("<p style=\"font-weight:bold; margin-top:6px; margin-bottom:6px\">%1</p>")
        .arg(text.toHtmlEscaped());
}

// A narrative section: the chief's text (escaped, paragraphs kept) or the default.
QString narrativeHtml(const QString& written, const QString& fallback) {
    const QString text = written.trimmed().isEmpty() ? fallback : written.trimmed();
    QString html;
    for (const QString& para : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!para.trimmed().isEmpty())
            html += forms::paragraphHtml(htmlText(para.trimmed()));
    return html;
}

// "Tháng 9/2020" for a column header.
QString columnMonth(const QString& month) {
    const QDate d = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
    return QCoreApplication::translate("MonthlyReport", "Month %1/%2").arg(d.month()).arg(d.year());
}

QString figureTable(const MonthlyReportData& data, int section) {
    const QString head =
        QStringLiteral("<td width=\"%1%\" align=\"center\" style=\"font-weight:bold\">%2</td>");
    const QString cell = QStringLiteral("<td align=\"%1\" style=\"%2\">%3</td>");
    QString rows =
        QStringLiteral("<thead><tr>") +
        head.arg(QStringLiteral("7"),
                 QCoreApplication::translate("MonthlyReport", "No.").toHtmlEscaped()) +
        head.arg(QStringLiteral("48"),
                 QCoreApplication::translate("MonthlyReport", "Indicator").toHtmlEscaped());
    for (const QString& m : {data.month, monthfigures::previousMonth(data.month),
                             monthfigures::yearEarlier(data.month)})
        rows += head.arg(QStringLiteral("15"), columnMonth(m).toHtmlEscaped());
    rows += QStringLiteral("</tr></thead>");
    int main = 0;
    QString breakdown;
    for (const QString& key : indicatorcatalog::keysOf(section)) {
        const QString group = indicatorcatalog::breakdownLabel(key);
        if (group != breakdown && !group.isEmpty())
            rows += QStringLiteral("<tr><td></td><td colspan=\"4\" style=\"padding-left:6px; "
                                   "font-style:italic\">%1</td></tr>")
                        .arg(group.toHtmlEscaped());
        breakdown = group;
        const QString label = indicatorcatalog::label(key);
        const bool sub = label.startsWith(QStringLiteral("—"));
        const Figure f = data.figures.at(key);
        rows += QStringLiteral("<tr>") +
                cell.arg(QStringLiteral("center"), QString(),
                         sub ? QString() : QString::number(++main)) +
                cell.arg(QStringLiteral("left"),
                         sub ? QStringLiteral("padding-left:12px; font-style:italic") : QString(),
                         (sub ? label.mid(1).trimmed() : label).toHtmlEscaped());
        for (qint64 v : {f.value, f.previousMonth, f.yearEarlier})
            rows += cell.arg(QStringLiteral("right"), QString(), indicatorcatalog::number(v));
        rows += QStringLiteral("</tr>");
    }
    return QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                          "style=\"font-size:12pt; border-collapse:collapse; margin-bottom:8px\">"
                          "%1</table>")
        .arg(rows);
}

QString adjustmentsHtml(const MonthlyReportData& data) {
    if (data.adjustments.isEmpty())
        return forms::paragraphHtml(
            QCoreApplication::translate("MonthlyReport",
                                        "No figure of a month already reported has changed.")
                .toHtmlEscaped());
    QString html = forms::paragraphHtml(
        (data.correction
             ? QCoreApplication::translate("MonthlyReport", "The figures corrected by this report:")
             : QCoreApplication::translate("MonthlyReport",
                                           "Changes to the figures of months already reported:"))
            .toHtmlEscaped());
    for (const FigureDifference& d : data.adjustments) {
        const QString line =
            QCoreApplication::translate("MonthlyReport", "- %1, %2: reported %3, now %4 (%5).")
                .arg(columnMonth(d.month),
                     indicatorcatalog::label(d.key).remove(QStringLiteral("— ")),
                     indicatorcatalog::number(d.issued), indicatorcatalog::number(d.now),
                     (d.difference() > 0 ? QStringLiteral("+") : QString()) +
                         indicatorcatalog::number(d.difference()));
        html += forms::paragraphHtml(line.toHtmlEscaped());
    }
    return html;
}

QString signatureHtml(const MonthlyReportData& data) {
    QStringList recipients = data.narrative.recipients;
    if (recipients.isEmpty())
        recipients = defaultRecipients(data.identity);
    QString left =
        QStringLiteral("<p style=\"font-size:12pt; font-weight:bold; font-style:italic; "
                       "margin:0px\">%1</p>")
            .arg(QCoreApplication::translate("MonthlyReport", "Recipients:").toHtmlEscaped());
    for (const QString& r : recipients)
        left +=
            QStringLiteral("<p style=\"font-size:11pt; margin:0px\">- %1;</p>").arg(htmlText(r));
    left += QStringLiteral("<p style=\"font-size:11pt; margin:0px\">- %1</p>")
                .arg(QCoreApplication::translate("MonthlyReport", "Archive: VT.").toHtmlEscaped());
    QString right;
    for (const QString& t : signerTitle(data.signer))
        right += QStringLiteral("<p align=\"center\" style=\"font-weight:bold; margin:0px\">%1</p>")
                     .arg(t.toHtmlEscaped());
    right += QStringLiteral("<p style=\"margin-top:80px\">&nbsp;</p>"
                            "<p align=\"center\" style=\"font-weight:bold; margin:0px\">%1</p>")
                 .arg(htmlText(data.signer.fullName));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                          "style=\"margin-top:12px\"><tr>"
                          "<td width=\"50%\" valign=\"top\">%1</td>"
                          "<td width=\"50%\" valign=\"top\" align=\"center\">%2</td></tr></table>")
        .arg(left, right);
}

} // namespace

QString html(const MonthlyReportData& data) {
    const QString number =
        data.draft ? QStringLiteral("……/BC-CAX") : data.number; // the suffix of MonthLedger
    QString html = forms::headingHtml(
        FormUnit{data.identity.parentBody, data.identity.unitName, data.identity.placeName}, number,
        data.date);
    html += forms::titleHtml(data.correction
                                 ? QCoreApplication::translate("MonthlyReport", "CORRECTION REPORT")
                                 : QCoreApplication::translate("MonthlyReport", "REPORT"),
                             subject(data.month));
    if (data.correction)
        html += forms::paragraphHtml(
            QCoreApplication::translate("MonthlyReport",
                                        "This report corrects report No. %1 of %2. Reason: %3")
                .arg(htmlText(data.corrects),
                     data.correctsDate.toString(QStringLiteral("dd/MM/yyyy")),
                     htmlText(data.correctionNote)));

    html += heading(QCoreApplication::translate("MonthlyReport", "I. THE SITUATION"));
    html += narrativeHtml(data.narrative.situation, defaultSituation(data));

    html += heading(QCoreApplication::translate("MonthlyReport", "II. RESULTS"));
    for (int s = 1; s <= indicatorcatalog::kSections; ++s) {
        html += QStringLiteral("<p style=\"font-weight:bold; font-style:italic; margin-top:4px; "
                               "margin-bottom:4px\">%1. %2</p>")
                    .arg(s)
                    .arg(indicatorcatalog::sectionTitle(s).toHtmlEscaped());
        html += figureTable(data, s);
    }
    html +=
        QStringLiteral("<p style=\"font-weight:bold; font-style:italic; margin-top:4px; "
                       "margin-bottom:4px\">%1</p>")
            .arg(QCoreApplication::translate("MonthlyReport", "5. Adjustments").toHtmlEscaped());
    html += adjustmentsHtml(data);
    const QSizeF chart = reportcharts::chartSize();
    html += QStringLiteral("<p align=\"center\" style=\"margin-top:6px\"><img src=\"%1\" "
                           "width=\"%2\" height=\"%3\"/></p>")
                .arg(kChannelChart)
                .arg(int(chart.width()))
                .arg(int(chart.height()));

    html += heading(QCoreApplication::translate("MonthlyReport", "III. SHORTCOMINGS"));
    html += narrativeHtml(data.narrative.shortcomings, defaultShortcomings());
    html += heading(QCoreApplication::translate("MonthlyReport", "IV. TASKS FOR NEXT MONTH"));
    html += narrativeHtml(data.narrative.tasks, defaultTasks());
    html += forms::paragraphHtml(
        QCoreApplication::translate("MonthlyReport",
                                    "The above is the report of %1 on the results of building the "
                                    "movement of all people to protect national security in %2./.")
            .arg(htmlText(QCoreApplication::translate("MonthlyReport", "the commune police of %1")
                              .arg(data.identity.placeName)),
                 monthText(data.month).toHtmlEscaped()));
    html += signatureHtml(data);
    return html;
}

PdfPageSetup pageSetup(const MonthlyReportData& data) {
    PdfPageSetup setup;
    setup.title = QCoreApplication::translate("MonthlyReport", "Monthly report %1").arg(data.month);
    if (data.draft)
        setup.watermark = QCoreApplication::translate("MonthlyReport", "DRAFT");
    setup.images.insert(kChannelChart, reportcharts::channelChart(data.channels));
    return setup;
}

} // namespace binhyen::monthlyreport
