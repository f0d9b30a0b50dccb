#include "models/repo/cases/ReviewQueueRepo.h"

#include "models/domain/StationTime.h"
#include "models/repo/cases/CaseSql.h"
#include "models/security/Permissions.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

using namespace casesql;

namespace {

Error readError(const QSqlQuery& q) {
    return queryError(q, "ReviewQueueRepo",
                      QT_TRANSLATE_NOOP("ReviewQueueRepo", "Reading the review queue"));
}

// Columns: id, number, text, hamlet, at, person. `limit` < 0: every row.
Result<QList<ReviewItem>> items(QSqlDatabase db, const QString& kind, const QString& sql,
                                QVariantList binds, int limit) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql + QStringLiteral(" LIMIT ?"));
    binds << limit;
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return readError(q);
    QList<ReviewItem> out;
    while (q.next()) {
        ReviewItem item;
        item.kind = kind;
        item.id = q.value(0).toLongLong();
        item.number = q.value(1).toString();
        item.text = q.value(2).toString().simplified();
        item.hamlet = q.value(3).toString();
        item.at = stationTimeFromText(q.value(4).toString());
        item.person = q.value(5).toString();
        out.append(std::move(item));
    }
    if (q.lastError().isValid())
        return readError(q);
    return out;
}

// The tip columns every tip list shows; `at` and the joins differ.
const char* const kTipColumns = "SELECT t.id, t.number, t.summary, p.name, %1, u.full_name "
                                "FROM tips t LEFT JOIN places p ON p.id = t.place_id ";

QString tipQuery(const QString& at, const QString& personJoin, const QString& rest) {
    return QString::fromLatin1(kTipColumns).arg(at) + personJoin + QLatin1Char(' ') + rest;
}

const QString kOfficerJoin =
    QStringLiteral("LEFT JOIN users u ON u.id = COALESCE(t.assigned_officer_id, "
                   "t.receiving_officer_id)");

// Each list's condition, shared by its rows and its count. Over indexes: the partial
// tips_unclassified and tips_valuable_proposed (migration 12: their WHERE is exactly these
// conditions — change both together; tst_review_queue checks the plans), tips_status (due),
// cases_status through every status the schema allows (closures).
const QString kUnclassified = QStringLiteral("t.classification IS NULL AND t.status <> 'closed'");
const QString kDue =
    QStringLiteral("t.status IN ('new', 'verifying') AND t.due_at IS NOT NULL AND t.due_at <= ?");
const QString kValuable = QStringLiteral("t.valuable_proposed_by IS NOT NULL AND t.valuable = 0");
const QString kClosure =
    QStringLiteral("c.status IN ('verifying', 'clarified', 'forwarded', 'suspended', 'closed') "
                   "AND c.review_status = 'pending'");

} // namespace

ReviewQueueRepo::ReviewQueueRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<ReviewQueue> ReviewQueueRepo::queue(const Session& chief) const {
    if (auto allowed = require(chief, Operation::ReadRecords); !allowed)
        return allowed.error();
    return read(-1, dueHorizon());
}

Result<ReviewQueueHead> ReviewQueueRepo::head(const Session& chief, int limit) const {
    if (auto allowed = require(chief, Operation::ReadRecords); !allowed)
        return allowed.error();
    limit = qMax(limit, 1);
    const QString horizon = dueHorizon();
    auto queue = read(limit, horizon);
    if (!queue)
        return queue.error();
    ReviewQueueHead head{queue.take(), {}};
    const QVariantList dueBinds{horizon};
    const struct {
        const QList<ReviewItem>* items;
        qint64* total;
        QString from;
        QString where;
        QVariantList binds;
    } lists[] = {
        {&head.queue.unclassified,
         &head.totals.unclassified,
         QStringLiteral("tips t"),
         kUnclassified,
         {}},
        {&head.queue.dueSoon, &head.totals.dueSoon, QStringLiteral("tips t"), kDue, dueBinds},
        {&head.queue.valuableProposals,
         &head.totals.valuableProposals,
         QStringLiteral("tips t"),
         kValuable,
         {}},
        {&head.queue.closureProposals,
         &head.totals.closureProposals,
         QStringLiteral("cases c"),
         kClosure,
         {}},
    };
    for (const auto& list : lists) {
        *list.total = list.items->size();
        if (list.items->size() < limit)
            continue; // all of it was read
        auto n = count(list.from, list.where, list.binds);
        if (!n)
            return n.error();
        *list.total = n.value();
    }
    return head;
}

Result<qint64> ReviewQueueRepo::count(const QString& from, const QString& where,
                                      const QVariantList& binds) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(from, where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return readError(q);
    return q.value(0).toLongLong();
}

QString ReviewQueueRepo::dueHorizon() const {
    return stationTimeText(m_clock.now().addSecs(24 * 3600)); // due within 24 h, or past
}

Result<ReviewQueue> ReviewQueueRepo::read(int limit, const QString& horizon) const {
    ReviewQueue queue;
    auto unclassified = items(m_db, QStringLiteral("tip"),
                              tipQuery(QStringLiteral("t.received_at"), kOfficerJoin,
                                       QStringLiteral("WHERE ") + kUnclassified +
                                           QStringLiteral(" ORDER BY t.received_at, t.id")),
                              {}, limit);
    if (!unclassified)
        return unclassified.error();
    queue.unclassified = unclassified.take();

    auto due = items(
        m_db, QStringLiteral("tip"),
        tipQuery(QStringLiteral("t.due_at"), kOfficerJoin,
                 QStringLiteral("WHERE ") + kDue + QStringLiteral(" ORDER BY t.due_at, t.id")),
        {horizon}, limit);
    if (!due)
        return due.error();
    queue.dueSoon = due.take();

    auto valuable =
        items(m_db, QStringLiteral("tip"),
              tipQuery(QStringLiteral("t.valuable_proposed_at"),
                       QStringLiteral("LEFT JOIN users u ON u.id = t.valuable_proposed_by"),
                       QStringLiteral("WHERE ") + kValuable +
                           QStringLiteral(" ORDER BY t.valuable_proposed_at, t.id")),
              {}, limit);
    if (!valuable)
        return valuable.error();
    queue.valuableProposals = valuable.take();

    auto closures =
        items(m_db, QStringLiteral("case"),
              QStringLiteral("SELECT c.id, c.number, c.title, p.name, c.closure_proposed_at, "
                             "u.full_name FROM cases c LEFT JOIN places p ON p.id = c.place_id "
                             "LEFT JOIN users u ON u.id = c.closure_proposed_by WHERE ") +
                  kClosure + QStringLiteral(" ORDER BY c.closure_proposed_at, c.id"),
              {}, limit);
    if (!closures)
        return closures.error();
    queue.closureProposals = closures.take();
    return queue;
}

} // namespace binhyen
