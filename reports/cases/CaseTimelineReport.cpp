#include "reports/cases/CaseTimelineReport.h"

#include "models/domain/CaseLabels.h"
#include "models/domain/Labels.h"
#include "reports/pdf/PdfDocument.h"

#include <QCoreApplication>

namespace binhyen {

namespace {

QString text(const char* source) {
    return QCoreApplication::translate("CaseTimelineReport", source);
}

QString when(const QDateTime& time) {
    return time.isValid() ? time.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

QString factRow(const QString& label, const QString& valueHtml) {
    return QStringLiteral("<tr><td width=\"28%\">%1</td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), valueHtml);
}

QString header(const CaseTimelineData& data) {
    if (data.unitName.isEmpty())
        return {};
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                          "<td width=\"50%\"><p align=\"center\" style=\"margin:0px\">%1</p>"
                          "<p align=\"center\" style=\"font-weight:bold; margin:0px\">%2</p>"
                          "<hr align=\"center\" width=\"30%\"/></td><td width=\"50%\"></td>"
                          "</tr></table><p style=\"font-size:8pt; margin:0px\">&nbsp;</p>")
        .arg(htmlText(data.parentBody.toUpper()), htmlText(data.unitName.toUpper()));
}

QString facts(const CaseDetail& d) {
    QString status = caseStatusLabel(d.status);
    if (!d.reviewStatus.isEmpty())
        status += QStringLiteral(" — ") + caseReviewStatusLabel(d.reviewStatus);
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">");
    html += factRow(text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Case")),
                    QStringLiteral("<b>%1</b> — %2").arg(htmlText(d.number), htmlText(d.title)));
    html +=
        factRow(text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Type")), htmlText(d.caseTypeLabel));
    html += factRow(text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Occurred at")),
                    htmlText(when(d.occurredAt)));
    QString place = d.placeName;
    if (!d.address.isEmpty())
        place = place.isEmpty() ? d.address : d.address + QStringLiteral(", ") + place;
    html += factRow(text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Place")), htmlText(place));
    html += factRow(text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Officer in charge")),
                    htmlText(d.assignedOfficerName));
    html += factRow(text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Status")), htmlText(status));
    if (d.status == QStringLiteral("closed"))
        html += factRow(text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Solved")),
                        htmlText(yesNoLabel(d.solved)));
    if (!d.outcome.isEmpty())
        html +=
            factRow(text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Outcome")), htmlText(d.outcome));
    html += QStringLiteral("</table>");
    return html;
}

QString eventsTable(const QList<CaseEvent>& events) {
    QString html =
        QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" border=\"1\" "
                       "style=\"border-collapse:collapse; font-size:11pt\">");
    html += QStringLiteral("<tr style=\"font-weight:bold\"><td width=\"5%\">%1</td>"
                           "<td width=\"14%\">%2</td><td width=\"18%\">%3</td>"
                           "<td width=\"15%\">%4</td><td width=\"15%\">%5</td><td>%6</td></tr>")
                .arg(text(QT_TRANSLATE_NOOP("CaseTimelineReport", "No.")).toHtmlEscaped(),
                     text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Time")).toHtmlEscaped(),
                     text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Step")).toHtmlEscaped(),
                     text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Officer")).toHtmlEscaped(),
                     text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Tip")).toHtmlEscaped(),
                     text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Note")).toHtmlEscaped());
    int number = 0;
    for (const CaseEvent& e : events) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td></tr>")
                    .arg(++number)
                    .arg(htmlText(when(e.occurredAt)), htmlText(caseEventKindLabel(e.kind)),
                         htmlText(e.officerName), htmlText(e.tipNumber), htmlText(e.note));
    }
    if (events.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"6\">%1</td></tr>")
                    .arg(text(QT_TRANSLATE_NOOP("CaseTimelineReport", "No events recorded yet."))
                             .toHtmlEscaped());
    html += QStringLiteral("</table>");
    return html;
}

PdfPageSetup setupFor(const CaseTimelineData& data) {
    PdfPageSetup setup;
    setup.title = text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Timeline of case %1"))
                      .arg(data.detail.number);
    setup.fontPointSize = 12;
    setup.marginLeftMm = 25;
    return setup;
}

} // namespace

QString caseTimelineHtml(const CaseTimelineData& data) {
    QString html = QStringLiteral("<html><body>");
    html += header(data);
    html += QStringLiteral("<p align=\"center\" style=\"font-size:14pt; font-weight:bold; "
                           "margin-bottom:6px\">%1</p>")
                .arg(text(QT_TRANSLATE_NOOP("CaseTimelineReport", "TIMELINE OF THE CASE"))
                         .toHtmlEscaped());
    html += facts(data.detail);
    html += QStringLiteral("<p style=\"font-size:6pt; margin:0px\">&nbsp;</p>");
    html += eventsTable(data.events);
    html += QStringLiteral("<p style=\"font-size:10pt; margin-top:8px\"><i>%1</i></p>")
                .arg(htmlText(text(QT_TRANSLATE_NOOP("CaseTimelineReport", "Printed %1 by %2"))
                                  .arg(when(data.printedAt), data.printedBy)));
    html += QStringLiteral("</body></html>");
    return html;
}

Result<void> writeCaseTimelinePdf(const CaseTimelineData& data, const QString& path) {
    return writeHtmlPdf(caseTimelineHtml(data), path, setupFor(data));
}

Result<void> printCaseTimeline(const CaseTimelineData& data, QPrinter& printer) {
    return printHtml(caseTimelineHtml(data), printer, setupFor(data));
}

} // namespace binhyen
