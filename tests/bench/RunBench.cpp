// binhyen-bench run: median, p95 and max of what a duty officer waits for, on a big register.
#include "app/cli/Arguments.h"
#include "app/cli/UserSession.h"
#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/tips/SearchRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/KeyFiles.h"
#include "models/store/Register.h"
#include "models/store/Transaction.h"
#include "tests/bench/BenchCommon.h"
#include "tests/bench/BenchData.h"
#include "tests/bench/TipListMeasure.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlQuery>
#include <QThread>
#include <functional>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr int kOpenRuns = 20;
constexpr int kLogonRuns = 3;
constexpr int kSaveRuns = 30;
constexpr int kSearchRunsPerQuery = 9;
constexpr int kSearchLimit = 50;

// The fixed queries: places with and without accents, the words of the commonest tips, a plate
// typed two ways, a phone number typed two ways, a prefix, and words that match nothing.
QStringList queries() {
    return {u"lang dai"_s,
            u"Láng Dài"_s,
            u"LANG DAI"_s,
            u"dat do"_s,
            u"trom cap"_s,
            u"trom cap xe may"_s,
            QString::fromLatin1(kRecurringPlate),
            u"72e112345"_s,
            u"0938456789"_s,
            QString::fromLatin1(kRecurringPhone),
            u"cay cam"_s,
            u"Cây Cám"_s,
            u"bau rang"_s,
            u"dong hung"_s,
            u"phuoc long tho"_s,
            u"ma tuy"_s,
            u"danh bai"_s,
            u"xo xat quan nhau"_s,
            u"giat dien thoai"_s,
            u"nguoi la"_s,
            u"may bom"_s,
            u"xe dap dien truong"_s,
            u"trom*"_s,
            u"nguyen van hai"_s,
            u"muong thuy loi"_s,
            u"xe tai bien so"_s,
            u"tau ngam"_s};
}

// Runs `work` once untimed, then `runs` times timed; milliseconds of each timed run.
QList<double> measure(int runs, const std::function<bool()>& work) {
    QList<double> millis;
    if (!work())
        return millis;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const bool ok = work();
        millis << double(t.nsecsElapsed()) / 1e6;
        if (!ok)
            break;
    }
    return millis;
}

QString scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

} // namespace

