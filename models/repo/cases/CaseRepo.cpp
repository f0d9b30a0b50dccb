#include "models/repo/cases/CaseRepo.h"

#include "models/domain/SearchText.h"
#include "models/domain/StationTime.h"
#include "models/repo/cases/CaseSql.h"
#include "models/security/Permissions.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

using namespace casesql;

namespace {

const Clock& systemClock() {
    static const SystemClock clock;
    return clock;
}

Error readError(const QSqlQuery& q) {
    return queryError(q, "CaseRepo", QT_TRANSLATE_NOOP("CaseRepo", "Reading the cases"));
}

Result<QList<CaseRow>> readRows(QSqlDatabase db, const CaseFilter& filter) {
    QStringList where;
    QVariantList binds;
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("c.status = ?");
        binds << filter.status;
    }
    if (filter.assignedOfficerId > 0) {
        where << QStringLiteral("c.assigned_officer_id = ?");
        binds << qlonglong(filter.assignedOfficerId);
    }
    if (filter.reviewPendingOnly)
        where << QStringLiteral("c.review_status = 'pending'");
    if (!filter.text.trimmed().isEmpty()) {
        const QString match = ftsQuery(filter.text);
        if (match.isEmpty())
            return QList<CaseRow>(); // nothing searchable: nothing matches
        where << QStringLiteral(
            "c.id IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)");
        binds << match;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.id, c.number, c.opened_at, c.occurred_at, c.title, k.label, p.name, "
                  "c.status, c.solved, "
                  "(SELECT count(*) FROM tip_case_links l WHERE l.case_id = c.id), "
                  "(SELECT count(*) FROM tip_case_links l WHERE l.case_id = c.id AND "
                  "l.contributed = 1), c.review_status "
                  "FROM cases c JOIN categories k ON k.code = c.case_type "
                  "LEFT JOIN places p ON p.id = c.place_id %1 "
                  "ORDER BY c.opened_at DESC, c.id DESC LIMIT ?")
                  .arg(where.isEmpty()
                           ? QString()
                           : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    q.addBindValue(filter.limit > 0 ? filter.limit : -1);
    if (!q.exec())
        return readError(q);
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
        row.reviewStatus = q.value(11).toString();
        rows.append(std::move(row));
    }
    if (q.lastError().isValid())
        return readError(q);
    return rows;
}

} // namespace

CaseRepo::CaseRepo(QSqlDatabase db)
    : m_db(std::move(db))
    , m_clock(&systemClock()) {}

CaseRepo::CaseRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(&clock) {}

Result<QList<CaseRow>> CaseRepo::listNewest(int limit) const {
    CaseFilter filter;
    filter.limit = qMax(0, limit);
    if (filter.limit == 0)
        return QList<CaseRow>();
    return readRows(m_db, filter);
}

Result<QList<CaseRow>> CaseRepo::list(const Session& session, const CaseFilter& filter) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    return readRows(m_db, filter);
}

Result<CaseDetail> CaseRepo::get(const Session& session, qint64 caseId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT c.id, c.number, c.year, c.seq, c.title, c.case_type, k.label, c.occurred_at, "
        "c.opened_at, c.place_id, p.name, c.address, c.summary, c.assigned_officer_id, "
        "a.full_name, "
        "c.status, c.outcome, c.solved, c.solved_at, c.closed_at, c.review_status, "
        "c.review_comment, c.reviewed_by, r.full_name, c.reviewed_at, c.closure_proposed_by, "
        "pr.full_name, c.closure_proposed_at, c.proposed_solved, c.created_by, cr.full_name, "
        "c.created_at, c.updated_at "
        "FROM cases c JOIN categories k ON k.code = c.case_type "
        "LEFT JOIN places p ON p.id = c.place_id "
        "LEFT JOIN users a ON a.id = c.assigned_officer_id "
        "LEFT JOIN users r ON r.id = c.reviewed_by "
        "LEFT JOIN users pr ON pr.id = c.closure_proposed_by "
        "LEFT JOIN users cr ON cr.id = c.created_by WHERE c.id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return readError(q);
    if (!q.next())
        return notFoundCase();
    auto time = [&q](int i) {
        return stationTimeFromText(q.value(i).toString());
    };
    CaseDetail d;
    d.id = q.value(0).toLongLong();
    d.number = q.value(1).toString();
    d.year = q.value(2).toInt();
    d.seq = q.value(3).toInt();
    d.title = q.value(4).toString();
    d.caseTypeCode = q.value(5).toString();
    d.caseTypeLabel = q.value(6).toString();
    d.occurredAt = time(7);
    d.openedAt = time(8);
    d.placeId = q.value(9).toLongLong();
    d.placeName = q.value(10).toString();
    d.address = q.value(11).toString();
    d.summary = q.value(12).toString();
    d.assignedOfficerId = q.value(13).toLongLong();
    d.assignedOfficerName = q.value(14).toString();
    d.status = q.value(15).toString();
    d.outcome = q.value(16).toString();
    d.solved = q.value(17).toInt() != 0;
    d.solvedAt = time(18);
    d.closedAt = time(19);
    d.reviewStatus = q.value(20).toString();
    d.reviewComment = q.value(21).toString();
    d.reviewedBy = q.value(22).toLongLong();
    d.reviewedByName = q.value(23).toString();
    d.reviewedAt = time(24);
    d.closureProposedBy = q.value(25).toLongLong();
    d.closureProposedByName = q.value(26).toString();
    d.closureProposedAt = time(27);
    if (!q.value(28).isNull())
        d.proposedSolved = q.value(28).toInt() != 0;
    d.createdBy = q.value(29).toLongLong();
    d.createdByName = q.value(30).toString();
    d.createdAt = time(31);
    d.updatedAt = time(32);
    return d;
}

} // namespace binhyen
