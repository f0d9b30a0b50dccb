// binhyen-bench run: median, p95 and max of what a duty officer waits for, on a big register,
// side by side with its plain twin (docs/BENCHMARKS.md).
#include "app/cli/Arguments.h"
#include "app/cli/KeySources.h"
#include "app/cli/UserSession.h"
#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/tips/SearchRepo.h"
#include "models/repo/tips/TipIntake.h"
#include "models/store/Register.h"
#include "tests/bench/BenchCommon.h"
#include "tests/bench/BenchData.h"
#include "tests/bench/BenchQueries.h"
#include "tests/bench/MeasureCore.h"
#include "tests/bench/MeasureImport.h"
#include "tests/bench/MeasureOpen.h"
#include "tests/bench/MeasureProcess.h"
#include "tests/bench/MeasureStats.h"
#include "tests/bench/TipListMeasure.h"
#include "tests/bench/TwinRegister.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr int kOpenRuns = 10;
constexpr int kLogonRuns = 3;
constexpr int kSaveRuns = 30;
constexpr int kSearchRunsPerQuery = 9;
constexpr int kImportRuns = 2;

QString scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

QJsonObject counts(QSqlDatabase db) {
    QJsonObject o;
    for (const char* table : {"tips", "cases", "persons", "case_persons", "audit_log"}) {
        const QString n = scalar(db, u"SELECT count(*) FROM "_s + QLatin1String(table));
        if (!n.isEmpty())
            o.insert(QLatin1String(table), n.toLongLong());
    }
    return o;
}

Result<void> logOn(Side& side, const QString& user, const SecretBytes& password) {
    SystemClock clock;
    auto reg = side.reopen();
    if (!reg)
        return reg.error();
    side.reg = reg.take();
    auto session = UserRepo(side.db(), clock).logon(user, password);
    if (!session)
        return session.error();
    side.session = session.take();
    return {};
}

// The durable save of one tip, as the tip form does it (TipIntake::record: the tip, its legal
// deadline and its signed audit row in one transaction, synchronous=FULL).
Runs measureSave(Side& side, qint64& saved) {
    SystemClock clock;
    return measure(kSaveRuns, [&]() -> Result<void> {
        NewTip tip;
        tip.receivedAt = clock.now();
        tip.channel = u"phone"_s;
        tip.receivingOfficerId = side.session.userId();
        tip.categoryCode = u"theft"_s;
        tip.classification = u"to_giac"_s;
        tip.summary = u"Mất trộm xe máy dựng trước nhà, ấp Cây Cám (đo tốc độ)"_s;
        tip.details = u"Tin báo của binhyen-bench run."_s;
        auto id = TipIntake(side.db(), clock).record(side.session, tip, std::nullopt);
        if (!id)
            return id.error();
        ++saved;
        return {};
    });
}

// Every query of benchQueries(), kSearchRunsPerQuery times each (after one untimed run): the
// summary over all runs, and per query its summary and hits on each side.
Result<QJsonObject> measureSearch(Side& encrypted, Side* plain) {
    QHash<QString, QJsonArray> perQuery;
    QHash<QString, QStringList> idsBySide;
    auto all = sideBySide(encrypted, plain, [&](Side& side) -> Runs {
        SearchRepo search(side.db());
        QList<double> every;
        QJsonArray details;
        for (const QString& q : benchQueries()) {
            QList<qint64> ids;
            auto runs = measure(kSearchRunsPerQuery, [&]() -> Result<void> {
                auto found = search.search(side.session, q, kBenchSearchLimit);
                if (!found)
                    return found.error();
                ids.clear();
                for (const auto& hit : found.value())
                    ids << hit.id;
                return {};
            });
            if (!runs)
                return runs.error();
            every << runs.value();
            QJsonObject one = summarize(runs.value());
            one.insert(u"query"_s, q);
            one.insert(u"hits"_s, qint64(ids.size()));
            details.append(one);
            QStringList text;
            for (qint64 id : ids)
                text << QString::number(id);
            idsBySide[side.name] << text.join(u',');
        }
        perQuery[side.name] = details;
        return every;
    });
    if (!all)
        return all.error();
    QJsonObject out = all.value();
    out.insert(u"queries"_s, qint64(benchQueries().size()));
    out.insert(u"limit"_s, kBenchSearchLimit);
    out.insert(u"per_query"_s, perQuery.value(encrypted.name));
    if (plain) {
        out.insert(u"plain_per_query"_s, perQuery.value(plain->name));
        out.insert(u"same_rows_on_both"_s,
                   idsBySide.value(encrypted.name) == idsBySide.value(plain->name));
    }
    return out;
}

