// binhyen-bench generate: a realistic register of N tips with its cases, persons and movement
// work, deterministic from the seed; encrypted with key files, or (--plain) its unencrypted twin.
#include "app/cli/Arguments.h"
#include "models/domain/Clock.h"
#include "models/domain/LegalClock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/tips/RulesRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/KeyFiles.h"
#include "models/security/RecoveryKey.h"
#include "models/security/StationSetup.h"
#include "models/store/Register.h"
#include "models/store/Transaction.h"
#include "tests/bench/BenchCommon.h"
#include "tests/bench/BenchData.h"
#include "tests/bench/GenerateSteps.h"
#include "tests/bench/TwinRegister.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kTipsPerCommit = 10000;

StationSetupInput stationInput() {
    StationSetupInput input;
    StationIdentity& st = input.station;
    st.unitName = u"CÔNG AN XÃ ĐẤT ĐỎ"_s;
    st.parentBody = u"CÔNG AN THÀNH PHỐ HỒ CHÍ MINH"_s;
    st.placeName = u"Đất Đỏ"_s;
    st.reportRecipient = u"Công an Thành phố Hồ Chí Minh"_s;
    st.communeCode = u"26680"_s;
    st.provinceCode = u"79"_s;
    st.provinceName = u"Thành phố Hồ Chí Minh"_s;
    input.hamletLines = hamletLines();
    input.chief.username = u"truong"_s;
    input.chief.fullName = u"Nguyễn Đức Thắng"_s;
    input.chief.rank = u"Thiếu tá"_s;
    input.chief.position = u"Trưởng Công an xã"_s;
    input.chief.role = Role::Chief;
    return input;
}

Result<QList<BenchPlace>> places(QSqlDatabase db) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, kind, name FROM places ORDER BY id"_s))
        return makeError(ErrorCode::Io, u"Reading the hamlets failed"_s, q.lastError().text());
    QList<BenchPlace> all;
    while (q.next()) {
        const QString kind = q.value(1).toString();
        const QString label = kind == u"khu_pho" ? u"khu phố "_s : u"ấp "_s;
        all.append({q.value(0).toLongLong(), label + q.value(2).toString(), {}});
    }
    return all;
}

// The movement models and the ten years of movement work first (tips from Zalo name their hamlet's
// group), then the tips with their cases, persons and settlement, kTipsPerCommit tips per
// transaction, with progress every 5 % on stderr.
Result<void> populate(QSqlDatabase db, const GenerateCounts& counts, QList<BenchPlace> hamlets,
                      qint64 chiefId, const LegalClock& legal, GeneratedRows& rows) {
    QHash<qint64, ZaloGroup> groups;
    {
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        auto made = insertMovementModels(db, counts.seed, hamlets, chiefId, rows);
        if (!made)
            return made.error();
        groups = made.take();
        if (auto m = insertMonthlyMovement(db, counts.seed, hamlets, groups, chiefId, rows); !m)
            return m;
        if (auto c = tx.commit(); !c)
            return c;
    }
    TipFactory factory(counts.seed, hamlets, chiefId, legal);
    CaseFactory cases(db, counts, hamlets, chiefId, chiefId);
    TipRepo tips(db);
    QElapsedTimer timer;
    timer.start();
    qint64 nextReport = 1;
    const qint64 total = counts.tips;
    for (qint64 done = 0; done < total;) {
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        const qint64 end = qMin(total, done + kTipsPerCommit);
        for (; done < end; ++done) {
            NewTip tip = factory.make(done, total);
            if (tip.channel == u"zalo" && tip.placeId) {
                const ZaloGroup g = groups.value(*tip.placeId);
                if (g.modelId && g.startedOn <= tip.receivedAt.date())
                    tip.zaloGroupId = g.modelId;
            }
            auto id = tips.insert(tip);
            if (!id)
                return id.error();
            ++rows.tips;
            if (auto after = cases.afterTip(done, id.value(), tip, rows); !after)
                return after;
        }
        if (auto committed = tx.commit(); !committed)
            return committed;
        while (nextReport <= 20 && done * 20 >= nextReport * total) {
            const double secs = double(timer.elapsed()) / 1000.0;
            note(u"%1 % — %2 tips, %3 cases, %4 persons in %5 s (%6 tips/s)"_s.arg(nextReport * 5)
                     .arg(done)
                     .arg(rows.cases)
                     .arg(rows.persons)
                     .arg(secs, 0, 'f', 1)
                     .arg(secs > 0 ? double(done) / secs : 0.0, 0, 'f', 0));
            ++nextReport;
        }
    }
    return {};
}

