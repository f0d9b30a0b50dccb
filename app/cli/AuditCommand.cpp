#include "app/cli/AuditCommand.h"

#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/KeySources.h"
#include "models/repo/audit/AuditAnchor.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/store/Register.h"

#include <QCoreApplication>
#include <optional>

namespace binhyen::cli {

namespace {

constexpr int kBroken = 7;

// The checkpoint this computer remembers for the register's chain, when there is one.
std::optional<Checkpoint> rememberedCheckpoint(Register& reg) {
    const Keychain::CheckpointOutcome remembered = auditanchor::recall(Keychain(), reg.database());
    switch (remembered.status) {
    case Keychain::Status::Found:
        return Checkpoint{remembered.number, remembered.hash, QString()};
    case Keychain::Status::NotFound:
        say(QCoreApplication::translate("AuditCommand",
                                        "This computer remembers no audit checkpoint of this "
                                        "register: it is checked on its own."));
        break;
    case Keychain::Status::Unavailable:
        warn(QCoreApplication::translate(
            "AuditCommand", "No keychain on this computer: the register cannot be checked "
                            "against the audit checkpoint remembered here."));
        break;
    }
    return std::nullopt;
}

} // namespace

// binhyen audit verify --register F [--key-file K]
int runAuditCommand(const Arguments& args) {
    const QString path = args.value(QStringLiteral("register"));
    if (args.word(1) != QLatin1String("verify") || path.isEmpty() || args.words().size() > 2)
        return usage(QCoreApplication::translate(
            "AuditCommand", "Usage: binhyen audit verify --register FILE [--key-file FILE]"));
    auto key = registerKeyFor(path, args.value(QStringLiteral("key-file")));
    if (!key)
        return fail(key.error());
    auto reg = Register::open(path, key.take(), {false, -1});
    if (!reg)
        return fail(reg.error());
    const std::optional<Checkpoint> remembered = rememberedCheckpoint(*reg.value());
    SystemClock clock;
    auto verdict = AuditRepo(reg.value()->database(), clock)
                       .verify(remembered ? &remembered.value() : nullptr);
    if (!verdict)
        return fail(verdict.error());
    const AuditRepo::Verdict& v = verdict.value();
    out(v.intact ? QStringLiteral("intact") : QStringLiteral("BROKEN: ") + v.problem);
    out(QStringLiteral("rows: %1").arg(v.rowsChecked));
    out(QStringLiteral("checkpoints: %1").arg(v.checkpoints));
    out(QStringLiteral("rows after last checkpoint: %1").arg(v.rowsAfterCheckpoint));
    if (!v.intact) {
        say(QCoreApplication::translate("AuditCommand", "The audit trail is broken: %1")
                .arg(v.problem));
        return kBroken;
    }
    if (v.rowsAfterCheckpoint > 0)
        warn(QCoreApplication::translate("AuditCommand",
                                         "%n audit row(s) after the last checkpoint are not yet "
                                         "signed by a chief.",
                                         nullptr, static_cast<int>(v.rowsAfterCheckpoint)));
    say(QCoreApplication::translate("AuditCommand", "The audit trail is intact."));
    return 0;
}

} // namespace binhyen::cli
