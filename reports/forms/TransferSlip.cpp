#include "reports/forms/TransferSlip.h"

#include "models/domain/Labels.h"
#include "reports/forms/FormLayout.h"

#include <QCoreApplication>

namespace binhyen {

namespace {

QString recipientsHtml() {
    return QStringLiteral("<p style=\"font-size:12pt; font-weight:bold; font-style:italic; "
                          "margin:0px\">%1</p>"
                          "<p style=\"font-size:11pt; margin:0px\">%2</p>"
                          "<p style=\"font-size:11pt; margin:0px\">%3</p>")
        .arg(QCoreApplication::translate("LegalForms", "Recipients:").toHtmlEscaped(),
             QCoreApplication::translate("LegalForms", "- As above;").toHtmlEscaped(),
             QCoreApplication::translate("LegalForms", "- Filed: case file.").toHtmlEscaped());
}

PdfPageSetup slipSetup(const TransferSlipData& data) {
    return forms::pageSetup(
        QCoreApplication::translate("LegalForms", "Transfer slip of tip %1").arg(data.tipNumber),
        false);
}

} // namespace

Result<QString> transferSlipHtml(const TransferSlipData& data) {
    if (data.unit.unitName.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("LegalForms",
                                                     "The station's name for the tip's date is "
                                                     "missing (station identity)."));
    if (!data.receivedAt.isValid() || data.summary.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("LegalForms", "The tip's received time and "
                                                                   "content are needed for the "
                                                                   "form."));
    const QString unitName = data.unit.unitName.trimmed();
    QString html = QStringLiteral("<html><body>");
    html += forms::headingHtml(data.unit, data.slipNo,
                               data.forwardedAt.isValid() ? data.forwardedAt.date() : QDate());
    html += forms::titleHtml(
        QCoreApplication::translate("LegalForms", "SLIP TRANSFERRING INFORMATION ABOUT A CRIME"));
    html += QStringLiteral("<p align=\"center\" style=\"margin-top:0px; margin-bottom:10px\">"
                           "%1 %2</p>")
                .arg(QCoreApplication::translate("LegalForms", "To:").toHtmlEscaped(),
                     forms::valueOrBlank(data.recipient));
    html += forms::paragraphHtml(
        QCoreApplication::translate("LegalForms", "Pursuant to Articles 145 and 146 of the "
                                                  "Criminal Procedure Code 2015;")
            .toHtmlEscaped());
    html += forms::paragraphHtml(
        QCoreApplication::translate("LegalForms",
                                    "%1 transfers the information about a crime No. %2, "
                                    "received at %3 by %4, to %5 for handling within its "
                                    "competence.")
            .arg(htmlText(unitName), htmlText(data.tipNumber),
                 htmlText(forms::timeText(data.receivedAt)), htmlText(channelLabel(data.channel)),
                 forms::valueOrBlank(data.recipient)));
    html += forms::fieldHtml(QCoreApplication::translate("LegalForms", "Place of the incident:"),
                             data.incidentPlace);
    html += forms::paragraphHtml(
        QStringLiteral("<b>%1</b> %2")
            .arg(QCoreApplication::translate("LegalForms", "Summary of the content:")
                     .toHtmlEscaped(),
                 htmlText(data.summary.trimmed())));
    html += forms::paragraphHtml(
        QStringLiteral("<b>%1</b> %2")
            .arg(QCoreApplication::translate("LegalForms", "Documents and objects enclosed:")
                     .toHtmlEscaped(),
                 data.documents.trimmed().isEmpty()
                     ? QCoreApplication::translate("LegalForms", "None.").toHtmlEscaped()
                     : htmlText(data.documents.trimmed())));
    const QString signer =
        data.chief.position.trimmed().isEmpty()
            ? QCoreApplication::translate("LegalForms", "CHIEF OF THE COMMUNE POLICE")
            : data.chief.position.trimmed().toUpper();
    html += forms::signaturesHtml(QString(), QString(), signer, data.chief.fullName.trimmed(),
                                  recipientsHtml());
    html += QStringLiteral("</body></html>");
    return html;
}

Result<void> writeTransferSlipPdf(const TransferSlipData& data, const QString& path) {
    auto html = transferSlipHtml(data);
    if (!html)
        return html.error();
    return writeHtmlPdf(html.value(), path, slipSetup(data));
}

Result<void> printTransferSlip(const TransferSlipData& data, QPrinter& printer) {
    auto html = transferSlipHtml(data);
    if (!html)
        return html.error();
    return printHtml(html.value(), printer, slipSetup(data));
}

} // namespace binhyen
