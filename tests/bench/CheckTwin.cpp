// binhyen-bench check-twin: the plain twin is the encrypted register without its key (CheckTwin.h).
#include "tests/bench/CheckTwin.h"

#include "app/cli/Arguments.h"
#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/security/KeyFiles.h"
#include "models/store/Register.h"
#include "tests/bench/BenchCommon.h"
#include "tests/bench/BenchData.h"
#include "tests/bench/CheckTwinQueries.h"
#include "tests/bench/TwinRegister.h"
#include "tests/support/StatementTrace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

// The chief's session on one side, made without a logon (check-twin only reads).
Result<Session> readerSession(QSqlDatabase db) {
    SystemClock clock;
    auto chief = UserRepo(db, clock).find(u"truong"_s);
    if (!chief)
        return chief.error();
    return Session(chief.value().id, chief.value().username, chief.value().fullName, Role::Chief, 0,
                   SecretBytes(), SecretBytes());
}

struct Outcome {
    QJsonValue rows;
    QStringList statements;
};

Outcome runTraced(const TwinQuery& query, const TwinSide& side) {
    test::StatementTrace trace(side.db);
    auto value = query.run(side);
    Outcome out;
    out.rows = value ? value.value() : QJsonValue(u"error: "_s + value.error().text());
    out.statements = trace.take();
    return out;
}

class Comparison {
public:
    void compare(const QString& what, const QJsonValue& encrypted, const QJsonValue& plain) {
        if (encrypted == plain)
            return;
        m_equal = false;
        if (m_differences.size() < 40)
            m_differences.append(
                QJsonObject{{u"what"_s, what}, {u"encrypted"_s, encrypted}, {u"plain"_s, plain}});
    }
    bool equal() const { return m_equal; }
    QJsonArray differences() const { return m_differences; }

private:
    bool m_equal = true;
    QJsonArray m_differences;
};

} // namespace

int runCheckTwin(const Arguments& args) {
    const QString path = args.value(u"register"_s);
    const QString keyFile = args.value(u"key-file"_s);
    const QString twinPath = args.value(u"plain-twin"_s);
    const QString month =
        args.has(u"month"_s) ? args.value(u"month"_s) : lastDay().toString(u"yyyy-MM"_s);
    if (path.isEmpty() || keyFile.isEmpty() || twinPath.isEmpty())
        return usageError(u"Usage: binhyen-bench check-twin --register F --key-file K "
                          u"--plain-twin F2 [--month YYYY-MM]"_s);
    auto key = keyfiles::readRegisterKeyFile(keyFile);
    if (!key)
        return failWith(key.error());
    auto encryptedReg = Register::open(path, key.take());
    if (!encryptedReg)
        return failWith(encryptedReg.error());
    auto plainReg = PlainTwin::open(twinPath);
    if (!plainReg)
        return failWith(plainReg.error());
    TwinSide encrypted{encryptedReg.value()->database(), {}};
    TwinSide plain{plainReg.value()->database(), {}};
    for (TwinSide* side : {&encrypted, &plain}) {
        auto session = readerSession(side->db);
        if (!session)
            return failWith(session.error());
        side->session = session.take();
    }

    Comparison all;
    all.compare(u"sqlite_schema"_s, schemaOf(encrypted.db), schemaOf(plain.db));
    all.compare(u"pragmas"_s, pragmasOf(encrypted.db), pragmasOf(plain.db));
    const bool structureEqual = all.equal();

    QJsonArray checks;
    qint64 statements = 0;
    for (const TwinQuery& query : twinQueries(month)) {
        note(u"check-twin: "_s + query.name);
        const Outcome e = runTraced(query, encrypted);
        const Outcome p = runTraced(query, plain);
        Comparison one;
        one.compare(query.name + u": rows"_s, e.rows, p.rows);
        one.compare(query.name + u": statements"_s, QJsonArray::fromStringList(e.statements),
                    QJsonArray::fromStringList(p.statements));
        int plans = 0;
        for (const QString& sql : e.statements) {
            const QJsonValue plan = planOf(encrypted.db, sql);
            if (plan.toArray().isEmpty())
                continue;
            ++plans;
            one.compare(query.name + u": plan of "_s + sql, plan, planOf(plain.db, sql));
        }
        statements += e.statements.size();
        all.compare(query.name, one.equal() ? QJsonValue(true) : QJsonValue(one.differences()),
                    QJsonValue(true));
        checks.append(QJsonObject{{u"query"_s, query.name},
                                  {u"equal"_s, one.equal()},
                                  {u"statements"_s, qint64(e.statements.size())},
                                  {u"plans"_s, plans},
                                  {u"rows"_s, e.rows.isArray() ? qint64(e.rows.toArray().size())
                                              : e.rows.toObject().contains(u"rows"_s)
                                                  ? qint64(e.rows[u"rows"_s].toArray().size())
                                                  : qint64(1)}});
    }

    QJsonObject result;
    result.insert(u"register"_s, path);
    result.insert(u"plain_twin"_s, twinPath);
    result.insert(u"month"_s, month);
    result.insert(u"equal"_s, all.equal());
    result.insert(u"schema_and_pragmas_equal"_s, structureEqual);
    result.insert(u"queries"_s, qint64(checks.size()));
    result.insert(u"statements_compared"_s, statements);
    result.insert(u"checks"_s, checks);
    result.insert(u"differences"_s, all.differences());
    printJson(result);
    return all.equal() ? 0 : 1;
}

} // namespace binhyen::bench
