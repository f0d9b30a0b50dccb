#pragma once

// Internal to IdentityRepo.cpp and IdentityKeys.cpp: shared queries and messages.

#include "models/domain/Result.h"
#include "models/security/IdentityCodec.h"
#include "models/security/SecretBytes.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace binhyen {

class Clock;
class Session;
struct AuditEntry;

namespace identitydetail {

Error dbError(const QSqlQuery& q);

struct SealedTip {
    qint64 id = 0;
    QString number; // "TB-0012/2020"
    qint64 informantId = 0;
    QByteArray sealed;
};
// Every tip with a sealed identity and an id above `afterId`, in id order: kSealedTipsSql (one
// bound value, afterId), read through the partial index tips_sealed (migration 11).
extern const char* const kSealedTipsSql;
Result<QList<SealedTip>> sealedTips(QSqlDatabase db, qint64 afterId);

// Opens a sealed value with the identity secret and checks the tip id inside. VerificationFailed
// (translated, naming the tip number) when it does not open or belongs to another tip.
Result<identitycodec::Decoded> openTip(const SealedTip& tip, const SecretBytes& identitySecret);

Result<void> audit(QSqlDatabase db, const Clock& clock, const Session& session,
                   const AuditEntry& entry);
// The audit's hash of a tip's state after a change.
Result<QByteArray> tipHash(QSqlDatabase db, const Clock& clock, qint64 tipId);

} // namespace identitydetail
} // namespace binhyen
