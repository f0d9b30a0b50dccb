#include "models/security/StationSetup.h"

#include "models/repo/audit/AuditRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/store/Register.h"
#include "models/store/Transaction.h"

#include <QFile>

namespace binhyen {

Result<std::unique_ptr<Register>> StationSetup::createRegister(const QString& path,
                                                               const SecretBytes& recoverySecret,
                                                               const StationSetupInput& input,
                                                               const SecretBytes& password,
                                                               const Clock& clock) {
    if (input.withStation) {
        if (const QString problem = StationRepo::identityProblem(input.station); !problem.isEmpty())
            return makeError(ErrorCode::InvalidInput, problem);
    }
    if (const QString problem = UserRepo::passwordProblem(password, input.chief.username);
        !problem.isEmpty())
        return makeError(ErrorCode::InvalidInput, problem);
    auto reg = Register::create(path, KeyDerivation::registerKey(recoverySecret));
    if (!reg)
        return reg;
    auto done =
        complete(*reg.value(), KeyDerivation::escrowKey(recoverySecret), input, password, clock);
    if (!done) {
        reg.value().reset();
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return done.error();
    }
    // The register exists now and its recovery key must be shown: an audit failure here is
    // reported by `binhyen audit verify`, not by losing the key.
    if (auto vouched = vouch(*reg.value(), input.chief.username, password, clock); !vouched)
        qWarning("first-run audit baseline failed: %s", qPrintable(vouched.error().text()));
    return reg;
}

Result<void> StationSetup::complete(Register& reg, const SecretBytes& escrowKey,
                                    const StationSetupInput& input, const SecretBytes& password,
                                    const Clock& clock) {
    QSqlDatabase db = reg.database();
    Transaction tx(db);
    if (input.withStation) {
        if (auto r = StationRepo(db).setUp(input.station, input.hamletLines, clock.now().date());
            !r)
            return r;
    }
    if (auto r = UserRepo(db, clock).createFirstChief(input.chief, password, escrowKey); !r)
        return r.error();
    return tx.commit();
}

Result<void> StationSetup::vouch(Register& reg, const QString& chiefUsername,
                                 const SecretBytes& password, const Clock& clock) {
    QSqlDatabase db = reg.database();
    auto chief = UserRepo(db, clock).logon(chiefUsername, password);
    if (!chief)
        return chief.error();
    AuditRepo audit(db, clock);
    if (auto vouched = audit.baseline(chief.value(), QStringLiteral("first-run")); !vouched)
        return vouched.error();
    if (auto checkpoint = audit.checkpoint(chief.value(), QStringLiteral("first-run")); !checkpoint)
        return checkpoint.error();
    return {};
}

Result<bool> StationSetup::needsFirstChief(Register& reg, const Clock& clock) {
    auto accounts = UserRepo(reg.database(), clock).list();
    if (!accounts)
        return accounts.error();
    for (const Account& a : accounts.value()) {
        if (a.hasPassword)
            return false;
    }
    return true;
}

} // namespace binhyen
