#include "reports/recovery/RecoverySheet.h"

#include "reports/pdf/PdfDocument.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace binhyen {

namespace {

QString detailRow(const QString& label, const QString& value) {
    return QStringLiteral(
               "<tr><td width=\"32%\">%1</td><td style=\"font-weight:bold\">%2</td></tr>")
        .arg(label.toHtmlEscaped(), value);
}

// QTextDocument ignores block margins next to a table: vertical space as an empty line.
QString spacer(int points) {
    return QStringLiteral("<p style=\"font-size:%1pt; margin:0px\">&nbsp;</p>").arg(points);
}

QString keyHtml(const QString& recoveryKey) {
    const QStringList groups = recoveryKeyGroups(recoveryKey);
    const QString separator =
        recoveryKey.contains(QLatin1Char('-')) ? QStringLiteral("-") : QStringLiteral("&nbsp; ");
    int longest = 1;
    for (const QString& group : groups)
        longest = qMax(longest, int(group.size()));
    // At most ~28 characters a line, lines balanced (8 groups: 4 + 4, not 5 + 3).
    const int maxPerLine = qMax(1, 28 / (longest + 1));
    const int lineCount = int((groups.size() + maxPerLine - 1) / maxPerLine);
    const int perLine = lineCount > 0 ? int((groups.size() + lineCount - 1) / lineCount) : 1;
    QStringList lines;
    for (int i = 0; i < groups.size(); i += perLine) {
        QStringList line;
        for (const QString& group : groups.mid(i, perLine))
            line << htmlText(group);
        lines << line.join(separator);
    }
    return lines.join(separator == QStringLiteral("-") ? QStringLiteral("-<br/>")
                                                       : QStringLiteral("<br/>"));
}

} // namespace

QStringList recoveryKeyGroups(const QString& recoveryKey) {
    const QString key = recoveryKey.trimmed();
    static const QRegularExpression separators(QStringLiteral("[\\s-]+"));
    if (key.contains(separators))
        return key.split(separators, Qt::SkipEmptyParts);
    QStringList groups;
    for (qsizetype i = 0; i < key.size(); i += 4)
        groups << key.mid(i, 4);
    return groups;
}

QString recoverySheetHtml(const RecoverySheetData& data) {
    const QString created = data.createdAt.isValid()
                                ? data.createdAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                                : QString();
    QString html;
    html += QStringLiteral("<html><body>");
    // Issuing body, top left, as on an official document (NĐ 30/2020).
    html += QStringLiteral(
                "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
                "<td width=\"50%\"><p align=\"center\" style=\"font-weight:bold; "
                "margin-bottom:0px\">%1</p>"
                "<hr align=\"center\" width=\"30%\"/></td><td width=\"50%\"></td></tr></table>"
                // QTextDocument drops the top margin of a block after a table.
                "<p style=\"font-size:8pt; margin:0px\">&nbsp;</p>")
                .arg(htmlText(data.stationName.toUpper()));
    html += QStringLiteral("<p align=\"center\" style=\"font-size:15pt; font-weight:bold; "
                           "margin:0px\">%1</p>")
                .arg(QCoreApplication::translate("RecoverySheet",
                                                 "RECOVERY KEY OF THE BINHYEN REGISTER")
                         .toHtmlEscaped());
    html += spacer(10);
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">");
    html += detailRow(QCoreApplication::translate("RecoverySheet", "Station:"),
                      htmlText(data.stationName));
    html += detailRow(QCoreApplication::translate("RecoverySheet", "Register ID:"),
                      htmlText(data.registerId));
    html += detailRow(QCoreApplication::translate("RecoverySheet", "Register file:"),
                      htmlText(QFileInfo(data.registerPath).fileName()));
    html +=
        detailRow(QCoreApplication::translate("RecoverySheet", "Created on:"), htmlText(created));
    html += QStringLiteral("</table>");
    // The key, large and grouped, in a ruled box.
    html += QStringLiteral("<p style=\"margin-top:18px; margin-bottom:6px\">%1</p>")
                .arg(QCoreApplication::translate("RecoverySheet", "Recovery key:").toHtmlEscaped());
    html +=
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"14\" "
                       "style=\"border-style:solid; border-color:#000000; "
                       "border-collapse:collapse\"><tr><td><p align=\"center\" "
                       "style=\"font-size:20pt; font-weight:bold; letter-spacing:1pt; "
                       "line-height:150%; margin:0px\">%1</p></td></tr></table>")
            .arg(keyHtml(data.recoveryKey));
    html +=
        QStringLiteral("<p style=\"margin-top:22px; margin-bottom:4px; font-weight:bold\">%1</p>")
            .arg(QCoreApplication::translate("RecoverySheet", "How to keep this sheet")
                     .toHtmlEscaped());
    const char* const rules[] = {
        QT_TRANSLATE_NOOP("RecoverySheet",
                          "Keep this sheet on paper only, in a locked place (a safe). Never "
                          "store it on a computer or a phone."),
        QT_TRANSLATE_NOOP("RecoverySheet", "Whoever holds this sheet can open the register and "
                                           "the sealed informant compartment."),
        QT_TRANSLATE_NOOP("RecoverySheet",
                          "It is needed when this computer's keychain is lost or when the "
                          "register moves to another computer."),
        QT_TRANSLATE_NOOP("RecoverySheet",
                          "Never photograph this sheet and never send it by Zalo or email."),
        QT_TRANSLATE_NOOP("RecoverySheet",
                          "If this sheet is lost or exposed, the chief must rekey the register at "
                          "once; rekeying issues a new recovery key."),
    };
    html += QStringLiteral("<ol style=\"margin-top:0px\">");
    for (const char* rule : rules)
        html += QStringLiteral("<li style=\"margin-bottom:4px\">%1</li>")
                    .arg(QCoreApplication::translate("RecoverySheet", rule).toHtmlEscaped());
    html += QStringLiteral("</ol>");
    // Receipt and signature of the chief, bottom right.
    html +=
        QStringLiteral(
            "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"margin-top:26px\">"
            "<tr><td width=\"45%\"></td><td width=\"55%\" align=\"center\">"
            "<p align=\"center\" style=\"font-style:italic\">%1</p>"
            "<p align=\"center\" style=\"font-weight:bold; margin-top:6px\">%2</p>"
            "<p align=\"center\" style=\"font-style:italic\">%3</p>"
            "<p style=\"margin-top:80px\">&nbsp;</p></td></tr></table>")
            .arg(QCoreApplication::translate("RecoverySheet",
                                             "Date of receipt: ....../....../..........")
                     .toHtmlEscaped(),
                 QCoreApplication::translate("RecoverySheet", "THE CHIEF").toHtmlEscaped(),
                 QCoreApplication::translate("RecoverySheet", "(Signature and full name)")
                     .toHtmlEscaped());
    html += QStringLiteral("</body></html>");
    return html;
}

Result<void> writeRecoverySheet(const RecoverySheetData& data, const QString& pdfPath) {
    PdfPageSetup setup;
    setup.pageNumbers = false;
    setup.ownerOnly = true;
    setup.title = QCoreApplication::translate("RecoverySheet", "BinhYen register recovery key");
    return writeHtmlPdf(recoverySheetHtml(data), pdfPath, setup);
}

} // namespace binhyen
