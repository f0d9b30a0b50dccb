#include "models/repo/tips/TipListSql.h"

#include "models/domain/SearchText.h"
#include "models/domain/StationTime.h"

namespace binhyen::tiplist {

namespace {

QString dayStart(const QDate& day) {
    return day.toString(Qt::ISODate) + QStringLiteral("T00:00:00");
}

QString whereClause(const QStringList& conditions) {
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The branches' conditions with the bounds on the key added; binds appended in order. With
// `intersect` (counts), the second and later keyed equalities — all of them for a search — are
// tested against their own indexes (`+key IN (SELECT …)`, the + keeps them from driving).
QStringList branchSelects(const Query& query, const QString& select, const QList<KeyBound>& bounds,
                          bool intersect, QVariantList* binds) {
    QStringList selects;
    for (const Branch& branch : query.branches) {
        QStringList where = branch.where;
        binds->append(branch.binds);
        const bool searching = query.key != QLatin1String("t.id");
        const bool clockList =
            intersect && branch.clockList && !searching && !branch.keyed.isEmpty();
        if (clockList)
            where = QStringList{QStringLiteral("+t.id IN (SELECT t.id FROM tips t WHERE ") +
                                where.join(QStringLiteral(" AND ")) + QLatin1Char(')')};
        for (qsizetype i = 0; i < branch.keyed.size(); ++i) {
            if (branch.ranged && !clockList)
                where.append(QLatin1Char('+') + branch.keyed.at(i));
            else if (intersect && (i > 0 || searching))
                where.append(QLatin1Char('+') + query.key +
                             QStringLiteral(" IN (SELECT t.id FROM tips t WHERE ") +
                             branch.keyed.at(i) + QLatin1Char(')'));
            else
                where.append(branch.keyed.at(i));
            binds->append(branch.keyedBinds.at(i));
        }
        for (const KeyBound& bound : bounds) {
            where.append(query.key + QLatin1Char(' ') + bound.op + QStringLiteral(" ?"));
            binds->append(qlonglong(bound.value));
        }
        if (query.nothing)
            where.append(QStringLiteral("0"));
        selects.append(select + QStringLiteral(" FROM ") +
                       (intersect ? branch.countFrom : branch.from) + whereClause(where));
    }
    return selects;
}

} // namespace

Query build(const TipFilter& f) {
    Query query;
    QStringList conditions;
    QVariantList binds;
    auto add = [&](const QString& condition, const QVariantList& values) {
        conditions.append(condition);
        binds.append(values);
    };
    Branch base;
    auto key = [&](const QString& condition, const QVariantList& values) {
        base.keyed.append(condition);
        base.keyedBinds.append(values);
    };
    if (!f.status.isEmpty())
        key(QStringLiteral("t.status = ?"), {f.status});
    if (!f.channel.isEmpty())
        key(QStringLiteral("t.channel = ?"), {f.channel});
    if (f.classification == QLatin1String("none"))
        key(QStringLiteral("t.classification IS NULL"), {});
    else if (!f.classification.isEmpty())
        key(QStringLiteral("t.classification = ?"), {f.classification});
    if (!f.categoryCode.isEmpty())
        key(QStringLiteral("t.category_code = ?"), {f.categoryCode});
    if (f.placeId)
        key(QStringLiteral("t.place_id = ?"), {qlonglong(*f.placeId)});
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

    const bool searching = !f.search.trimmed().isEmpty();
    if (searching) {
        const QString match = ftsQuery(f.search);
        query.key = QStringLiteral("s.rowid");
        const bool joinsTips =
            !conditions.isEmpty() || !base.keyed.isEmpty() || f.officerId.has_value();
        base.from = joinsTips ? QStringLiteral("tip_search s JOIN tips t ON t.id = s.rowid")
                              : QStringLiteral("tip_search s");
        base.countFrom = conditions.isEmpty() ? QStringLiteral("tip_search s") : base.from;
        query.nothing = match.isEmpty();
        if (!match.isEmpty()) {
            base.where.append(QStringLiteral("tip_search MATCH ?"));
            base.binds.append(match);
        }
    } else {
        query.key = QStringLiteral("t.id");
        base.from = QStringLiteral("tips t");
        base.countFrom = base.from;
    }
    base.where.append(conditions);
    base.binds.append(binds);
    base.ranged = !conditions.isEmpty();
    base.clockList = f.due != TipFilter::Due::Any && !f.from.isValid() && !f.to.isValid();
    if (!f.officerId) {
        query.branches.append(base);
        return query;
    }
    // Received by the officer, or recorded by the officer for someone else: disjoint, each
    // served by its own index in id order.
    const qlonglong officer = *f.officerId;
    Branch received = base;
    received.keyed.prepend(QStringLiteral("t.receiving_officer_id = ?"));
    received.keyedBinds.prepend({officer});
    Branch recorded = base;
    // (The second condition is the partial index tips_list_recorded_for's, which keeps it small.)
    recorded.keyed.prepend(
        QStringLiteral("t.created_by = ? AND t.created_by <> t.receiving_officer_id"));
    recorded.keyedBinds.prepend({officer});
    query.branches = {received, recorded};
    return query;
}

QString countSql(const Query& query, const QList<KeyBound>& bounds, QVariantList* binds) {
    // Every tip: the register's own total (migration 13, kept by triggers), one row read.
    if (bounds.isEmpty() && !query.nothing && query.branches.size() == 1 &&
        query.key == QLatin1String("t.id")) {
        const Branch& all = query.branches.constFirst();
        if (all.from == QLatin1String("tips t") && all.where.isEmpty() && all.keyed.isEmpty() &&
            !all.ranged && !all.clockList)
            return QStringLiteral("SELECT tips FROM tip_totals WHERE id = 1");
    }
    const QStringList selects =
        branchSelects(query, QStringLiteral("SELECT count(*)"), bounds, true, binds);
    if (selects.size() == 1)
        return selects.constFirst();
    return QStringLiteral("SELECT (") + selects.join(QStringLiteral(") + (")) + QStringLiteral(")");
}

QString idsSql(const Query& query, bool descending, const QList<KeyBound>& bounds,
               QVariantList* binds, bool intersect) {
    const QStringList selects =
        branchSelects(query, QStringLiteral("SELECT ") + query.key + QStringLiteral(" AS id"),
                      bounds, intersect, binds);
    const QString order = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (selects.size() == 1)
        return selects.constFirst() + QStringLiteral(" ORDER BY ") + query.key + order +
               QStringLiteral(" LIMIT ? OFFSET ?");
    return selects.join(QStringLiteral(" UNION ALL ")) + QStringLiteral(" ORDER BY 1") + order +
           QStringLiteral(" LIMIT ? OFFSET ?");
}

} // namespace binhyen::tiplist
