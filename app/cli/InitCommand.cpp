#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "app/cli/UserSession.h"
#include "models/domain/Clock.h"
#include "models/repo/accounts/StationRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditAnchor.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/KeyFiles.h"
#include "models/security/Keychain.h"
#include "models/security/RecoveryKey.h"
#include "models/security/StationSetup.h"
#include "models/store/Register.h"
#include "models/store/RegisterFile.h"
#include "reports/recovery/RecoverySheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace binhyen::cli {

namespace {

const QStringList kStationOptions{
    QStringLiteral("station-name"),     QStringLiteral("commune-code"),
    QStringLiteral("province-code"),    QStringLiteral("place-name"),
    QStringLiteral("parent-body"),      QStringLiteral("province-name"),
    QStringLiteral("report-recipient"), QStringLiteral("hamlets")};
const QStringList kStationRequired{QStringLiteral("station-name"), QStringLiteral("commune-code"),
                                   QStringLiteral("province-code"), QStringLiteral("place-name"),
                                   QStringLiteral("parent-body")};
const QStringList kChiefOptions{QStringLiteral("chief-user"), QStringLiteral("chief-name")};

bool anyOf(const Arguments& args, const QStringList& names) {
    for (const QString& n : names) {
        if (args.has(n))
            return true;
    }
    return false;
}

QString firstMissing(const Arguments& args, const QStringList& names) {
    for (const QString& n : names) {
        if (args.value(n).trimmed().isEmpty())
            return n;
    }
    return {};
}

// What `binhyen init --station-name … --chief-user …` sets up (the first-run wizard's data).
struct SetUp {
    bool station = false;
    bool chief = false;
    StationSetupInput input;
    SecretBytes password;
};

SetUp setUpFrom(const Arguments& args) {
    SetUp s;
    s.station = anyOf(args, kStationOptions);
    s.chief = anyOf(args, kChiefOptions);
    StationIdentity& st = s.input.station;
    st.unitName = args.value(QStringLiteral("station-name"));
    st.parentBody = args.value(QStringLiteral("parent-body"));
    st.placeName = args.value(QStringLiteral("place-name"));
    // Optional: the report goes to the superior body unless told otherwise. Empty, never NULL.
    st.reportRecipient = args.has(QStringLiteral("report-recipient"))
                             ? args.value(QStringLiteral("report-recipient"))
                             : st.parentBody;
    st.communeCode = args.value(QStringLiteral("commune-code"));
    st.provinceCode = args.value(QStringLiteral("province-code"));
    st.provinceName = args.value(QStringLiteral("province-name"));
    if (st.provinceName.isNull())
        st.provinceName = QStringLiteral("");
    s.input.withStation = s.station;
    s.input.hamletLines =
        args.value(QStringLiteral("hamlets")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    s.input.chief.username = args.value(QStringLiteral("chief-user")).trimmed().toLower();
    s.input.chief.fullName = args.value(QStringLiteral("chief-name")).simplified();
    s.input.chief.role = Role::Chief;
    return s;
}

// Station, hamlets and first chief in one transaction; then the chief vouches for the records
// (audit baseline) and signs the first checkpoint, so that `binhyen audit verify` passes.
Result<void> setUpStation(Register& reg, SetUp& setUp, const SecretBytes& recovery) {
    SystemClock clock;
    QSqlDatabase db = reg.database();
    if (!setUp.chief) {
        const QString problem = StationRepo::identityProblem(setUp.input.station);
        if (!problem.isEmpty())
            return makeError(ErrorCode::InvalidInput, problem);
        return StationRepo(db).setUp(setUp.input.station, setUp.input.hamletLines,
                                     clock.now().date());
    }
    if (auto done = StationSetup::complete(reg, KeyDerivation::escrowKey(recovery), setUp.input,
                                           setUp.password, clock);
        !done)
        return done;
    auto chief = UserRepo(db, clock).logon(setUp.input.chief.username, setUp.password);
    if (!chief)
        return chief.error();
    AuditRepo audit(db, clock);
    if (auto vouched = audit.baseline(chief.value(), QStringLiteral("init")); !vouched)
        return vouched.error();
    if (auto checkpoint = audit.checkpoint(chief.value(), QStringLiteral("init")); !checkpoint)
        return checkpoint.error();
    return {};
}

} // namespace

// binhyen init|demo --register F --recovery-key-out R [--register-key-out K] [--recovery-sheet-out
// P]; init also [--station-name … --hamlets "a;b"] [--chief-user U --chief-name N] (docs/CLI.md)
int runInit(const Arguments& args, bool demo) {
    const QString path = args.value(QStringLiteral("register"));
    const QString recoveryOut = args.value(QStringLiteral("recovery-key-out"));
    const QString keyOut = args.value(QStringLiteral("register-key-out"));
    const QString sheetOut = args.value(QStringLiteral("recovery-sheet-out"));
    if (path.isEmpty() || recoveryOut.isEmpty())
        return usage(QCoreApplication::translate(
                         "InitCommand", "Usage: binhyen %1 --register FILE --recovery-key-out FILE "
                                        "[--register-key-out FILE] [--recovery-sheet-out PDF]")
                         .arg(args.word(0)));
    SetUp setUp = setUpFrom(args);
    if (setUp.station) {
        if (const QString missing = firstMissing(args, kStationRequired); !missing.isEmpty())
            return usage(QCoreApplication::translate(
                             "InitCommand",
                             "Setting up the station needs --station-name, --parent-body, "
                             "--commune-code, --province-code and --place-name (missing: --%1).")
                             .arg(missing));
    }
    if (setUp.chief) {
        if (const QString missing = firstMissing(args, kChiefOptions); !missing.isEmpty())
            return usage(QCoreApplication::translate(
                             "InitCommand",
                             "The first chief needs --chief-user and --chief-name (missing: --%1).")
                             .arg(missing));
    }
    for (const QString& f : {path, recoveryOut, keyOut, sheetOut}) {
        if (!f.isEmpty() && QFileInfo::exists(f))
            return fail(makeError(
                ErrorCode::Exists,
                QCoreApplication::translate("InitCommand", "The file already exists; BinhYen never "
                                                           "overwrites it."),
                f));
    }

    if (setUp.station) {
        if (const QString problem = StationRepo::identityProblem(setUp.input.station);
            !problem.isEmpty())
            return fail(makeError(ErrorCode::InvalidInput, problem));
    }
    if (setUp.chief) {
        auto password = readNewPassword(setUp.input.chief.username);
        if (!password)
            return fail(password.error());
        setUp.password = password.take();
        if (const QString problem =
                UserRepo::passwordProblem(setUp.password, setUp.input.chief.username);
            !problem.isEmpty())
            return fail(makeError(ErrorCode::InvalidInput, problem));
    }

    SecretBytes recovery = RecoveryKey::generateSecret();
    auto reg = Register::create(path, KeyDerivation::registerKey(recovery));
    if (!reg)
        return fail(reg.error());
    // A failure half-way leaves nothing behind, so the same command can simply be run again.
    QStringList created{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")};
    auto undo = [&](const Error& error) {
        reg.value().reset();
        for (const QString& f : std::as_const(created))
            QFile::remove(f);
        return fail(error);
    };
    if (auto written = keyfiles::writeRecoveryKeyFile(recoveryOut, recovery); !written)
        return undo(written.error());
    created << recoveryOut;
    const QString id = reg.value()->id();
    if (demo) {
        SystemClock clock;
        if (auto filled =
                DemoRepo(reg.value()->database()).fill(clock, KeyDerivation::escrowKey(recovery));
            !filled)
            return undo(filled.error());
    } else if (setUp.station || setUp.chief) {
        if (auto done = setUpStation(*reg.value(), setUp, recovery); !done)
            return undo(done.error());
    }
    if (!keyOut.isEmpty()) {
        if (auto written =
                keyfiles::writeRegisterKeyFile(keyOut, KeyDerivation::registerKey(recovery));
            !written)
            return undo(written.error());
        created << keyOut;
    }
    if (!sheetOut.isEmpty()) {
        RecoverySheetData sheet;
        QString text = RecoveryKey::format(recovery);
        sheet.recoveryKey = text;
        sheet.registerId = id;
        sheet.registerPath = QFileInfo(path).fileName();
        sheet.createdAt = SystemClock().now();
        auto written = writeRecoverySheet(sheet, sheetOut);
        wipe(text);
        wipe(sheet.recoveryKey);
        if (!written)
            return undo(written.error());
    }
    if (auto stored = Keychain().storeRegisterKey(id, KeyDerivation::registerKey(recovery));
        !stored)
        warn(stored.error().message);
    else if (demo || setUp.chief) // the first audit checkpoint, remembered on this computer
        (void)auditanchor::remember(Keychain(), reg.value()->database());
    say(demo ? QCoreApplication::translate("InitCommand", "Demo register created: %1").arg(path)
             : QCoreApplication::translate("InitCommand", "Register created: %1").arg(path));
    if (setUp.chief)
        say(QCoreApplication::translate("InitCommand",
                                        "Station set up; its first chief is the account %1.")
                .arg(setUp.input.chief.username));
    else if (setUp.station)
        say(QCoreApplication::translate("InitCommand", "Station set up; the first chief's "
                                                       "account is created at the first start."));
    say(QCoreApplication::translate(
            "InitCommand",
            "The recovery key is in %1: print it (or write it down), keep it offline, then delete "
            "that file.")
            .arg(recoveryOut));
    out(id);
    return 0;
}

} // namespace binhyen::cli
