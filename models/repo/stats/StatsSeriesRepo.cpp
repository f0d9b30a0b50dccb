#include "models/repo/stats/StatsSeriesRepo.h"

#include "models/domain/MonthFigures.h"
#include "models/repo/movement/CoverageRepo.h"
#include "models/repo/stats/StatsRepo.h"
#include "models/repo/stats/StatsSql.h"
#include "models/security/Permissions.h"
#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

namespace {

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, Error* error) {
    return statssql::run(
        q, sql, binds,
        QCoreApplication::translate("StatsSeriesRepo", "Computing the series of the charts"),
        error);
}

Result<void> check(const Session& session, const QString& month) {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    if (!monthfigures::isValidMonth(month))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("StatsSeriesRepo", "'%1' is not a month (YYYY-MM).")
                .arg(month));
    return {};
}

} // namespace

QList<qint64> MonthChannelSeries::totals() const {
    QList<qint64> out(months.size(), 0);
    for (auto it = byChannel.cbegin(); it != byChannel.cend(); ++it)
        for (int i = 0; i < out.size() && i < it.value().size(); ++i)
            out[i] += it.value().at(i);
    return out;
}

StatsSeriesRepo::StatsSeriesRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

QStringList StatsSeriesRepo::twelveMonths(const QString& month) {
    QStringList out;
    QString m = month;
    for (int i = 0; i < 12; ++i) {
        out.prepend(m);
        m = monthfigures::previousMonth(m);
    }
    return out;
}

Result<MonthChannelSeries> StatsSeriesRepo::tipsByChannel(const Session& session,
                                                          const QString& month) const {
    if (auto ok = check(session, month); !ok)
        return ok.error();
    MonthChannelSeries s;
    s.months = twelveMonths(month);
    for (const QString& c : monthfigures::channels())
        s.byChannel.insert(c, QList<qint64>(12, 0));
    // The expression of the covering index tips_month_stats: one range scan over 12 months.
    Error error;
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT substr(received_at, 1, 7), channel, count(*) FROM tips "
                            "WHERE substr(received_at, 1, 7) >= ? AND substr(received_at, 1, 7) "
                            "<= ? GROUP BY substr(received_at, 1, 7), channel"),
             {s.months.first(), s.months.last()}, &error))
        return error;
    while (q.next()) {
        const int i = int(s.months.indexOf(q.value(0).toString()));
        const QString channel = q.value(1).toString();
        if (i < 0)
            continue;
        if (!s.byChannel.contains(channel))
            s.byChannel.insert(channel, QList<qint64>(12, 0));
        s.byChannel[channel][i] += q.value(2).toLongLong();
    }
    return s;
}

Result<MonthTipBreakdown> StatsSeriesRepo::tipBreakdown(const Session& session,
                                                        const QString& month) const {
    if (auto ok = check(session, month); !ok)
        return ok.error();
    MonthTipBreakdown b;
    b.month = month;
    Error error;
    QSqlQuery q(m_db);
    QMap<QString, qint64> classes;
    if (!run(q,
             QStringLiteral("SELECT coalesce(classification, 'unclassified'), count(*) FROM tips "
                            "WHERE substr(received_at, 1, 7) = ? GROUP BY classification"),
             {month}, &error))
        return error;
    while (q.next())
        classes[q.value(0).toString()] += q.value(1).toLongLong();
    for (const QString& c : monthfigures::classifications())
        b.byClassification.append({c, QString(), classes.value(c)});

    const QString from = monthfigures::firstDay(month);
    const QString to = monthfigures::firstDay(monthfigures::nextMonth(month));
    if (!run(q,
             QStringLiteral("SELECT c.code, c.label, c.active, coalesce(t.n, 0) FROM categories c "
                            "LEFT JOIN (SELECT category_code, count(*) AS n FROM tips WHERE "
                            "received_at >= ? AND received_at < ? GROUP BY category_code) t ON "
                            "t.category_code = c.code ORDER BY c.sort, c.code"),
             {from, to}, &error))
        return error;
    while (q.next()) {
        const qint64 n = q.value(3).toLongLong();
        if (q.value(2).toInt() == 0 && n == 0)
            continue;
        b.byCategory.append({q.value(0).toString(), q.value(1).toString(), n});
    }
    return b;
}

Result<Coverage> StatsSeriesRepo::coverage(const Session& session, const QString& month) const {
    if (auto ok = check(session, month); !ok)
        return ok.error();
    return CoverageRepo(m_db).on(session,
                                 QDate::fromString(monthfigures::lastDay(month), Qt::ISODate));
}

Result<MonthResults> StatsSeriesRepo::results(const Session& session, const QString& month) const {
    if (auto ok = check(session, month); !ok)
        return ok.error();
    // The month's facts are a handful of aggregates: the same definitions as the table.
    auto facts = StatsRepo(m_db).gather(month);
    if (!facts)
        return facts.error();
    const QMap<QString, qint64> values = monthfigures::values(facts.value());
    MonthResults r;
    r.month = month;
    for (const char* key :
         {"cases_solved", "cases_solved_public_help", "suspects_arrested", "persons_surrendered",
          "lost_persons_found", "documents_returned", "property_returned", "weapons_handed_in"})
        r.items.append({QLatin1String(key), QString(), values.value(QLatin1String(key))});
    r.propertyValueVnd = values.value(QStringLiteral("property_value_vnd"));
    return r;
}

Result<MonthCharts> StatsSeriesRepo::charts(const Session& session, const QString& month) const {
    MonthCharts c;
    auto channels = tipsByChannel(session, month);
    if (!channels)
        return channels.error();
    c.channels = channels.take();
    auto tips = tipBreakdown(session, month);
    if (!tips)
        return tips.error();
    c.tips = tips.take();
    auto cover = coverage(session, month);
    if (!cover)
        return cover.error();
    c.coverage = cover.take();
    auto res = results(session, month);
    if (!res)
        return res.error();
    c.results = res.take();
    return c;
}

} // namespace binhyen
