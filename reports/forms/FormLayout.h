#pragma once

#include "models/domain/LegalForms.h"
#include "reports/pdf/PdfDocument.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// Building blocks of a legal form laid out as a Vietnamese administrative document (Nghị định
// 30/2020/NĐ-CP): the two-column heading, the title, labelled lines, signature blocks. Values
// given as "text" are user text and are escaped here; "html" arguments are trusted markup.
namespace binhyen::forms {

// Heading: top left the parent body (regular) and the unit (bold) in capitals, a short rule, the
// "No.:" line; top right the national title and the motto (bold, each on one line), a rule, the
// place and date line in italics.
QString headingHtml(const FormUnit& unit, const QString& numberText, const QDate& date);
// "Láng Dài, ngày 03 tháng 9 năm 2020" (leading zero for days below 10 and months 1 and 2); an
// invalid date leaves blanks to fill by hand.
QString dateLine(const QString& placeName, const QDate& date);
// "20 giờ 30 phút, ngày 03/09/2020"; blanks when invalid.
QString timeText(const QDateTime& time);
// The centred bold title (capitals) and an optional bold subtitle.
QString titleHtml(const QString& title, const QString& subtitle = {});
// A paragraph of trusted markup, justified, 6 pt after.
QString paragraphHtml(const QString& html);
// "Label: value" with the value escaped; an empty value prints dots to fill by hand.
QString fieldHtml(const QString& label, const QString& valueText);
// The escaped value, or dots when empty.
QString valueOrBlank(const QString& valueText);
// Signature blocks side by side (either caption may be empty): caption bold in capitals,
// "(Signature, full name)" in italics, room to sign, the name in bold.
QString signaturesHtml(const QString& leftCaption, const QString& leftNameText,
                       const QString& rightCaption, const QString& rightNameText,
                       const QString& leftHtmlBefore = {});
// The officer as a line: "Nguyễn Văn A, Thiếu úy, Cán bộ Công an xã" (escaped).
QString officerText(const FormOfficer& officer);
// The page set-up of the forms (Nghị định 30/2020 margins, page numbers from page 2).
PdfPageSetup pageSetup(const QString& title, bool ownerOnly);

} // namespace binhyen::forms
