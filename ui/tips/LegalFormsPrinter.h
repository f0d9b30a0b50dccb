#pragma once

#include "models/domain/InformantIdentity.h"
#include "models/domain/Result.h"

#include <QString>

class QWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// Printing the legal forms of a tip (Thông tư 119/2021/TT-BCA): the data from LegalFormsRepo, a
// small window (tip number, "Print…", "Save as PDF instead…"), QPrintDialog, the reports/forms
// print function, then LegalFormsRepo::recordPrinted. Saving a file is the explicit alternative:
// for Mẫu 01 a warning first (the file holds the informant's name; it is recorded), then a file
// name. The window keeps its own copy of Mẫu 01's informant and wipes it when it closes, so the
// caller may wipe `identity` as soon as this returns.

// Mẫu 01 "Biên bản tiếp nhận nguồn tin về tội phạm". identity: the intake form's (before it is
// cleared) or a chief's audited reveal; nullptr for an anonymous tip.
void printReceiptRecord(QWidget* parent, Register& reg, const Clock& clock, const Session& session,
                        qint64 tipId, const InformantIdentity* identity);
// Mẫu 03 "Phiếu chuyển nguồn tin về tội phạm" (never carries the informant).
void printTransferSlip(QWidget* parent, Register& reg, const Clock& clock, const Session& session,
                       qint64 tipId);

// The same as "Save as PDF instead…" without the questions (tests, scripted use): writes the form
// to `path` and records "tip.form.save".
Result<void> saveReceiptRecordAs(Register& reg, const Clock& clock, const Session& session,
                                 qint64 tipId, const InformantIdentity* identity,
                                 const QString& path);
Result<void> saveTransferSlipAs(Register& reg, const Clock& clock, const Session& session,
                                qint64 tipId, const QString& path);

} // namespace binhyen::ui