// A measure's figures, or {"error": …} when it failed: one failing measure does not lose the
// others of a long run.
void record(QJsonObject& result, const QString& name, const Result<QJsonObject>& measured) {
    if (measured) {
        result.insert(name, measured.value());
        return;
    }
    note(name + u": "_s + measured.error().text());
    result.insert(name, QJsonObject{{u"error"_s, measured.error().text()}});
}

// The tip list measured in a new process (`run --only tiplist`), so that its peak memory is the
// list's and not what the other measures left in this one: its tip_list_* figures.
void tipListInFreshProcess(const Arguments& args, QJsonObject& result) {
    QStringList childArgs{u"run"_s, u"--only"_s, u"tiplist"_s};
    for (const char* option : {"register", "key-file", "user", "plain-twin"}) {
        const QString value = args.value(QLatin1String(option));
        if (!value.isEmpty())
            childArgs << u"--"_s + QLatin1String(option) << value;
    }
    auto child = runChildBench(childArgs);
    if (!child) {
        record(result, u"tip_list"_s, child.error());
        return;
    }
    for (auto it = child.value().constBegin(); it != child.value().constEnd(); ++it) {
        if (it.key().startsWith(u"tip_list"_s))
            result.insert(it.key(), it.value());
    }
    result.insert(u"tip_list_process"_s,
                  u"a new binhyen-bench process: logon, then the list alone"_s);
}

} // namespace

