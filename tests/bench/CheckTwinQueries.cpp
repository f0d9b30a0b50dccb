// The benchmark queries compared by check-twin (CheckTwinQueries.h).
#include "tests/bench/CheckTwinQueries.h"

#include "models/repo/stats/StatsRepo.h"
#include "models/repo/stats/StatsSeriesRepo.h"
#include "models/repo/tips/SearchRepo.h"
#include "models/repo/tips/TipListRepo.h"
#include "tests/bench/BenchQueries.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

QString timeText(const QDateTime& t) {
    return t.isValid() ? stationTimeText(t) : QString();
}

QJsonArray tipRows(const QList<TipListRow>& rows) {
    QJsonArray out;
    for (const TipListRow& r : rows)
        out.append(QJsonArray{r.tip.id, r.tip.number, r.tip.status, timeText(r.tip.receivedAt),
                              r.tip.channel, r.tip.hamlet, r.tip.category, r.tip.summary,
                              r.tip.valuable, r.classification, timeText(r.dueAt)});
    return out;
}

QJsonArray items(const QList<SeriesItem>& list) {
    QJsonArray out;
    for (const SeriesItem& i : list)
        out.append(QJsonArray{i.code, i.label, i.value});
    return out;
}

QJsonValue chartsJson(const MonthCharts& c) {
    QJsonObject channels;
    for (auto it = c.channels.byChannel.cbegin(); it != c.channels.byChannel.cend(); ++it) {
        QJsonArray counts;
        for (qint64 n : it.value())
            counts.append(n);
        channels.insert(it.key(), counts);
    }
    QJsonArray coverage;
    for (const CoverageRow& r : c.coverage.rows)
        coverage.append(QJsonArray{r.placeId, r.name, r.households, r.groupId, r.groupName,
                                   r.householdsConnected});
    return QJsonObject{
        {u"months"_s, QJsonArray::fromStringList(c.channels.months)},
        {u"by_channel"_s, channels},
        {u"by_classification"_s, items(c.tips.byClassification)},
        {u"by_category"_s, items(c.tips.byCategory)},
        {u"coverage"_s, coverage},
        {u"coverage_totals"_s,
         QJsonArray{c.coverage.hamlets, c.coverage.hamletsWithGroup, c.coverage.groups,
                    c.coverage.householdsTotal, c.coverage.householdsConnected}},
        {u"results"_s, items(c.results.items)},
        {u"property_value_vnd"_s, c.results.propertyValueVnd}};
}

Result<QJsonValue> listPage(const TwinSide& side, const TipFilter& filter, bool last) {
    TipListRepo list(side.db);
    auto count = list.count(filter);
    if (!count)
        return count.error();
    const qint64 offset = last ? qMax<qint64>(0, count.value() - kBenchSearchLimit) : 0;
    auto page = list.page(filter, offset, kBenchSearchLimit);
    if (!page)
        return page.error();
    return QJsonValue(QJsonObject{{u"count"_s, count.value()}, {u"rows"_s, tipRows(page.value())}});
}

QJsonArray rowsOf(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QJsonArray out;
    if (!q.exec(sql)) {
        out.append(QString(u"error: "_s + q.lastError().text()));
        return out;
    }
    while (q.next()) {
        QJsonArray row;
        for (int i = 0; i < q.record().count(); ++i)
            row.append(QJsonValue::fromVariant(q.value(i)));
        out.append(row);
    }
    return out;
}

} // namespace

QList<TwinQuery> twinQueries(const QString& month) {
    QList<TwinQuery> all;
    for (const QString& text : benchQueries()) {
        all.append({u"search: "_s + text, [text](const TwinSide& side) -> Result<QJsonValue> {
                        auto hits =
                            SearchRepo(side.db).search(side.session, text, kBenchSearchLimit);
                        if (!hits)
                            return hits.error();
                        QJsonArray out;
                        for (const SearchHit& h : hits.value())
                            out.append(QJsonArray{h.kind, h.id, h.number});
                        return QJsonValue(out);
                    }});
        all.append({u"tip list search: "_s + text, [text](const TwinSide& side) {
                        TipFilter filter;
                        filter.search = text;
                        return listPage(side, filter, false);
                    }});
    }
    all.append({u"month figures "_s + month, [month](const TwinSide& side) -> Result<QJsonValue> {
                    auto f = StatsRepo(side.db).figures(side.session, month);
                    if (!f)
                        return f.error();
                    QJsonObject out;
                    for (auto it = f.value().figures.cbegin(); it != f.value().figures.cend(); ++it)
                        out.insert(it.key(), QJsonArray{it.value().value, it.value().previousMonth,
                                                        it.value().yearEarlier});
                    return QJsonValue(out);
                }});
    all.append(
        {u"12 months of charts to "_s + month, [month](const TwinSide& side) -> Result<QJsonValue> {
             auto c = StatsSeriesRepo(side.db).charts(side.session, month);
             if (!c)
                 return c.error();
             return Result<QJsonValue>(chartsJson(c.value()));
         }});
    all.append({u"tips by channel, 12 months to "_s + month,
                [month](const TwinSide& side) -> Result<QJsonValue> {
                    auto c = StatsSeriesRepo(side.db).tipsByChannel(side.session, month);
                    if (!c)
                        return c.error();
                    MonthCharts charts;
                    charts.channels = c.value();
                    return Result<QJsonValue>(chartsJson(charts));
                }});
    all.append({u"tip list first page"_s, [](const TwinSide& side) {
                    return listPage(side, TipFilter{}, false);
                }});
    all.append({u"tip list last page"_s, [](const TwinSide& side) {
                    return listPage(side, TipFilter{}, true);
                }});
    all.append({u"tip list oldest first"_s, [](const TwinSide& side) {
                    TipFilter filter;
                    filter.oldestFirst = true;
                    return listPage(side, filter, false);
                }});
    return all;
}

QJsonValue schemaOf(QSqlDatabase db) {
    return rowsOf(db, u"SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name"_s);
}

QJsonValue pragmasOf(QSqlDatabase db) {
    static const QStringList names = {
        u"journal_mode"_s,       u"synchronous"_s,     u"foreign_keys"_s,
        u"page_size"_s,          u"cache_size"_s,      u"temp_store"_s,
        u"user_version"_s,       u"auto_vacuum"_s,     u"encoding"_s,
        u"busy_timeout"_s,       u"locking_mode"_s,    u"mmap_size"_s,
        u"wal_autocheckpoint"_s, u"secure_delete"_s,   u"recursive_triggers"_s,
        u"automatic_index"_s,    u"cell_size_check"_s, u"application_id"_s,
        u"query_only"_s,         u"trusted_schema"_s,  u"cache_spill"_s,
        u"case_sensitive_like"_s};
    // As text: SQLCipher answers some pragmas (page_size) with text where SQLite gives a number.
    QJsonObject out;
    for (const QString& name : names) {
        QStringList values;
        for (const QJsonValue& row : rowsOf(db, u"PRAGMA "_s + name)) {
            for (const QJsonValue& v : row.toArray())
                values << v.toVariant().toString();
        }
        out.insert(name, values.join(u", "_s));
    }
    return out;
}

QJsonValue planOf(QSqlDatabase db, const QString& sql) {
    const QString head = sql.trimmed().left(6).toUpper();
    if (!head.startsWith(u"SELECT") && !head.startsWith(u"WITH"))
        return QJsonArray();
    return rowsOf(db, u"EXPLAIN QUERY PLAN "_s + sql);
}

} // namespace binhyen::bench
