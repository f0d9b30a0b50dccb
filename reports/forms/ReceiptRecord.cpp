#include "reports/forms/ReceiptRecord.h"

#include "models/domain/Labels.h"
#include "reports/forms/FormLayout.h"

#include <QCoreApplication>

namespace binhyen {

namespace {

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message);
}

bool hasInformant(const ReceiptRecordData& data) {
    return data.informant && !data.informant->fullName.trimmed().isEmpty();
}

QString informantHtml(const ReceiptRecordData& data) {
    const bool known = hasInformant(data);
    const FormInformant none;
    const FormInformant& who = known ? *data.informant : none;
    QString html;
    if (!known)
        html += forms::paragraphHtml(
            QStringLiteral("<i>%1</i>")
                .arg(QCoreApplication::translate(
                         "LegalForms", "The person who gave the information did not give their "
                                       "identity.")
                         .toHtmlEscaped()));
    html += forms::fieldHtml(QCoreApplication::translate("LegalForms", "Full name:"), who.fullName);
    html += forms::fieldHtml(QCoreApplication::translate("LegalForms", "Year of birth:"),
                             who.birthYear);
    html += forms::fieldHtml(QCoreApplication::translate("LegalForms", "Place of residence:"),
                             who.address);
    html += forms::paragraphHtml(
        QStringLiteral("%1 %2 &nbsp; %3 %4")
            .arg(QCoreApplication::translate("LegalForms", "Identity card No.:").toHtmlEscaped(),
                 forms::valueOrBlank(who.idNumber),
                 QCoreApplication::translate("LegalForms", "issued on, by:").toHtmlEscaped(),
                 forms::valueOrBlank(who.idIssued)));
    html += forms::fieldHtml(QCoreApplication::translate("LegalForms", "Phone number:"), who.phone);
    html += forms::fieldHtml(
        QCoreApplication::translate("LegalForms", "Relationship to the matter:"), who.relationship);
    return html;
}

QString contentHtml(const ReceiptRecordData& data) {
    QString content = htmlText(data.summary.trimmed());
    if (!data.details.trimmed().isEmpty())
        content += QStringLiteral("<br/>") + htmlText(data.details.trimmed());
    QString html;
    html += forms::paragraphHtml(
        QStringLiteral("<b>%1</b>")
            .arg(QCoreApplication::translate("LegalForms", "Content of the information:")
                     .toHtmlEscaped()));
    html += forms::fieldHtml(QCoreApplication::translate("LegalForms", "Place of the incident:"),
                             data.incidentPlace);
    html += forms::paragraphHtml(content);
    html += forms::paragraphHtml(
        QStringLiteral("<b>%1</b> %2")
            .arg(QCoreApplication::translate("LegalForms", "Documents and objects handed over:")
                     .toHtmlEscaped(),
                 data.handedOver.trimmed().isEmpty()
                     ? QCoreApplication::translate("LegalForms", "None.").toHtmlEscaped()
                     : htmlText(data.handedOver.trimmed())));
    return html;
}

} // namespace

Result<QString> receiptRecordHtml(const ReceiptRecordData& data) {
    if (data.unit.unitName.trimmed().isEmpty())
        return invalid(QCoreApplication::translate(
            "LegalForms", "The station's name for the tip's date is missing (station identity)."));
    if (!data.receivedAt.isValid() || data.summary.trimmed().isEmpty())
        return invalid(QCoreApplication::translate(
            "LegalForms", "The tip's received time and content are needed for the form."));
    const QString where = data.receivedPlace.trimmed().isEmpty()
                              ? QCoreApplication::translate("LegalForms", "the office of %1")
                                    .arg(data.unit.unitName.trimmed())
                              : data.receivedPlace.trimmed();
    QString html = QStringLiteral("<html><body>");
    html += forms::headingHtml(data.unit, data.documentNo, data.receivedAt.date());
    html += forms::titleHtml(QCoreApplication::translate(
        "LegalForms", "RECORD OF RECEIPT OF INFORMATION ABOUT A CRIME"));
    html +=
        forms::paragraphHtml(QCoreApplication::translate("LegalForms", "At %1, at %2.")
                                 .arg(htmlText(forms::timeText(data.receivedAt)), htmlText(where)));
    html += forms::paragraphHtml(
        QCoreApplication::translate("LegalForms", "I, %1, of %2, received the information "
                                                  "about a crime (tip No. %3, by %4) from:")
            .arg(QStringLiteral("<b>%1</b>")
                     .arg(forms::valueOrBlank(forms::officerText(data.receiver))),
                 htmlText(data.unit.unitName.trimmed()), htmlText(data.tipNumber),
                 htmlText(channelLabel(data.channel))));
    html += informantHtml(data);
    html += contentHtml(data);
    html += forms::paragraphHtml(
        QCoreApplication::translate("LegalForms",
                                    "This record was read back to the person who gave the "
                                    "information, who agreed with its content and signed it "
                                    "together with the receiving officer.")
            .toHtmlEscaped());
    html += forms::signaturesHtml(
        QCoreApplication::translate("LegalForms", "THE PERSON GIVING THE INFORMATION"),
        hasInformant(data) ? data.informant->fullName.trimmed() : QString(),
        QCoreApplication::translate("LegalForms", "THE RECEIVING OFFICER"),
        data.receiver.fullName.trimmed());
    html += QStringLiteral("</body></html>");
    return html;
}

Result<void> writeReceiptRecordPdf(const ReceiptRecordData& data, const QString& path) {
    auto html = receiptRecordHtml(data);
    if (!html)
        return html.error();
    // Owner-only: a filled Mẫu 01 names the informant.
    return writeHtmlPdf(
        html.value(), path,
        forms::pageSetup(QCoreApplication::translate("LegalForms", "Record of receipt of tip %1")
                             .arg(data.tipNumber),
                         true));
}

Result<void> printReceiptRecord(const ReceiptRecordData& data, QPrinter& printer) {
    auto html = receiptRecordHtml(data);
    if (!html)
        return html.error();
    return printHtml(
        html.value(), printer,
        forms::pageSetup(QCoreApplication::translate("LegalForms", "Record of receipt of tip %1")
                             .arg(data.tipNumber),
                         false));
}

} // namespace binhyen
