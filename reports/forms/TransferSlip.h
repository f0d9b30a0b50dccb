#pragma once

#include "models/domain/Result.h"
#include "reports/forms/LegalFormData.h"

#include <QString>

class QPrinter;

namespace binhyen {

// Mẫu 03 (Thông tư 119/2021/TT-BCA) "Phiếu chuyển nguồn tin về tội phạm" to the investigating
// body (Điều 145, 146 BLTTHS 2015). Never carries the informant's identity.
Result<QString> transferSlipHtml(const TransferSlipData& data);
Result<void> writeTransferSlipPdf(const TransferSlipData& data, const QString& path);
Result<void> printTransferSlip(const TransferSlipData& data, QPrinter& printer);

} // namespace binhyen
