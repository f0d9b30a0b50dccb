#include "tests/bench/TipListMeasure.h"

#include "models/repo/tips/TipListRepo.h"
#include "tests/bench/BenchCommon.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QVariant>
#include <functional>

namespace binhyen::bench {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPage = 200;
constexpr int kRuns = 10;

QList<double> timed(const std::function<void()>& work) {
    work(); // warm
    QList<double> millis;
    for (int i = 0; i < kRuns; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        millis << double(t.nsecsElapsed()) / 1e6;
    }
    return millis;
}

qint64 sqlCount(QSqlDatabase db) {
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM tips"_s) && q.next() ? q.value(0).toLongLong() : 0;
}

int sqlPage(QSqlDatabase db, qint64 offset) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT t.id, t.number, t.received_at, t.channel, p.name, c.label, t.status, "
              u"t.summary, t.classification, t.due_at FROM tips t "
              u"LEFT JOIN places p ON p.id = t.place_id "
              u"JOIN categories c ON c.code = t.category_code "
              u"ORDER BY t.id DESC LIMIT ? OFFSET ?"_s);
    q.addBindValue(kPage);
    q.addBindValue(qMax<qint64>(0, offset));
    int rows = 0;
    if (q.exec()) {
        while (q.next())
            ++rows;
    }
    return rows;
}

} // namespace

void measureTipList(QSqlDatabase db, QJsonObject& result) {
    const qint64 count = sqlCount(db);
    int lastRows = 0;
    TipListRepo list(db);
    const TipFilter all;
    result.insert(u"tip_list_open"_s, summarize(timed([&] {
                      const auto n = list.count(all);
                      const auto rows = list.page(all, 0, kPage);
                      if (!n || !rows)
                          note(u"tip list: "_s + (n ? rows.error() : n.error()).text());
                  })));
    result.insert(u"tip_list_jump_end"_s, summarize(timed([&] {
                      auto rows = list.page(all, qMax<qint64>(0, count - kPage), kPage);
                      lastRows = rows ? int(rows.value().size()) : -1;
                  })));
    result.insert(u"tip_list_via"_s, u"TipListRepo::count + page"_s);
    result.insert(u"tip_list_sql_offset_end"_s, summarize(timed([&] {
                      const qint64 n = sqlCount(db);
                      const int rows = sqlPage(db, n - kPage);
                      if (lastRows == 0)
                          lastRows = rows;
                  })));
    // The parts, and the alternative a windowed model can use for the last page: the reversed
    // order (oldest first, LIMIT 200), which reads 200 rows instead of skipping a million.
    result.insert(u"tip_list_sql_count"_s, summarize(timed([&] { (void)sqlCount(db); })));
    result.insert(u"tip_list_sql_offset_end_only"_s,
                  summarize(timed([&] { (void)sqlPage(db, count - kPage); })));
    result.insert(u"tip_list_sql_last_page_reversed"_s, summarize(timed([&] {
                      QSqlQuery q(db);
                      q.setForwardOnly(true);
                      q.prepare(u"SELECT t.id, t.number, t.received_at, t.summary FROM tips t "
                                u"ORDER BY t.id ASC LIMIT ?"_s);
                      q.addBindValue(kPage);
                      if (q.exec()) {
                          while (q.next()) {
                          }
                      }
                  })));
    result.insert(u"tip_list_count"_s, count);
    result.insert(u"tip_list_last_page_rows"_s, lastRows);
}

} // namespace binhyen::bench