int runBenchmark(const Arguments& args) {
    const QString path = args.value(u"register"_s);
    const QString keyFile = args.value(u"key-file"_s);
    const QString user = args.value(u"user"_s);
    if (path.isEmpty() || keyFile.isEmpty() || user.isEmpty())
        return usageError(u"Usage: binhyen-bench run --register F --key-file K --user U"_s);
    SecretBytes password;
    if (!passwordFromEnvironment(password))
        return usageError(u"Set BINHYEN_PASSWORD: the password of the --user account."_s);
    QString problem;
    QJsonObject result;

    // Open: the key file read, Register::open and the first screen of tips.
    note(u"open…"_s);
    result.insert(u"open"_s, summarize(measure(kOpenRuns, [&] {
                      auto key = keyfiles::readRegisterKeyFile(keyFile);
                      if (!key)
                          return problem = key.error().text(), false;
                      auto reg = Register::open(path, key.take());
                      if (!reg)
                          return problem = reg.error().text(), false;
                      auto rows = TipRepo(reg.value()->database()).listNewest(200);
                      return rows ? true : (problem = rows.error().text(), false);
                  })));
    if (!problem.isEmpty())
        return failWith(makeError(ErrorCode::Io, u"open"_s, problem));

    auto key = keyfiles::readRegisterKeyFile(keyFile);
    if (!key)
        return failWith(key.error());
    auto reg = Register::open(path, key.take());
    if (!reg)
        return failWith(reg.error());
    QSqlDatabase db = reg.value()->database();
    SystemClock clock;
    auto account = UserRepo(db, clock).find(user);
    if (!account)
        return failWith(account.error());

    note(u"tip list…"_s);
    measureTipList(db, result);
    result.insert(u"peak_rss_before_logon_mb"_s, peakRssMegabytes());

    note(u"durable save…"_s);
    TipRepo tips(db);
    qint64 saved = 0;
    result.insert(u"save_tip_durable"_s, summarize(measure(kSaveRuns, [&] {
                      NewTip tip;
                      tip.receivedAt = clock.now();
                      tip.channel = u"phone"_s;
                      tip.receivingOfficerId = account.value().id;
                      tip.createdBy = account.value().id;
                      tip.categoryCode = u"theft"_s;
                      tip.classification = u"to_giac"_s;
                      tip.summary = u"Mất trộm xe máy dựng trước nhà, ấp Cây Cám (đo tốc độ)"_s;
                      tip.details = u"Tin báo của binhyen-bench run."_s;
                      Transaction tx(db);
                      auto id = tips.insert(tip);
                      if (!id || !tx.commit())
                          return problem = id ? tx.error().text() : id.error().text(), false;
                      ++saved;
                      return true;
                  })));
    if (!problem.isEmpty())
        return failWith(makeError(ErrorCode::Io, u"save"_s, problem));

    // Argon2id alone (UserRepo::logon), then the logon as the windows do it (LogonService via
    // cli::logonAs: audited; a chief's logon also checks the audit trail and signs a checkpoint).
    note(u"logon…"_s);
    result.insert(u"logon_argon2id_only"_s, summarize(measure(kLogonRuns, [&] {
                      auto s = UserRepo(db, clock).logon(user, password);
                      return s ? true : (problem = s.error().text(), false);
                  })));
    if (!problem.isEmpty())
        return failWith(makeError(ErrorCode::WrongKey, u"logon"_s, problem));
    Session session;
    result.insert(u"logon_full"_s, summarize(measure(kLogonRuns, [&] {
                      auto s = cli::logonAs(*reg.value(), user, password);
                      if (!s)
                          return problem = s.error().text(), false;
                      session = s.take();
                      return true;
                  })));
    if (!problem.isEmpty())
        return failWith(makeError(ErrorCode::WrongKey, u"logon"_s, problem));

    note(u"search…"_s);
    SearchRepo search(db);
    QList<double> all;
    QJsonArray perQuery;
    for (const QString& q : queries()) {
        qsizetype hits = 0;
        const QList<double> millis = measure(kSearchRunsPerQuery, [&] {
            auto found = search.search(session, q, kSearchLimit);
            if (!found)
                return problem = found.error().text(), false;
            hits = found.value().size();
            return true;
        });
        if (!problem.isEmpty())
            return failWith(makeError(ErrorCode::Io, q, problem));
        all << millis;
        QJsonObject one = summarize(millis);
        one.insert(u"query"_s, q);
        one.insert(u"hits"_s, qint64(hits));
        perQuery.append(one);
    }
    QJsonObject searchSummary = summarize(all);
    searchSummary.insert(u"queries"_s, qint64(queries().size()));
    searchSummary.insert(u"limit"_s, kSearchLimit);
    searchSummary.insert(u"per_query"_s, perQuery);
    result.insert(u"search_50_newest"_s, searchSummary);

    result.insert(u"tips_in_register"_s, TipRepo(db).count().value());
    result.insert(u"tips_saved_by_this_run"_s, saved);
    result.insert(u"peak_rss_mb"_s, peakRssMegabytes());
    result.insert(u"cores"_s, QThread::idealThreadCount());
    result.insert(u"sqlcipher_version"_s, scalar(db, u"PRAGMA cipher_version"_s));
    result.insert(u"sqlite_version"_s, scalar(db, u"SELECT sqlite_version()"_s));
    result.insert(u"qt_version"_s, QString::fromLatin1(qVersion()));
    printJson(result);
    return 0;
}

} // namespace binhyen::bench
