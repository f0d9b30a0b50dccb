#pragma once

#include "models/domain/Result.h"
#include "models/security/Session.h"

#include <QJsonValue>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>

namespace binhyen::bench {

// One side of the comparison: a register and a session on it (a chief's, made without logon:
// check-twin only reads).
struct TwinSide {
    QSqlDatabase db;
    Session session;
};

// A benchmark query run through the repos, its result as JSON (ids, numbers, counts …).
struct TwinQuery {
    QString name;
    std::function<Result<QJsonValue>(const TwinSide&)> run;
};

// The benchmark's queries (check-twin compares each on both sides): every query of
// benchQueries() through SearchRepo::search and TipListRepo::page with a search text, the month's
// StatsRepo::figures, StatsSeriesRepo::charts (12 months by channel …), and the tip list's first
// and last pages.
QList<TwinQuery> twinQueries(const QString& month);

// sqlite_schema without root pages, ordered; the connection pragmas other than the key.
QJsonValue schemaOf(QSqlDatabase db);
QJsonValue pragmasOf(QSqlDatabase db);
// EXPLAIN QUERY PLAN of a statement (empty array when it is not a query).
QJsonValue planOf(QSqlDatabase db, const QString& sql);

} // namespace binhyen::bench
