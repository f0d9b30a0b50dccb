#pragma once

#include "models/domain/Clock.h"
#include "models/domain/InformantIdentity.h"
#include "models/domain/LegalForms.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace binhyen {

class Session;

// Gathers what Mẫu 01 and Mẫu 03 (Thông tư 119/2021/TT-BCA) print about a tip, and records that a
// form was printed or saved. Every method needs Operation::PrintLegalForms.
class LegalFormsRepo {
public:
    LegalFormsRepo(QSqlDatabase db, const Clock& clock);

    // Mẫu 01: tip number, received time, channel, hamlet/address, summary and details, the
    // receiving officer (full name, rank, position), the station identity in force at the tip's
    // received time. The informant's identity is the caller's (the intake form before sealing,
    // or a chief's audited reveal through IdentityRepo): it is never read from the register
    // here. nullptr or an identity without a name: the form says the informant did not give one.
    Result<ReceiptRecordData> receiptData(const Session& session, qint64 tipId,
                                          const InformantIdentity* identity) const;
    // Mẫu 03: forwarded_to, forwarded_at, forward_slip_no of the tip, its summary, the station
    // identity in force at the forwarding time (the received time when not forwarded yet), and
    // the signer: the session's user when a chief, otherwise the active chief with the lowest id.
    Result<TransferSlipData> transferData(const Session& session, qint64 tipId) const;

    // The station identity in force on `date` (latest effective_from <= date).
    Result<FormUnit> unitAt(const Session& session, const QDate& date) const;

    // A signed audit row: action "tip.form.print" or "tip.form.save", entity "tip", detail
    // "Mẫu 01" / "Mẫu 03" and the file's name (never the informant's name). form: "01" | "03".
    Result<void> recordPrinted(const Session& session, qint64 tipId, const QString& form,
                               bool savedAsFile, const QString& fileName);

private:
    Result<FormUnit> unitOn(const QDate& date) const;

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