int runBenchmark(const Arguments& args) {
    const QString path = args.value(u"register"_s);
    const QString keyFile = args.value(u"key-file"_s);
    const QString user = args.value(u"user"_s);
    const QString twinPath = args.value(u"plain-twin"_s);
    if (path.isEmpty() || user.isEmpty())
        return usageError(
            u"Usage: binhyen-bench run --register F [--key-file K] --user U "
            u"[--plain-twin F2] [--only logon,open,tiplist,save,search,stats,import]"_s);
    SecretBytes password;
    if (!passwordFromEnvironment(password))
        return usageError(u"Set BINHYEN_PASSWORD: the password of the --user account."_s);
    // --only logon,open,tiplist,save,search,stats,import: some measures (default: all).
    const QStringList only = args.value(u"only"_s).split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&only](const QString& name) {
        return only.isEmpty() || only.contains(name);
    };
    QTemporaryDir temp;
    if (!temp.isValid())
        return usageError(u"No temporary folder: "_s + temp.errorString());

    Side encrypted;
    encrypted.name = u"encrypted"_s;
    encrypted.reopen = [path, keyFile]() -> Result<std::unique_ptr<Register>> {
        auto key = cli::registerKeyFor(path, keyFile); // the key file, else the keychain
        if (!key)
            return key.error();
        return Register::open(path, key.take());
    };
    Side twin;
    twin.name = u"plain"_s;
    twin.reopen = [twinPath] {
        return PlainTwin::open(twinPath);
    };
    Side* plain = twinPath.isEmpty() ? nullptr : &twin;

    QJsonObject result;
    // The human logon: Argon2id alone (UserRepo::logon), and its memory.
    note(u"logon…"_s);
    if (auto ok = logOn(encrypted, user, password); !ok)
        return failWith(ok.error());
    if (plain) {
        if (auto ok = logOn(*plain, user, password); !ok)
            return failWith(ok.error());
    }
    if (only.isEmpty()) { // a partial run (the tip list's own process) reads only what it measures
        result.insert(u"counts_at_start"_s, counts(encrypted.db()));
        if (plain)
            result.insert(u"plain_counts_at_start"_s, counts(plain->db()));
    }
    SystemClock clock;
    if (wanted(u"logon"_s)) {
        {
            const bool reset = resetPeakRss();
            const double before = rssNowMb();
            auto s = UserRepo(encrypted.db(), clock).logon(user, password);
            if (!s)
                return failWith(s.error());
            QJsonObject memory;
            memory.insert(u"rss_before_mb"_s, before);
            memory.insert(u"peak_during_mb"_s, reset ? peakRssNowMb() : rssNowMb());
            memory.insert(u"method"_s, reset ? u"VmHWM after clear_refs=5"_s : u"VmRSS after"_s);
            memory.insert(u"argon2id_memlimit_mb"_s, 64);
            result.insert(u"logon_argon2id_memory"_s, memory);
        }
        auto argon = measure(kLogonRuns, [&]() -> Result<void> {
            auto s = UserRepo(encrypted.db(), clock).logon(user, password);
            return s ? Result<void>() : s.error();
        });
        if (!argon)
            return failWith(argon.error());
        result.insert(u"logon_argon2id_only"_s, summarize(argon.value()));
        // The logon as the windows do it (LogonService via cli::logonAs: audited; a chief's logon
        // also checks the audit trail and signs a checkpoint).
        auto full = sideBySide(encrypted, plain, [&](Side& side) {
            return measure(kLogonRuns, [&]() -> Result<void> {
                auto s = cli::logonAs(*side.reg, user, password);
                return s ? Result<void>() : s.error();
            });
        });
        record(result, u"logon_full"_s, full);
    }

    if (wanted(u"open"_s)) {
        note(u"open, from process start to the main window showing tips…"_s);
        const ChildSide encryptedChild{encrypted.name, path, keyFile, false, user};
        const ChildSide plainChild{twin.name, twinPath, QString(), true, user};
        auto started = sideBySide(encrypted, plain, [&](Side& side) {
            return measureOpenFromProcessStart(&side == plain ? plainChild : encryptedChild,
                                               kOpenRuns);
        });
        if (!started)
            return failWith(started.error());
        QJsonObject openObject = started.value();
        openObject.insert(u"what"_s,
                          u"new process started → key read + Register::open + MainWindow shown "
                          u"(offscreen), the first screen of tips painted; the logon inside it "
                          u"(timed there) taken out"_s);
        result.insert(u"open"_s, openObject);

        note(u"open inside this process…"_s);
        auto open =
            sideBySide(encrypted, plain, [&](Side& side) { return measureOpen(side, kOpenRuns); });
        if (!open)
            return failWith(open.error());
        QJsonObject inProcess = open.value();
        inProcess.insert(u"what"_s, u"key read + Register::open + MainWindow shown (offscreen), "
                                    u"the first screen of tips painted; logon excluded"_s);
        result.insert(u"open_in_process"_s, inProcess);
    }

    if (wanted(u"tiplist"_s)) {
        note(u"tip list…"_s);
        if (!only.isEmpty()) {
            const bool reset = resetPeakRss(); // the logon's Argon2id memory is not the list's
            result.insert(u"tip_list_rss_after_logon_mb"_s, reset ? peakRssNowMb() : rssNowMb());
            if (auto ok = measureTipList(encrypted, plain, result); !ok)
                record(result, u"tip_list_error"_s, ok.error());
        } else {
            tipListInFreshProcess(args, result);
        }
    }

    qint64 saved = 0;
    if (wanted(u"save"_s)) {
        note(u"durable save…"_s);
        auto save =
            sideBySide(encrypted, plain, [&](Side& side) { return measureSave(side, saved); });
        record(result, u"save_tip_durable"_s, save);
    }

    if (wanted(u"search"_s)) {
        note(u"search…"_s);
        auto search = measureSearch(encrypted, plain);
        record(result, u"search_50_newest"_s, search);
    }

    if (wanted(u"stats"_s)) {
        const QString month = lastDay().toString(u"yyyy-MM"_s);
        if (auto ok = measureStatistics(encrypted, plain, month, temp.path(), result); !ok)
            record(result, u"statistics_error"_s, ok.error());
    }

    if (wanted(u"import"_s)) {
        note(u"import of 100,000 residents…"_s);
        qint64 imported = 0;
        auto import = sideBySide(encrypted, plain, [&](Side& side) {
            return measureResidentImport(side, kImportRuns, temp.path(), imported);
        });
        record(result, u"import_residents_100k"_s, import);
        result.insert(u"import_residents_per_run"_s, kImportResidents);
        result.insert(u"import_imported_last_run"_s, imported);
    }

    result.insert(u"tips_saved_by_this_run"_s, saved);
    if (only.isEmpty())
        result.insert(u"counts_at_end"_s, counts(encrypted.db()));
    result.insert(u"peak_rss_mb"_s, peakRssMegabytes());
    result.insert(u"cores"_s, QThread::idealThreadCount());
    result.insert(u"cpu_model"_s, cpuModel());
    result.insert(u"qt_version"_s, QString::fromLatin1(qVersion()));
    result.insert(u"sqlcipher_version"_s, scalar(encrypted.db(), u"PRAGMA cipher_version"_s));
    result.insert(u"sqlite_version"_s, scalar(encrypted.db(), u"SELECT sqlite_version()"_s));
    result.insert(u"plain_twin"_s, plain != nullptr);
    printJson(result);
    return 0;
}

} // namespace binhyen::bench
