#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/repo/accounts/StationRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/security/SecretBytes.h"

#include <memory>

namespace binhyen {

class Register;

// What the first-run wizard collects. The station part is skipped when the register already
// names its station (binhyen init --station-name …).
struct StationSetupInput {
    bool withStation = true;
    StationIdentity station;
    QStringList hamletLines;
    NewAccount chief;
};

// First run, without widgets: the station's identity and hamlets, then the first chief (with the
// station key pairs, wrapped for that chief and for the escrow key).
class StationSetup {
public:
    // A new register at `path` keyed from the new recovery secret. A failure half-way removes
    // the file again, so the wizard can simply be finished again.
    static Result<std::unique_ptr<Register>>
    createRegister(const QString& path, const SecretBytes& recoverySecret,
                   const StationSetupInput& input, const SecretBytes& password, const Clock& clock);
    // A register made without a chief (binhyen init): the escrow key comes from the recovery
    // key the user typed.
    static Result<void> complete(Register& reg, const SecretBytes& escrowKey,
                                 const StationSetupInput& input, const SecretBytes& password,
                                 const Clock& clock);
    // After complete(): the new chief vouches for the records made so far (audit baseline) and
    // signs the first audit checkpoint, so that `binhyen audit verify` passes from the start.
    static Result<void> vouch(Register& reg, const QString& chiefUsername,
                              const SecretBytes& password, const Clock& clock);
    // True when no account can log on yet (no account has a password).
    static Result<bool> needsFirstChief(Register& reg, const Clock& clock);
};

} // namespace binhyen
