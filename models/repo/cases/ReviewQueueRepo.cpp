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

// Columns: id, number, text, hamlet, at, person.
Result<QList<ReviewItem>> items(QSqlDatabase db, const QString& kind, const QString& sql,
                                const QVariantList& binds = {}) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, "ReviewQueueRepo",
                          QT_TRANSLATE_NOOP("ReviewQueueRepo", "Reading the review queue"));
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

} // namespace

ReviewQueueRepo::ReviewQueueRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<ReviewQueue> ReviewQueueRepo::queue(const Session& chief) const {
    if (auto allowed = require(chief, Operation::ReadRecords); !allowed)
        return allowed.error();
    ReviewQueue queue;
    auto unclassified =
        items(m_db, QStringLiteral("tip"),
              tipQuery(QStringLiteral("t.received_at"), kOfficerJoin,
                       QStringLiteral("WHERE t.classification IS NULL AND t.status <> 'closed' "
                                      "ORDER BY t.received_at, t.id")));
    if (!unclassified)
        return unclassified.error();
    queue.unclassified = unclassified.take();

    const QString horizon = stationTimeText(m_clock.now().addSecs(24 * 3600));
    auto due = items(m_db, QStringLiteral("tip"),
                     tipQuery(QStringLiteral("t.due_at"), kOfficerJoin,
                              QStringLiteral("WHERE t.status IN ('new', 'verifying') AND "
                                             "t.due_at IS NOT NULL AND t.due_at <= ? "
                                             "ORDER BY t.due_at, t.id")),
                     {horizon});
    if (!due)
        return due.error();
    queue.dueSoon = due.take();

    auto valuable = items(m_db, QStringLiteral("tip"),
                          tipQuery(QStringLiteral("t.valuable_proposed_at"),
                                   QStringLiteral("LEFT JOIN users u ON u.id = "
                                                  "t.valuable_proposed_by"),
                                   QStringLiteral("WHERE t.valuable_proposed_by IS NOT NULL AND "
                                                  "t.valuable = 0 ORDER BY "
                                                  "t.valuable_proposed_at, t.id")));
    if (!valuable)
        return valuable.error();
    queue.valuableProposals = valuable.take();

    auto closures = items(
        m_db, QStringLiteral("case"),
        QStringLiteral("SELECT c.id, c.number, c.title, p.name, c.closure_proposed_at, "
                       "u.full_name FROM cases c LEFT JOIN places p ON p.id = c.place_id "
                       "LEFT JOIN users u ON u.id = c.closure_proposed_by "
                       "WHERE c.review_status = 'pending' ORDER BY c.closure_proposed_at, c.id"));
    if (!closures)
        return closures.error();
    queue.closureProposals = closures.take();
    return queue;
}

} // namespace binhyen
