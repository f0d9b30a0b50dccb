#pragma once

#include "models/domain/Result.h"
#include "reports/forms/LegalFormData.h"

#include <QString>

class QPrinter;

namespace binhyen {

// Mẫu 01 (Thông tư 119/2021/TT-BCA) "Biên bản tiếp nhận nguồn tin về tội phạm", laid out as a
// Vietnamese administrative document (Nghị định 30/2020/NĐ-CP). An anonymous tip (no informant)
// says so and leaves the informant's lines blank. Every value is printed literally.
Result<QString> receiptRecordHtml(const ReceiptRecordData& data);
// Saving the form as a file is the explicit, warned alternative to printing: the file holds the
// informant's identity, so it is created readable by its owner only.
Result<void> writeReceiptRecordPdf(const ReceiptRecordData& data, const QString& path);
Result<void> printReceiptRecord(const ReceiptRecordData& data, QPrinter& printer);

} // namespace binhyen
