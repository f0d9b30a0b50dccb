// binhyen-bench generate: a realistic register of N tips, deterministic from the seed.
#include "app/cli/Arguments.h"
#include "models/domain/LegalClock.h"
#include "models/repo/accounts/UserRepo.h"
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

// The tips, kTipsPerCommit per transaction, with progress every 5 % on stderr.
Result<void> insertTips(QSqlDatabase db, TipFactory& factory, qint64 total) {
    TipRepo tips(db);
    QElapsedTimer timer;
    timer.start();
    qint64 nextReport = 1;
    for (qint64 done = 0; done < total;) {
        Transaction tx(db);
        if (!tx.isActive())
            return tx.error();
        const qint64 end = qMin(total, done + kTipsPerCommit);
        for (; done < end; ++done) {
            if (auto id = tips.insert(factory.make(done, total)); !id)
                return id.error();
        }
        if (auto committed = tx.commit(); !committed)
            return committed;
        while (nextReport <= 20 && done * 20 >= nextReport * total) {
            const double secs = double(timer.elapsed()) / 1000.0;
            note(u"%1 % — %2 tips in %3 s (%4 tips/s)"_s.arg(nextReport * 5)
                     .arg(done)
                     .arg(secs, 0, 'f', 1)
                     .arg(secs > 0 ? double(done) / secs : 0.0, 0, 'f', 0));
            ++nextReport;
        }
    }
    return {};
}

} // namespace

int runGenerate(const Arguments& args) {
    const QString path = args.value(u"register"_s);
    const QString recoveryOut = args.value(u"recovery-key-out"_s);
    const QString keyOut = args.value(u"register-key-out"_s);
    bool countOk = false;
    const qint64 total = args.value(u"tips"_s).toLongLong(&countOk);
    bool seedOk = true;
    const quint32 seed = args.has(u"seed"_s) ? args.value(u"seed"_s).toUInt(&seedOk) : 1U;
    if (path.isEmpty() || recoveryOut.isEmpty() || keyOut.isEmpty() || !countOk || total < 0 ||
        !seedOk)
        return usageError(u"Usage: binhyen-bench generate --register F --recovery-key-out R "
                          u"--register-key-out K --tips N [--seed S]"_s);
    SecretBytes password;
    if (!passwordFromEnvironment(password))
        return usageError(u"Set BINHYEN_PASSWORD: the password of the chief account truong."_s);
    for (const QString& f : {path, recoveryOut, keyOut}) {
        if (QFileInfo::exists(f))
            return failWith(makeError(ErrorCode::Exists, u"The file already exists"_s, f));
    }

    QElapsedTimer all;
    all.start();
    SystemClock clock;
    const SecretBytes recovery = RecoveryKey::generateSecret();
    note(u"Creating the register and the chief account truong…"_s);
    auto reg = StationSetup::createRegister(path, recovery, stationInput(), password, clock);
    if (!reg)
        return failWith(reg.error());
    if (auto w = keyfiles::writeRecoveryKeyFile(recoveryOut, recovery); !w)
        return failWith(w.error());
    if (auto w = keyfiles::writeRegisterKeyFile(keyOut, KeyDerivation::registerKey(recovery)); !w)
        return failWith(w.error());
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
    TipFactory factory(seed, hamlets.take(), chief.value().id, legal);

    note(u"Generating %1 tips (seed %2)…"_s.arg(total).arg(seed));
    QElapsedTimer tipsTimer;
    tipsTimer.start();
    if (auto done = insertTips(db, factory, total); !done)
        return failWith(done.error());
    const double tipsSecs = double(tipsTimer.elapsed()) / 1000.0;
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
    summary.insert(u"tips"_s, total);
    summary.insert(u"seed"_s, qint64(seed));
    summary.insert(u"tips_per_commit"_s, kTipsPerCommit);
    summary.insert(u"setup_s"_s, setupSecs);
    summary.insert(u"tips_s"_s, tipsSecs);
    summary.insert(u"tips_per_s"_s, tipsSecs > 0 ? double(total) / tipsSecs : 0.0);
    summary.insert(u"checkpoint_s"_s, checkpointSecs);
    summary.insert(u"total_s"_s, double(all.elapsed()) / 1000.0);
    summary.insert(u"file_bytes"_s, QFileInfo(path).size());
    summary.insert(u"peak_rss_mb"_s, peakRssMegabytes());
    printJson(summary);
    return 0;
}

} // namespace binhyen::bench
