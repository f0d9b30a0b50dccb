#include "reports/forms/FormLayout.h"

#include <QCoreApplication>

namespace binhyen::forms {

namespace {

const QString kDots = QStringLiteral("……………………");

} // namespace

QString dateLine(const QString& placeName, const QDate& date) {
    const QString place = placeName.trimmed().isEmpty() ? kDots : placeName.trimmed();
    if (!date.isValid())
        return QCoreApplication::translate("LegalForms", "%1, on %2/%3/%4")
            .arg(place, QStringLiteral("……"), QStringLiteral("……"), QStringLiteral("………"));
    const QString day = QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
    const QString month = date.month() <= 2
                              ? QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'))
                              : QString::number(date.month());
    return QCoreApplication::translate("LegalForms", "%1, on %2/%3/%4")
        .arg(place, day, month, QString::number(date.year()));
}

QString timeText(const QDateTime& time) {
    if (!time.isValid())
        return QCoreApplication::translate("LegalForms", "…… h …… min, on ……/……/………");
    return QCoreApplication::translate("LegalForms", "%1 h %2 min, on %3")
        .arg(time.toString(QStringLiteral("HH")), time.toString(QStringLiteral("mm")),
             time.toString(QStringLiteral("dd/MM/yyyy")));
}

QString headingHtml(const FormUnit& unit, const QString& numberText, const QDate& date) {
    const QString number =
        numberText.trimmed().isEmpty() ? QStringLiteral("………/………") : htmlText(numberText.trimmed());
    // white-space:nowrap keeps the national title and the motto each on one line.
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
               "<td width=\"40%\" align=\"center\">"
               "<p align=\"center\" style=\"font-size:12pt; margin:0px; white-space:nowrap\">%1</p>"
               "<p align=\"center\" style=\"font-size:12pt; font-weight:bold; margin:0px; "
               "white-space:nowrap\">%2</p>"
               "<hr align=\"center\" width=\"35%\"/>"
               "<p align=\"center\" style=\"font-size:13pt; margin-top:4px\">%3</p></td>"
               "<td width=\"60%\" align=\"center\">"
               "<p align=\"center\" style=\"font-size:12pt; font-weight:bold; margin:0px; "
               "white-space:nowrap\">%4</p>"
               "<p align=\"center\" style=\"font-size:13pt; font-weight:bold; margin:0px; "
               "white-space:nowrap\">%5</p>"
               "<hr align=\"center\" width=\"58%\"/>"
               "<p align=\"center\" style=\"font-size:13pt; font-style:italic; "
               "margin-top:4px\">%6</p></td></tr></table>"
               // QTextDocument drops the top margin of a block after a table.
               "<p style=\"font-size:10pt; margin:0px\">&nbsp;</p>")
        .arg(htmlText(unit.parentBody.toUpper()), htmlText(unit.unitName.toUpper()),
             QCoreApplication::translate("LegalForms", "No.: %1").arg(number),
             QCoreApplication::translate("LegalForms", "SOCIALIST REPUBLIC OF VIETNAM")
                 .toHtmlEscaped(),
             QCoreApplication::translate("LegalForms", "Independence - Freedom - Happiness")
                 .toHtmlEscaped(),
             htmlText(dateLine(unit.placeName, date)));
}

QString titleHtml(const QString& title, const QString& subtitle) {
    QString html = QStringLiteral("<p align=\"center\" style=\"font-size:14pt; font-weight:bold; "
                                  "margin-top:6px; margin-bottom:0px\">%1</p>")
                       .arg(title.toHtmlEscaped());
    if (!subtitle.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"font-size:14pt; font-weight:bold; "
                               "margin:0px\">%1</p>")
                    .arg(subtitle.toHtmlEscaped());
    return html + QStringLiteral("<p style=\"font-size:8pt; margin:0px\">&nbsp;</p>");
}

QString paragraphHtml(const QString& html) {
    return QStringLiteral("<p align=\"justify\" style=\"margin-top:0px; margin-bottom:6px\">%1</p>")
        .arg(html);
}

QString valueOrBlank(const QString& valueText) {
    return valueText.trimmed().isEmpty() ? kDots : htmlText(valueText.trimmed());
}

QString fieldHtml(const QString& label, const QString& valueText) {
    return paragraphHtml(
        QStringLiteral("%1 %2").arg(label.toHtmlEscaped(), valueOrBlank(valueText)));
}

QString signaturesHtml(const QString& leftCaption, const QString& leftNameText,
                       const QString& rightCaption, const QString& rightNameText,
                       const QString& leftHtmlBefore) {
    const auto block = [](const QString& caption, const QString& name) {
        if (caption.isEmpty())
            return QString();
        return QStringLiteral("<p align=\"center\" style=\"font-weight:bold; margin:0px\">%1</p>"
                              "<p align=\"center\" style=\"font-style:italic; margin:0px\">%2</p>"
                              "<p style=\"margin-top:70px\">&nbsp;</p>"
                              "<p align=\"center\" style=\"font-weight:bold; margin:0px\">%3</p>")
            .arg(
                caption.toHtmlEscaped(),
                QCoreApplication::translate("LegalForms", "(Signature, full name)").toHtmlEscaped(),
                htmlText(name));
    };
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" "
                          "style=\"margin-top:12px\"><tr>"
                          "<td width=\"50%\" valign=\"top\">%1%2</td>"
                          "<td width=\"50%\" valign=\"top\" align=\"center\">%3</td></tr></table>")
        .arg(leftHtmlBefore, block(leftCaption, leftNameText), block(rightCaption, rightNameText));
}

QString officerText(const FormOfficer& officer) {
    QStringList parts;
    for (const QString& part : {officer.fullName, officer.rank, officer.position})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts.join(QStringLiteral(", "));
}

PdfPageSetup pageSetup(const QString& title, bool ownerOnly) {
    PdfPageSetup setup;
    setup.title = title;
    setup.ownerOnly = ownerOnly;
    return setup;
}

} // namespace binhyen::forms
