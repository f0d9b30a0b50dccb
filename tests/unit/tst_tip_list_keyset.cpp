// The tip list read by keyset over indexes in its order (issue 8): every filter of the list gives
// the same rows, in the same order (the id: order of entry, even across equal received times), by
// keyset pages, by jumps from either end and through the windowed model; a tip's position; the
// dashboard counts; and the query plans use an index in the list's order (no sort of the
// register, no scan of the table). Run with BINHYEN_KEYSET_REGISTER=<file> and
// BINHYEN_KEYSET_KEY=<key file> to time a generated register (binhyen-bench generate).
#include "models/domain/SearchText.h"
#include "models/domain/StationTime.h"
#include "models/item/TipWindowModel.h"
#include "models/repo/tips/TipListRepo.h"
#include "models/repo/tips/TipListSql.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/KeyFiles.h"
#include "tests/support/AuditFixture.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(binhyen::TipFilter)

namespace {

constexpr int kTips = 2600;

QList<qint64> ids(QSqlDatabase db, const QString& sql) {
    QList<qint64> out;
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

QList<qint64> idsOf(const QList<TipListRow>& rows) {
    QList<qint64> out;
    for (const TipListRow& row : rows)
        out.append(row.tip.id);
    return out;
}

QStringList planOf(QSqlDatabase db, const QString& sql, const QVariantList& binds) {
    QSqlQuery q(db);
    if (!q.prepare(u"EXPLAIN QUERY PLAN "_s + sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    for (const QVariant& value : binds)
        q.addBindValue(value);
    QStringList lines;
    if (!q.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    while (q.next())
        lines.append(q.value(3).toString());
    return lines;
}

double peakRssMegabytes() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toDouble() / 1024.0;
    }
    return -1;
}

} // namespace

class TestTipListKeyset : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;
    QList<qint64> placeIds;

    QSqlDatabase db() { return s->db(); }
    QList<qint64> reference(const QString& where, bool oldestFirst = false) {
        return ids(db(), u"SELECT id FROM tips WHERE "_s + where + u" ORDER BY id "_s +
                             (oldestFirst ? u"ASC"_s : u"DESC"_s));
    }
    static QString day(const QDate& d) { return d.toString(Qt::ISODate) + u"T00:00:00"_s; }

    // Every page of the filter read by keyset after the previous page's last id.
    QList<qint64> walk(const TipFilter& filter, int limit) {
        TipListRepo repo(db());
        QList<qint64> all;
        std::optional<qint64> after;
        for (;;) {
            auto rows = repo.page(filter, 0, limit, after);
            if (!rows)
                qFatal("page: %s", qPrintable(rows.error().text()));
            if (rows.value().isEmpty())
                return all;
            all.append(idsOf(rows.value()));
            after = all.constLast();
        }
    }

private Q_SLOTS:
    void initTestCase();
    void filters_data();
    void filters();
    void equalReceivedTimesKeepTheOrderOfEntry();
    void modelKeepsFewPagesAndScrollsBothWays();
    void dashboardCounts();
    void gapsInIds();
    void measureGeneratedRegister();
};

void TestTipListKeyset::initTestCase() {
    s = std::make_unique<AuditStation>();
    insider::exec(db(), u"INSERT INTO places (id, kind, name, commune_code, valid_from) VALUES "
                        u"(1, 'ap', 'Láng Dài', '26', '2020-01-01'), "
                        u"(2, 'ap', 'Cây Cám', '26', '2020-01-01'), "
                        u"(3, 'ap', 'Lò Vôi', '26', '2020-01-01')"_s);
    placeIds = {1, 2, 3};
    QCOMPARE(s->chief.userId(), qint64(1));
    QCOMPARE(s->officer.userId(), qint64(2));
    const QStringList channels = {u"phone"_s,     u"hotline"_s, u"zalo"_s,
                                  u"in_person"_s, u"camera"_s,  u"document"_s};
    const QStringList categories = {u"theft"_s, u"fighting"_s, u"drugs"_s, u"other"_s};
    const QStringList classes = {QString(), u"to_giac"_s, u"tin_bao"_s, u"phan_anh"_s, QString()};
    const QDateTime start(QDate(2020, 8, 20), QTime(7, 0), Clock::stationZone());
    QVERIFY(db().transaction());
    for (int i = 0; i < kTips; ++i) {
        NewTip tip;
        // Seven tips share each received time; every 50th was received a day before it was
        // entered (the list stays in order of entry).
        tip.receivedAt = start.addSecs(3600 * (i / 7) - (i % 50 == 49 ? 86400 : 0));
        tip.channel = channels.at(i % channels.size());
        tip.receivingOfficerId = i % 3 == 0 ? s->chief.userId() : s->officer.userId();
        tip.createdBy = i % 9 == 4 ? s->chief.userId() : tip.receivingOfficerId;
        if (i % 4 != 3)
            tip.placeId = placeIds.at(i % 3);
        tip.categoryCode = categories.at(i % categories.size());
        tip.classification = classes.at(i % classes.size());
        tip.summary = i % 3 == 0 ? u"Trộm cắp xe máy số %1"_s.arg(i) : u"Đánh nhau số %1"_s.arg(i);
        if (tip.classification == u"tin_bao"_s)
            tip.dueAt = s->clock.now().addSecs(3600 * (i % 61 - 30));
        tip.createdAt = s->clock.now();
        QVERIFY(TipRepo(db()).insert(tip));
    }
    QVERIFY(db().commit());
    insider::exec(db(), u"UPDATE tips SET status = 'verifying' WHERE id % 7 = 1"_s);
    insider::exec(db(), u"UPDATE tips SET status = 'resolved' WHERE id % 7 = 2"_s);
}

void TestTipListKeyset::filters_data() {
    QTest::addColumn<TipFilter>("filter");
    QTest::addColumn<QString>("where");
    QTest::addColumn<bool>("mayUseSort"); // date and clock filters: the range's rows are sorted
    const qint64 officer = 2;             // canbo1 (AuditStation: the chief is user 1)
    const QDateTime now = QDateTime(QDate(2020, 9, 3), QTime(20, 30), Clock::stationZone());
    const QString fts = ftsQuery(u"trom cap"_s);
    auto row = [](const char* name, const TipFilter& f, const QString& where, bool sort = false) {
        QTest::newRow(name) << f << where << sort;
    };
    TipFilter f;
    row("all", f, u"1"_s);
    f = {}, f.status = u"verifying"_s;
    row("status", f, u"status = 'verifying'"_s);
    f = {}, f.channel = u"zalo"_s;
    row("channel", f, u"channel = 'zalo'"_s);
    f = {}, f.classification = u"none"_s;
    row("not classified", f, u"classification IS NULL"_s);
    f = {}, f.classification = u"tin_bao"_s;
    row("classification", f, u"classification = 'tin_bao'"_s);
    f = {}, f.categoryCode = u"theft"_s;
    row("category", f, u"category_code = 'theft'"_s);
    f = {}, f.placeId = 2;
    row("hamlet", f, u"place_id = 2"_s);
    f = {}, f.officerId = officer;
    row("officer", f, u"(receiving_officer_id = 2 OR created_by = 2)"_s);
    f = {}, f.officerId = 1;
    row("chief as officer", f, u"(receiving_officer_id = 1 OR created_by = 1)"_s);
    f = {}, f.officerId = 1, f.channel = u"phone"_s, f.classification = u"none"_s;
    row("officer, channel, not classified", f,
        u"(receiving_officer_id = 1 OR created_by = 1) AND channel = 'phone' AND "
        u"classification IS NULL"_s);
    f = {}, f.status = u"new"_s, f.categoryCode = u"fighting"_s, f.placeId = 1;
    row("status, category, hamlet", f,
        u"status = 'new' AND category_code = 'fighting' AND place_id = 1"_s);
    f = {}, f.from = QDate(2020, 8, 25), f.to = QDate(2020, 8, 27);
    row("dates", f,
        u"received_at >= '%1' AND received_at < '%2'"_s.arg(day(f.from), day(f.to.addDays(1))),
        true);
    f.channel = u"camera"_s;
    row("dates and channel", f,
        u"received_at >= '%1' AND received_at < '%2' AND channel = 'camera'"_s.arg(
            day(f.from), day(f.to.addDays(1))),
        true);
    f = {}, f.due = TipFilter::Due::Overdue, f.now = now;
    row("overdue", f,
        u"status IN ('new', 'verifying') AND due_at IS NOT NULL AND due_at < '%1'"_s.arg(
            stationTimeText(now)),
        true);
    f.officerId = officer, f.channel = u"zalo"_s;
    row("overdue, officer, channel", f,
        u"status IN ('new', 'verifying') AND due_at IS NOT NULL AND due_at < '%1' AND "
        u"(receiving_officer_id = 2 OR created_by = 2) AND channel = 'zalo'"_s.arg(
            stationTimeText(now)),
        true);
    f = {}, f.due = TipFilter::Due::Within24Hours, f.now = now;
    row("due within 24 hours", f,
        u"status IN ('new', 'verifying') AND due_at >= '%1' AND due_at < '%2'"_s.arg(
            stationTimeText(now), stationTimeText(now.addSecs(86400))),
        true);
    const QString matches =
        u"id IN (SELECT rowid FROM tip_search WHERE tip_search MATCH '%1')"_s.arg(
            QString(fts).replace(u"'"_s, u"''"_s));
    f = {}, f.search = u"trom cap"_s;
    row("search", f, matches);
    f.channel = u"zalo"_s;
    row("search and channel", f, matches + u" AND channel = 'zalo'"_s);
    f = {}, f.search = u"trom cap"_s, f.officerId = officer;
    row("search and officer", f, matches + u" AND (receiving_officer_id = 2 OR created_by = 2)"_s);
    f = {}, f.search = u"?!"_s;
    row("nothing searchable", f, u"0"_s);
}

void TestTipListKeyset::filters() {
    QFETCH(TipFilter, filter);
    QFETCH(QString, where);
    QFETCH(bool, mayUseSort);
    for (const bool oldestFirst : {false, true}) {
        filter.oldestFirst = oldestFirst;
        const QList<qint64> expected = reference(where, oldestFirst);
        const qint64 n = expected.size();
        TipListRepo repo(db());
        QCOMPARE(repo.count(filter).value(), n);
        // Keyset pages, of two sizes.
        QCOMPARE(walk(filter, 200), expected);
        QCOMPARE(walk(filter, 37), expected);
        // Pages at offsets, read from the nearer end (the last one is partial).
        for (const qint64 offset : {qint64(0), qint64(1), n / 2 - 3, n - 200, n - 150, n - 1, n}) {
            if (offset < 0)
                continue;
            const QList<qint64> slice = expected.mid(offset, 200);
            QCOMPARE(idsOf(repo.page(filter, offset, 200).value()), slice);
            QCOMPARE(idsOf(repo.pageOf(filter, n, offset, 200).value()), slice);
        }
        // The position of a tip; -1 when the filter does not show it.
        for (const qint64 i : {qint64(0), n / 3, n - 1}) {
            if (i >= 0 && i < n)
                QCOMPARE(repo.position(filter, expected.at(i)).value(), i);
        }
        const QList<qint64> every = reference(u"1"_s);
        for (const qint64 id : every) {
            if (!expected.contains(id)) {
                QCOMPARE(repo.position(filter, id).value(), qint64(-1));
                break;
            }
        }
        // The plans: an index in the list's order, never the table scanned or the list sorted.
        const tiplist::Query query = tiplist::build(filter);
        QList<QPair<QString, QVariantList>> statements;
        for (const QList<tiplist::KeyBound>& bounds :
             {QList<tiplist::KeyBound>{}, QList<tiplist::KeyBound>{{u"<"_s, 1000}}}) {
            QVariantList binds;
            QString sql = tiplist::idsSql(query, !oldestFirst, bounds, &binds);
            statements.append({sql, binds + QVariantList{200, 0}});
            binds.clear();
            sql = tiplist::idsSql(query, !oldestFirst, bounds, &binds, true);
            statements.append({sql, binds + QVariantList{200, 400}});
            binds.clear();
            sql = tiplist::countSql(query, bounds, &binds);
            statements.append({sql, binds});
        }
        for (const auto& [sql, binds] : statements) {
            const QStringList plan = planOf(db(), sql, binds);
            for (const QString& line : plan) {
                QVERIFY2(!line.startsWith(u"SCAN t"_s) || line.contains(u"COVERING INDEX"_s),
                         qPrintable(sql + u": "_s + plan.join(u" | "_s)));
                QVERIFY2(mayUseSort || !line.contains(u"TEMP B-TREE"_s),
                         qPrintable(sql + u": "_s + plan.join(u" | "_s)));
            }
        }
    }
}

void TestTipListKeyset::equalReceivedTimesKeepTheOrderOfEntry() {
    // Pages of 7 and 10 end in the middle of groups of tips received at the same minute.
    TipFilter all;
    const QList<qint64> expected = reference(u"1"_s);
    QCOMPARE(walk(all, 7), expected);
    QCOMPARE(walk(all, 10), expected);
    QList<TipListRow> rows = TipListRepo(db()).page(all, 0, 21).value();
    QCOMPARE(rows.size(), 21);
    int equalNeighbours = 0;
    for (int i = 1; i < rows.size(); ++i) {
        QVERIFY(rows.at(i).tip.id < rows.at(i - 1).tip.id);
        equalNeighbours += rows.at(i).tip.receivedAt == rows.at(i - 1).tip.receivedAt;
    }
    QVERIFY(equalNeighbours >= 14);
    // A tip received a day before it was entered stays in its place of entry.
    const qint64 late =
        ids(db(), u"SELECT id FROM tips WHERE summary = 'Đánh nhau số 49'"_s).constFirst();
    const qint64 at = TipListRepo(db()).position(all, late).value();
    QCOMPARE(at, qint64(expected.indexOf(late)));
    QCOMPARE(TipListRepo(db()).page(all, at, 1).value().constFirst().tip.id, late);
}

void TestTipListKeyset::modelKeepsFewPagesAndScrollsBothWays() {
    for (const bool oldestFirst : {false, true}) {
        TipFilter filter;
        filter.oldestFirst = oldestFirst;
        const QList<qint64> expected = reference(u"1"_s, oldestFirst);
        TipWindowModel model(db());
        QVERIFY(model.setFilter(filter));
        QCOMPARE(model.rowCount(), int(expected.size()));
        const int last = model.rowCount() - 1;
        // First page, then a jump to the end, then scrolling up row by row (keyset backwards).
        QCOMPARE(model.tipId(0), expected.first());
        QCOMPARE(model.tipId(last), expected.last());
        for (int row = last; row > last - 650; --row)
            QCOMPARE(model.tipId(row), expected.at(row));
        // A jump to the middle, then reading on.
        for (int row = last / 2; row < last / 2 + 450; ++row)
            QCOMPARE(model.tipId(row), expected.at(row));
        QVERIFY(model.cachedPages() <= TipWindowModel::kMaxPages);
        for (int row = 0; row <= last; row += 13) {
            QCOMPARE(model.tipId(row), expected.at(row));
            QVERIFY(model.cachedPages() <= TipWindowModel::kMaxPages);
        }
        QVERIFY(model.index(last, TipWindowModel::Number).data().toString().startsWith(u"TB-"_s));
    }
}

void TestTipListKeyset::dashboardCounts() {
    const QDateTime now = s->clock.now();
    for (const std::optional<qint64> officer :
         {std::optional<qint64>(), std::optional<qint64>(2)}) {
        const QString mine =
            officer ? u" AND (receiving_officer_id = 2 OR created_by = 2)"_s : QString();
        auto n = [&](const QString& where) {
            return qint64(reference(where + mine).size());
        };
        const TipDeskCounts counts = TipListRepo(db()).deskCounts(now, officer).value();
        QCOMPARE(counts.today, n(u"received_at >= '2020-09-03T00:00:00' AND received_at < "
                                 u"'2020-09-04T00:00:00'"_s));
        QCOMPARE(counts.thisMonth, n(u"received_at >= '2020-09-01T00:00:00' AND received_at < "
                                     u"'2020-09-04T00:00:00'"_s));
        QCOMPARE(counts.unclassified, n(u"status = 'new' AND classification IS NULL"_s));
        QCOMPARE(counts.overdue, n(u"status IN ('new', 'verifying') AND due_at < '%1'"_s.arg(
                                     stationTimeText(now))));
        QCOMPARE(counts.dueSoon,
                 n(u"status IN ('new', 'verifying') AND due_at >= '%1' AND due_at < '%2'"_s.arg(
                     stationTimeText(now), stationTimeText(now.addSecs(86400)))));
        QVERIFY2(counts.today > 0 && counts.thisMonth > counts.today && counts.unclassified > 0 &&
                     counts.overdue > 0 && counts.dueSoon > 0,
                 qPrintable(u"%1 %2 %3 %4 %5"_s.arg(counts.today)
                                .arg(counts.thisMonth)
                                .arg(counts.unclassified)
                                .arg(counts.overdue)
                                .arg(counts.dueSoon)));
    }
}

void TestTipListKeyset::gapsInIds() {
    // Ids with gaps (tips removed by hand): jumps over the whole register are read by offset
    // over the id index, not from the id range.
    insider::exec(db(), u"DELETE FROM tips WHERE id IN (5, 6, 700, 1500, 2599)"_s);
    for (const bool oldestFirst : {false, true}) {
        TipFilter all;
        all.oldestFirst = oldestFirst;
        const QList<qint64> expected = reference(u"1"_s, oldestFirst);
        const qint64 n = expected.size();
        TipListRepo repo(db());
        for (const qint64 offset : {qint64(3), qint64(650), n / 2, n - 200, n - 7})
            QCOMPARE(idsOf(repo.pageOf(all, n, offset, 200).value()), expected.mid(offset, 200));
        QCOMPARE(repo.position(all, expected.at(1000)).value(), qint64(1000));
        TipWindowModel model(db());
        QVERIFY(model.setFilter(all));
        for (int row = int(n) - 1; row >= 0; row -= 11)
            QCOMPARE(model.tipId(row), expected.at(row));
    }
}

void TestTipListKeyset::measureGeneratedRegister() {
    const QString path = qEnvironmentVariable("BINHYEN_KEYSET_REGISTER");
    if (path.isEmpty())
        QSKIP("BINHYEN_KEYSET_REGISTER is not set (a register from binhyen-bench generate)");
    auto key = keyfiles::readRegisterKeyFile(qEnvironmentVariable("BINHYEN_KEYSET_KEY"));
    QVERIFY(key);
    auto reg = Register::open(path, key.take());
    QVERIFY2(reg, reg ? "" : qPrintable(reg.error().text()));
    QSqlDatabase rdb = reg.value()->database();
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(Clock::stationZone());
    struct Case {
        const char* name;
        TipFilter filter;
    };
    QList<Case> cases;
    TipFilter f;
    cases.append({"all", f});
    f.oldestFirst = true;
    cases.append({"all, oldest first", f});
    f = {}, f.channel = u"zalo"_s;
    cases.append({"channel zalo", f});
    f = {}, f.classification = u"none"_s;
    cases.append({"not classified", f});
    f = {}, f.placeId = 7;
    cases.append({"hamlet 7", f});
    f = {}, f.officerId = 1;
    cases.append({"officer 1", f});
    f = {}, f.categoryCode = u"theft"_s, f.channel = u"phone"_s;
    cases.append({"theft by phone", f});
    f = {}, f.from = QDate(2026, 10, 1), f.to = QDate(2026, 10, 31);
    cases.append({"October 2026", f});
    f = {}, f.from = QDate(2016, 1, 1), f.to = QDate(2026, 12, 31);
    cases.append({"ten years of dates", f});
    f = {}, f.due = TipFilter::Due::Overdue, f.now = now;
    cases.append({"overdue", f});
    f = {}, f.search = u"dat do"_s;
    cases.append({"search dat do", f});
    f = {}, f.search = u"trom cap xe may"_s, f.channel = u"phone"_s;
    cases.append({"search trom cap xe may by phone", f});
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    for (const Case& c : cases) {
        QList<double> open, end, middle, position;
        qint64 rows = 0;
        for (int run = 0; run < 6; ++run) { // the first run warms the cache, untimed
            QElapsedTimer t;
            t.start();
            TipWindowModel model(rdb);
            QVERIFY(model.setFilter(c.filter));
            (void)model.index(0, 0).data();
            const double o = double(t.nsecsElapsed()) / 1e6;
            rows = model.rowCount();
            t.restart();
            const qint64 lastId = model.tipId(model.rowCount() - 1);
            const double e = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            (void)model.tipId(model.rowCount() / 2);
            const double m = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            if (rows > 0)
                QCOMPARE(TipListRepo(rdb).position(c.filter, lastId).value(), rows - 1);
            const double p = double(t.nsecsElapsed()) / 1e6;
            if (run > 0) {
                open << o;
                end << e;
                middle << m;
                position << p;
            }
        }
        qInfo("%-34s %8lld rows: open %8.2f ms, end %8.2f ms, middle %8.2f ms, position of "
              "the last %8.2f ms (medians of 5)",
              c.name, rows, median(open), median(end), median(middle), median(position));
        const tiplist::Query query = tiplist::build(c.filter);
        QVariantList binds;
        const QString ids = tiplist::idsSql(query, !c.filter.oldestFirst, {}, &binds);
        qInfo("    ids:   %s",
              qPrintable(planOf(rdb, ids, binds + QVariantList{200, 0}).join(u" | "_s)));
        binds.clear();
        const QString count = tiplist::countSql(query, {}, &binds);
        qInfo("    count: %s", qPrintable(planOf(rdb, count, binds).join(u" | "_s)));
    }
    for (const std::optional<qint64> officer :
         {std::optional<qint64>(), std::optional<qint64>(1)}) {
        QList<double> desk;
        for (int run = 0; run < 6; ++run) {
            QElapsedTimer t;
            t.start();
            QVERIFY(TipListRepo(rdb).deskCounts(now, officer));
            if (run > 0)
                desk << double(t.nsecsElapsed()) / 1e6;
        }
        qInfo("dashboard counts%s: %.2f ms (median of 5)", officer ? " of officer 1" : "",
              median(desk));
    }
    qInfo("peak RSS %.1f MB", peakRssMegabytes());
    rdb = QSqlDatabase();
    reg.value()->closeThreadConnection();
}

QTEST_GUILESS_MAIN(TestTipListKeyset)
#include "tst_tip_list_keyset.moc"
