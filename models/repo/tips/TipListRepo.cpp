#include "models/repo/tips/TipListRepo.h"

#include "models/domain/SearchText.h"
#include "models/domain/StationTime.h"
#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

namespace {

Error queryError(const QSqlQuery& query) {
    const QSqlError e = query.lastError();
    return engineError(e.nativeErrorCode().toInt(), e.databaseText(),
                       QCoreApplication::translate("TipListRepo", "Reading the tips"));
}

QString dayStart(const QDate& day) {
    return day.toString(Qt::ISODate) + QStringLiteral("T00:00:00");
}

// The FROM and WHERE parts of a filter, with their bound values in order.
struct Sql {
    QString from;
    QString key; // the id column that orders the list
    QStringList where;
    QVariantList binds;
    bool joinsTips = true;

    QString whereClause(const QString& extra = {}) const {
        QStringList all = where;
        if (!extra.isEmpty())
            all.append(extra);
        return all.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
    }
};

Sql build(const TipFilter& f) {
    Sql sql;
    QStringList tipConditions;
    auto add = [&](const QString& condition, const QVariantList& values) {
        tipConditions.append(condition);
        sql.binds.append(values);
    };
    QVariantList searchBinds;
    if (!f.search.trimmed().isEmpty()) {
        const QString match = ftsQuery(f.search);
        sql.key = QStringLiteral("s.rowid");
        sql.from = QStringLiteral("tip_search s JOIN tips t ON t.id = s.rowid");
        // A query with nothing searchable in it finds nothing (never an FTS error).
        sql.where.append(match.isEmpty() ? QStringLiteral("0")
                                         : QStringLiteral("tip_search MATCH ?"));
        if (!match.isEmpty())
            sql.binds.append(match);
    } else {
        sql.key = QStringLiteral("t.id");
        sql.from = QStringLiteral("tips t");
    }
    if (!f.status.isEmpty())
        add(QStringLiteral("t.status = ?"), {f.status});
    if (!f.channel.isEmpty())
        add(QStringLiteral("t.channel = ?"), {f.channel});
    if (f.classification == QLatin1String("none"))
        add(QStringLiteral("t.classification IS NULL"), {});
    else if (!f.classification.isEmpty())
        add(QStringLiteral("t.classification = ?"), {f.classification});
    if (!f.categoryCode.isEmpty())
        add(QStringLiteral("t.category_code = ?"), {f.categoryCode});
    if (f.placeId)
        add(QStringLiteral("t.place_id = ?"), {qlonglong(*f.placeId)});
    if (f.officerId)
        add(QStringLiteral("(t.receiving_officer_id = ? OR t.created_by = ?)"),
            {qlonglong(*f.officerId), qlonglong(*f.officerId)});
    if (f.from.isValid())
        add(QStringLiteral("t.received_at >= ?"), {dayStart(f.from)});
    if (f.to.isValid())
        add(QStringLiteral("t.received_at < ?"), {dayStart(f.to.addDays(1))});
    if (f.due != TipFilter::Due::Any) {
        const QString now = stationTimeText(f.now);
        add(QStringLiteral("t.status IN ('new', 'verifying') AND t.due_at IS NOT NULL"), {});
        if (f.due == TipFilter::Due::Overdue)
            add(QStringLiteral("t.due_at < ?"), {now});
        else
            add(QStringLiteral("t.due_at >= ? AND t.due_at < ?"),
                {now, stationTimeText(f.now.addSecs(24 * 3600))});
    }
    sql.where.append(tipConditions);
    sql.joinsTips = !tipConditions.isEmpty();
    return sql;
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

} // namespace

TipListRepo::TipListRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<qint64> TipListRepo::count(const TipFilter& filter) const {
    const Sql sql = build(filter);
    return single(m_db, QStringLiteral("SELECT count(*) FROM ") + sql.from + sql.whereClause(),
                  sql.binds);
}

Result<QList<TipListRow>> TipListRepo::page(const TipFilter& filter, qint64 offset, int limit,
                                            std::optional<qint64> afterId) const {
    Sql sql = build(filter);
    if (sql.where.isEmpty() && !afterId && offset > 0) {
        // The whole register: while ids have no gaps (tips are never deleted), the row at an
        // offset is found from the id range instead of stepping over `offset` rows.
        auto span = single(m_db, QStringLiteral("SELECT max(id) - min(id) + 1 FROM tips"), {});
        auto all = single(m_db, QStringLiteral("SELECT count(*) FROM tips"), {});
        if (span && all && span.value() == all.value()) {
            auto edge = single(m_db,
                               filter.oldestFirst ? QStringLiteral("SELECT min(id) FROM tips")
                                                  : QStringLiteral("SELECT max(id) FROM tips"),
                               {});
            if (edge)
                return page(filter, 0, limit,
                            filter.oldestFirst ? edge.value() + offset - 1
                                               : edge.value() - offset + 1);
        }
    }
    const QString order = filter.oldestFirst ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QVariantList binds = sql.binds;
    QString keyset;
    if (afterId) {
        keyset = sql.key + (filter.oldestFirst ? QStringLiteral(" > ?") : QStringLiteral(" < ?"));
        binds.append(qlonglong(*afterId));
        offset = 0;
    }
    if (!filter.search.trimmed().isEmpty() && !sql.joinsTips)
        sql.from = QStringLiteral("tip_search s");
    binds.append(qMax(0, limit));
    binds.append(qlonglong(qMax<qint64>(0, offset)));
    // Ids first (only the filter's tables), then the rows of that page with their labels.
    const QString ids = QStringLiteral("SELECT ") + sql.key + QStringLiteral(" AS id FROM ") +
                        sql.from + sql.whereClause(keyset) + QStringLiteral(" ORDER BY ") +
                        sql.key + order + QStringLiteral(" LIMIT ? OFFSET ?");
    const QString text =
        QStringLiteral(
            "SELECT t.id, t.number, t.received_at, t.channel, p.name, c.label, t.status, "
            "t.summary, t.valuable, COALESCE(t.informant_pseudonym, i.pseudonym), "
            "t.informant_sealed IS NOT NULL, t.classification, t.due_at FROM (") +
        ids +
        QStringLiteral(") k JOIN tips t ON t.id = k.id LEFT JOIN places p ON p.id = t.place_id "
                       "JOIN categories c ON c.code = t.category_code "
                       "LEFT JOIN informants i ON i.id = t.informant_id ORDER BY t.id") +
        order;
    QSqlQuery q(m_db);
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
    return rows;
}

Result<qint64> TipListRepo::position(const TipFilter& filter, qint64 tipId) const {
    const Sql sql = build(filter);
    QVariantList binds = sql.binds;
    binds.append(qlonglong(tipId));
    auto shown = single(m_db,
                        QStringLiteral("SELECT count(*) FROM ") + sql.from +
                            sql.whereClause(sql.key + QStringLiteral(" = ?")),
                        binds);
    if (!shown)
        return shown.error();
    if (shown.value() == 0)
        return qint64(-1);
    return single(m_db,
                  QStringLiteral("SELECT count(*) FROM ") + sql.from +
                      sql.whereClause(sql.key + (filter.oldestFirst ? QStringLiteral(" < ?")
                                                                    : QStringLiteral(" > ?"))),
                  binds);
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