// The register with its station and chief: encrypted with key files, or the plain twin.
Result<std::unique_ptr<Register>> createStation(const QString& path, bool plain,
                                                const SecretBytes& recovery,
                                                const SecretBytes& password, const Clock& clock) {
    if (!plain)
        return StationSetup::createRegister(path, recovery, stationInput(), password, clock);
    auto reg = PlainTwin::create(path);
    if (!reg)
        return reg;
    auto done = StationSetup::complete(*reg.value(), KeyDerivation::escrowKey(recovery),
                                       stationInput(), password, clock);
    if (!done) {
        reg.value().reset();
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QFile::remove(path + suffix);
        return done.error();
    }
    if (auto vouched = StationSetup::vouch(*reg.value(), u"truong"_s, password, clock); !vouched)
        note(u"first-run audit baseline failed: "_s + vouched.error().text());
    return reg;
}

// The chief vouches for the generated records (one signed "record.baseline" audit row each, as
// after a demo or an import) and signs a checkpoint: `binhyen audit verify` passes on the result.
Result<int> vouchForData(Register& reg, const SecretBytes& password, const Clock& clock) {
    QSqlDatabase db = reg.database();
    auto chief = UserRepo(db, clock).logon(u"truong"_s, password);
    if (!chief)
        return chief.error();
    AuditRepo audit(db, clock);
    auto rows = audit.baseline(chief.value(), u"binhyen-bench generate"_s);
    if (!rows)
        return rows.error();
    if (auto checkpoint = audit.checkpoint(chief.value(), u"binhyen-bench generate"_s); !checkpoint)
        return checkpoint.error();
    return rows.value();
}

} // namespace

