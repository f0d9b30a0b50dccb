#include "models/repo/tips/CaseRepo.h"

#include "models/domain/Tip.h"
#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

CaseRepo::CaseRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<QList<CaseRow>> CaseRepo::listNewest(int limit) const {
    auto failed = [](const QSqlQuery& q) {
        const QSqlError e = q.lastError();
        return engineError(e.nativeErrorCode().toInt(), e.databaseText(),
                           QCoreApplication::translate("CaseRepo", "Reading the cases"));
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.number, c.opened_at, c.occurred_at, c.title, k.label, p.name, c.status, "
        "c.solved, "
        "(SELECT count(*) FROM tip_case_links l WHERE l.case_id = c.id), "
        "(SELECT count(*) FROM tip_case_links l WHERE l.case_id = c.id AND l.contributed = 1) "
        "FROM cases c JOIN categories k ON k.code = c.case_type "
        "LEFT JOIN places p ON p.id = c.place_id "
        "ORDER BY c.opened_at DESC, c.id DESC LIMIT :limit"));
    q.bindValue(QStringLiteral(":limit"), qMax(0, limit));
    if (!q.exec())
        return failed(q);
    QList<CaseRow> rows;
    while (q.next()) {
        CaseRow row;
        row.id = q.value(0).toLongLong();
        row.number = q.value(1).toString();
        row.openedAt = stationTimeFromText(q.value(2).toString());
        row.occurredAt = stationTimeFromText(q.value(3).toString());
        row.title = q.value(4).toString();
        row.caseType = q.value(5).toString();
        row.hamlet = q.value(6).toString();
        row.status = q.value(7).toString();
        row.solved = q.value(8).toInt() != 0;
        row.linkedTips = q.value(9).toInt();
        row.contributedTips = q.value(10).toInt();
        rows.append(std::move(row));
    }
    if (q.lastError().isValid())
        return failed(q);
    return rows;
}

} // namespace binhyen
