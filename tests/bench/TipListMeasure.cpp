#include "tests/bench/TipListMeasure.h"

#include "models/item/TipWindowModel.h"
#include "tests/bench/BenchCommon.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <functional>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr int kRuns = 10;
constexpr int kScreenRows = 40;

// Reads every column of rows [first, first + kScreenRows) as the view paints them.
Result<void> paintRows(const TipWindowModel& model, int first) {
    const int end = qMin(model.rowCount(), first + kScreenRows);
    int shown = 0;
    for (int row = qMax(0, first); row < end; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            if (model.data(index, Qt::DisplayRole).isValid())
                ++shown;
            (void)model.data(index, TipWindowModel::OverdueRole);
        }
    }
    if (end > 0 && shown == 0)
        return makeError(ErrorCode::Io, u"The tip list showed no data"_s, model.lastError().text());
    return {};
}

TipFilter allTips() {
    TipFilter filter;
    filter.now = QDateTime::currentDateTime();
    return filter;
}

Result<void> sqlScalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return makeError(ErrorCode::Io, u"Bench SQL failed"_s, q.lastError().text());
    while (q.next()) {
    }
    return {};
}

} // namespace

Result<void> measureTipList(Side& encrypted, Side* plain, QJsonObject& result) {
    // Peak memory of each side's runs: VmHWM reset before them and read after; VmRSS sampled
    // after each run when the kernel refuses the reset.
    bool resetWorks = true;
    QHash<QString, double> peak;
    double sampled = 0;
    const double rssAtStart = rssNowMb();
    auto sample = [&] {
        sampled = std::max(sampled, rssNowMb());
    };
    auto tracked = [&](Side& side, const std::function<Runs()>& body) {
        resetWorks = resetPeakRss() && resetWorks;
        sampled = rssNowMb();
        Runs runs = body();
        const double now = resetWorks ? peakRssNowMb() : sampled;
        peak[side.name] = std::max(peak.value(side.name), now);
        return runs;
    };
    int rows = 0;
    auto open = sideBySide(encrypted, plain, [&](Side& side) {
        return tracked(side, [&] {
            return measure(kRuns, [&]() -> Result<void> {
                TipWindowModel model(side.db());
                if (!model.setFilter(allTips()))
                    return model.lastError();
                rows = model.rowCount();
                auto painted = paintRows(model, 0);
                sample();
                return painted;
            });
        });
    });
    if (!open)
        return open.error();
    result.insert(u"tip_list_open"_s, open.value());

    auto jump = sideBySide(encrypted, plain, [&](Side& side) {
        return tracked(side, [&] {
            QList<double> millis;
            for (int run = 0; run <= kRuns; ++run) {
                TipWindowModel model(side.db());
                if (!model.setFilter(allTips()))
                    return Runs(model.lastError());
                if (auto first = paintRows(model, 0); !first)
                    return Runs(first.error());
                QElapsedTimer t;
                t.start();
                auto last = paintRows(model, model.rowCount() - kScreenRows);
                const double elapsed = double(t.nsecsElapsed()) / 1e6;
                if (!last)
                    return Runs(last.error());
                sample();
                if (run > 0) // run 0 is the untimed warm-up
                    millis << elapsed;
            }
            return Runs(millis);
        });
    });
    if (!jump)
        return jump.error();
    result.insert(u"tip_list_jump_end"_s, jump.value());
    result.insert(u"tip_list_rows"_s, rows);
    result.insert(u"tip_list_via"_s,
                  u"TipWindowModel: setFilter + data() of 40 rows x all columns"_s);
    QJsonObject memory;
    memory.insert(u"method"_s, resetWorks ? u"VmHWM after clear_refs=5"_s
                                          : u"largest VmRSS sampled after each run"_s);
    memory.insert(u"encrypted_mb"_s, peak.value(encrypted.name));
    if (plain)
        memory.insert(u"plain_mb"_s, peak.value(plain->name));
    memory.insert(u"rss_at_start_mb"_s, rssAtStart); // the process before the list (caches, heap)
    result.insert(u"tip_list_peak_rss"_s, memory);

    // The reference SQL parts.
    auto count = sideBySide(encrypted, plain, [&](Side& side) {
        return measure(kRuns, [&] { return sqlScalar(side.db(), u"SELECT count(*) FROM tips"_s); });
    });
    if (!count)
        return count.error();
    result.insert(u"tip_list_sql_count"_s, count.value());
    auto reversed = sideBySide(encrypted, plain, [&](Side& side) {
        return measure(kRuns, [&] {
            return sqlScalar(side.db(), u"SELECT t.id, t.number, t.received_at, t.summary "
                                        u"FROM tips t ORDER BY t.id ASC LIMIT 200"_s);
        });
    });
    if (!reversed)
        return reversed.error();
    result.insert(u"tip_list_sql_last_page_reversed"_s, reversed.value());
    return {};
}

} // namespace binhyen::bench
