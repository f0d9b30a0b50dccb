#include "models/repo/tips/TipListRepo.h"

#include "models/domain/StationTime.h"
#include "models/repo/tips/TipListSql.h"
#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace binhyen {

namespace {

using tiplist::KeyBound;

Error queryError(const QSqlQuery& query) {
    return sqlError(query, QCoreApplication::translate("TipListRepo", "Reading the tips"));
}

bool run(QSqlQuery& q, const QString& text, const QVariantList& binds) {
    q.setForwardOnly(true);
    if (!q.prepare(text))
        return false;
    for (const QVariant& value : binds)
        q.addBindValue(value);
    return q.exec();
}

Result<qint64> single(QSqlDatabase db, const QString& text, const QVariantList& binds) {
    QSqlQuery q(db);
    if (!run(q, text, binds) || !q.next())
        return queryError(q);
    return q.value(0).toLongLong();
}

Result<qint64> countOf(QSqlDatabase db, const tiplist::Query& query,
                       const QList<KeyBound>& bounds) {
    QVariantList binds;
    const QString text = tiplist::countSql(query, bounds, &binds);
    return single(db, text, binds);
}

// The rows of one page: the ids first (only the filter's index, in its order, LIMIT/OFFSET over
// index entries), then those rows with their labels.
Result<QList<TipListRow>> readRows(QSqlDatabase db, const tiplist::Query& query, bool descending,
                                   const QList<KeyBound>& bounds, int limit, qint64 offset) {
    QVariantList binds;
    const QString ids = tiplist::idsSql(query, descending, bounds, &binds, offset > 0);
    binds.append(qMax(0, limit));
    binds.append(qlonglong(qMax<qint64>(0, offset)));
    const QString text =
        QStringLiteral(
            "SELECT t.id, t.number, t.received_at, t.channel, p.name, c.label, t.status, "
            "t.summary, t.valuable, COALESCE(t.informant_pseudonym, i.pseudonym), "
            "t.informant_sealed IS NOT NULL, t.classification, t.due_at FROM (") +
        ids +
        QStringLiteral(") k CROSS JOIN tips t ON t.id = k.id "
                       "LEFT JOIN places p ON p.id = t.place_id "
                       "JOIN categories c ON c.code = t.category_code "
                       "LEFT JOIN informants i ON i.id = t.informant_id");
    QSqlQuery q(db);
    if (!run(q, text, binds))
        return queryError(q);
    QList<TipListRow> rows;
    while (q.next()) {
        TipListRow row;
        TipRow& tip = row.tip;
        tip.id = q.value(0).toLongLong();
        tip.number = q.value(1).toString();
        tip.receivedAt = stationTimeFromText(q.value(2).toString());
        tip.channel = q.value(3).toString();
        tip.hamlet = q.value(4).toString();
        tip.category = q.value(5).toString();
        tip.status = q.value(6).toString();
        tip.summary = q.value(7).toString();
        tip.valuable = q.value(8).toInt() != 0;
        tip.informantPseudonym = q.value(9).toString();
        tip.identitySealed = q.value(10).toInt() != 0;
        row.classification = q.value(11).toString();
        row.dueAt = stationTimeFromText(q.value(12).toString());
        rows.append(std::move(row));
    }
    if (q.lastError().isValid())
        return queryError(q);
    // The page in the ids' order (sorted here: 200 rows, never a sort in SQL).
    std::sort(rows.begin(), rows.end(), [descending](const TipListRow& a, const TipListRow& b) {
        return descending ? a.tip.id > b.tip.id : a.tip.id < b.tip.id;
    });
    return rows;
}

} // namespace

TipListRepo::TipListRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> TipListRepo::count(const TipFilter& filter) const {
    return countOf(m_db, tiplist::build(filter), {});
}

Result<QList<TipListRow>> TipListRepo::page(const TipFilter& filter, qint64 offset, int limit,
                                            std::optional<qint64> afterId) const {
    const tiplist::Query query = tiplist::build(filter);
    const bool descending = !filter.oldestFirst;
    if (afterId) {
        const KeyBound after{descending ? QStringLiteral("<") : QStringLiteral(">"), *afterId};
        return readRows(m_db, query, descending, {after}, limit, 0);
    }
    if (offset <= 0 || limit <= 0)
        return readRows(m_db, query, descending, {}, limit, 0);
    auto all = countOf(m_db, query, {});
    if (!all)
        return all.error();
    return pageOf(filter, all.value(), offset, limit);
}

