#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QSqlDatabase>

namespace binhyen {

class Session;

// The demo register: the 3 September 2020 story (resources/demo/story.sql, compiled in as
// ":/demo/story.sql": station identity history, 40 hamlets, officers, the 36 hamlet Zalo groups and
// other models, September 2020 tips, cases and results), then a few recent months of ordinary
// activity generated relative to the clock, so a current report is not empty. Its accounts
// truong (chief), canbo1, canbo2 (officers) and thanhtra (inspector) log on with kPassword; the
// 20:30 caller of TB-0004/2020 and the informants of a few recent tips are sealed identities.
class DemoRepo {
public:
    static constexpr char kPassword[] = "BinhYen-demo-2020";

    explicit DemoRepo(QSqlDatabase db);

    // Fills an empty register in one transaction (all or nothing): the first chief (station key
    // pairs wrapped for that chief and for `escrowKey`, from the register's recovery secret), the
    // story, the recent months, the other accounts, the sealed identities and the chief's audit
    // baseline; then an audit checkpoint. Refuses a register that already holds tips or
    // accounts. The records are deterministic for a given clock.now() (keys and seals are not).
    // The months before the clock's month are then locked (MonthLockRepo::lockThrough).
    Result<void> fill(const Clock& clock, const SecretBytes& escrowKey);

private:
    Result<void> refuseNonEmpty();
    Result<Session> createChief(const Clock& clock, const SecretBytes& escrowKey);
    Result<void> enableAccounts(const Clock& clock, const Session& chief);
    Result<void> sealIdentities(const Clock& clock);
    // Leaves the chief's review queue something to do: the newest tip not yet classified, a
    // valuable-tip proposal waiting (the generated months classify and settle everything).
    Result<void> leaveWorkForTheChief();

    QSqlDatabase m_db;
};

} // namespace binhyen