int runGenerate(const Arguments& given) {
    // --plain is a flag (no value), whatever flags the dispatcher knows.
    Q_UNUSED(given);
    const Arguments args(QCoreApplication::arguments().mid(1), {u"plain"_s});
    const bool plain = args.has(u"plain"_s);
    const QString path = args.value(u"register"_s);
    const QString recoveryOut = args.value(u"recovery-key-out"_s);
    const QString keyOut = args.value(u"register-key-out"_s);
    GenerateCounts counts;
    bool ok = false;
    counts.tips = args.value(u"tips"_s).toLongLong(&ok);
    bool casesOk = true, personsOk = true, seedOk = true;
    counts.cases =
        args.has(u"cases"_s) ? args.value(u"cases"_s).toLongLong(&casesOk) : counts.tips / 5;
    counts.persons = args.has(u"persons"_s) ? args.value(u"persons"_s).toLongLong(&personsOk)
                                            : counts.tips * 3 / 10;
    counts.seed = args.has(u"seed"_s) ? args.value(u"seed"_s).toUInt(&seedOk) : 1U;
    const bool keysOk = plain ? recoveryOut.isEmpty() && keyOut.isEmpty()
                              : !recoveryOut.isEmpty() && !keyOut.isEmpty();
    if (path.isEmpty() || !keysOk || !ok || !casesOk || !personsOk || !seedOk || counts.tips < 0 ||
        counts.cases < 0 || counts.cases > counts.tips || counts.persons < 0)
        return usageError(
            u"Usage: binhyen-bench generate --register F --recovery-key-out R "
            u"--register-key-out K --tips N [--cases N] [--persons N] [--seed S]\n"
            u"       binhyen-bench generate --plain --register F2 --tips N [--cases N] "
            u"[--persons N] [--seed S]   (no key files: the plain twin)"_s);
    SecretBytes password;
    if (!passwordFromEnvironment(password))
        return usageError(u"Set BINHYEN_PASSWORD: the password of the chief account truong."_s);
    for (const QString& f : {path, recoveryOut, keyOut}) {
        if (!f.isEmpty() && QFileInfo::exists(f))
            return failWith(makeError(ErrorCode::Exists, u"The file already exists"_s, f));
    }

    QElapsedTimer all;
    all.start();
    SystemClock clock;
    const SecretBytes recovery = RecoveryKey::generateSecret();
    note(plain ? u"Creating the plain twin and the chief account truong…"_s
               : u"Creating the register and the chief account truong…"_s);
    // The station, its hamlets and its chief exist from the first generated month: reports of any
    // generated month find the unit and the hamlets in force.
    const FixedClock setupClock(QDateTime(firstDay(), QTime(8, 0), Clock::stationZone()));
    auto reg = createStation(path, plain, recovery, password, setupClock);
    if (!reg)
        return failWith(reg.error());
    if (!plain) {
        if (auto w = keyfiles::writeRecoveryKeyFile(recoveryOut, recovery); !w)
            return failWith(w.error());
        if (auto w = keyfiles::writeRegisterKeyFile(keyOut, KeyDerivation::registerKey(recovery));
            !w)
            return failWith(w.error());
    }
    const double setupSecs = double(all.elapsed()) / 1000.0;

    QSqlDatabase db = reg.value()->database();
    auto chief = UserRepo(db, clock).find(u"truong"_s);
    if (!chief)
        return failWith(chief.error());
    auto hamlets = places(db);
    if (!hamlets)
        return failWith(hamlets.error());
    auto rules = RulesRepo(db).inForceAt(lastDay());
    if (!rules)
        return failWith(rules.error());
    const LegalClock legal(rules.take());

    note(u"Generating %1 tips, %2 cases, %3 persons (seed %4)…"_s.arg(counts.tips)
             .arg(counts.cases)
             .arg(counts.persons)
             .arg(counts.seed));
    QElapsedTimer tipsTimer;
    tipsTimer.start();
    GeneratedRows rows;
    if (auto done = populate(db, counts, hamlets.take(), chief.value().id, legal, rows); !done)
        return failWith(done.error());
    const double tipsSecs = double(tipsTimer.elapsed()) / 1000.0;
    note(u"The chief vouches for the generated records (audit baseline)…"_s);
    QElapsedTimer auditTimer;
    auditTimer.start();
    auto vouched = vouchForData(*reg.value(), password, clock);
    if (!vouched)
        return failWith(vouched.error());
    const double auditSecs = double(auditTimer.elapsed()) / 1000.0;
    QElapsedTimer cpTimer;
    cpTimer.start();
    if (auto cp = reg.value()->checkpoint(); !cp)
        return failWith(cp.error());
    const double checkpointSecs = double(cpTimer.elapsed()) / 1000.0;
    const QString id = reg.value()->id();
    db = QSqlDatabase();
    reg.value().reset();

    QJsonObject summary;
    summary.insert(u"register"_s, QFileInfo(path).absoluteFilePath());
    summary.insert(u"register_id"_s, id);
    summary.insert(u"plain"_s, plain);
    summary.insert(u"tips"_s, counts.tips);
    summary.insert(u"cases"_s, counts.cases);
    summary.insert(u"persons"_s, counts.persons);
    summary.insert(u"seed"_s, qint64(counts.seed));
    summary.insert(u"rows"_s, rows.toJson());
    summary.insert(u"tips_per_commit"_s, kTipsPerCommit);
    summary.insert(u"setup_s"_s, setupSecs);
    summary.insert(u"data_s"_s, tipsSecs);
    summary.insert(u"tips_per_s"_s, tipsSecs > 0 ? double(counts.tips) / tipsSecs : 0.0);
    summary.insert(u"audit_baseline_rows"_s, vouched.value());
    summary.insert(u"audit_baseline_s"_s, auditSecs);
    summary.insert(u"checkpoint_s"_s, checkpointSecs);
    summary.insert(u"total_s"_s, double(all.elapsed()) / 1000.0);
    summary.insert(u"file_bytes"_s, QFileInfo(path).size());
    summary.insert(u"peak_rss_mb"_s, peakRssMegabytes());
    printJson(summary);
    return 0;
}

} // namespace binhyen::bench