Result<QList<TipListRow>> TipListRepo::pageOf(const TipFilter& filter, qint64 n, qint64 offset,
                                              int limit) const {
    const tiplist::Query query = tiplist::build(filter);
    const bool descending = !filter.oldestFirst;
    if (offset <= 0 || limit <= 0)
        return readRows(m_db, query, descending, {}, limit, 0);
    // A page far from the start is read from whichever end of the order is nearer: the last
    // page is the first `limit` rows of the reversed order, never an OFFSET over the register.
    if (offset >= n)
        return QList<TipListRow>();
    const tiplist::Branch& only = query.branches.constFirst();
    if (query.branches.size() == 1 && only.where.isEmpty() && query.key == QLatin1String("t.id")) {
        // The whole register: while ids have no gaps (tips are never deleted), the row at an
        // offset is found from the id range (two index seeks) instead of counting rows.
        auto edge = single(m_db,
                           descending ? QStringLiteral("SELECT max(id) FROM tips")
                                      : QStringLiteral("SELECT min(id) FROM tips"),
                           {});
        auto span = single(
            m_db,
            QStringLiteral("SELECT (SELECT max(id) FROM tips) - (SELECT min(id) FROM tips) + 1"),
            {});
        if (!edge)
            return edge.error();
        if (!span)
            return span.error();
        if (span.value() == n) {
            const KeyBound from{descending ? QStringLiteral("<=") : QStringLiteral(">="),
                                descending ? edge.value() - offset : edge.value() + offset};
            return readRows(m_db, query, descending, {from}, limit, 0);
        }
    }
    const qint64 end = qMin<qint64>(n, offset + limit);
    if (offset <= n - end)
        return readRows(m_db, query, descending, {}, limit, offset);
    auto rows = readRows(m_db, query, !descending, {}, int(end - offset), n - end);
    if (rows)
        std::reverse(rows.value().begin(), rows.value().end());
    return rows;
}

Result<qint64> TipListRepo::position(const TipFilter& filter, qint64 tipId) const {
    const tiplist::Query query = tiplist::build(filter);
    auto shown = countOf(m_db, query, {{QStringLiteral("="), tipId}});
    if (!shown)
        return shown.error();
    if (shown.value() == 0)
        return qint64(-1);
    return countOf(m_db, query,
                   {{filter.oldestFirst ? QStringLiteral("<") : QStringLiteral(">"), tipId}});
}

Result<TipFilterChoices> TipListRepo::choices() const {
    TipFilterChoices choices;
    const struct {
        QList<TipChoice>* list;
        const char* sql;
    } lists[] = {
        {&choices.categories,
         "SELECT code, label FROM categories WHERE active = 1 ORDER BY sort, label"},
        {&choices.hamlets, "SELECT id, name FROM places ORDER BY name"},
        {&choices.officers, "SELECT id, full_name FROM users ORDER BY full_name"},
    };
    for (const auto& each : lists) {
        QSqlQuery q(m_db);
        if (!run(q, QString::fromLatin1(each.sql), {}))
            return queryError(q);
        while (q.next())
            each.list->append({q.value(0).toString(), q.value(1).toString()});
    }
    return choices;
}

Result<TipDeskCounts> TipListRepo::deskCounts(const QDateTime& now,
                                              std::optional<qint64> officerId) const {
    TipFilter base;
    base.officerId = officerId;
    base.now = now;
    const QDate today = now.date();
    TipDeskCounts counts;
    struct Step {
        qint64* into;
        TipFilter filter;
    };
    TipFilter day = base, month = base, unclassified = base, soon = base, late = base;
    day.from = day.to = today;
    month.from = QDate(today.year(), today.month(), 1);
    month.to = today;
    unclassified.status = QStringLiteral("new");
    unclassified.classification = QStringLiteral("none");
    soon.due = TipFilter::Due::Within24Hours;
    late.due = TipFilter::Due::Overdue;
    for (const Step& step : {Step{&counts.today, day}, Step{&counts.thisMonth, month},
                             Step{&counts.unclassified, unclassified}, Step{&counts.dueSoon, soon},
                             Step{&counts.overdue, late}}) {
        auto n = count(step.filter);
        if (!n)
            return n.error();
        *step.into = n.value();
    }
    return counts;
}

} // namespace binhyen
