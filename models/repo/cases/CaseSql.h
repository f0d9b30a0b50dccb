#pragma once

#include "models/domain/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantMap>

class QSqlQuery;

namespace binhyen::casesql {

// Internal to the case repositories: error mapping and small shared checks.

// An engine error of `query`, with a translated context ("CaseRepo", "Saving the case" …).
Error queryError(const QSqlQuery& query, const char* context, const char* source);
Error refused(const QString& message);
Error notFoundCase();
// {"before": …, "after": …} for AuditEntry::changes.
QVariantMap change(const QVariant& before, const QVariant& after);
QVariant nullText();
QVariant nullId();
QVariant textOrNull(const QString& text);
QVariant idOrNull(qint64 id);
// The case's status and review status; NotFound for an unknown case.
struct CaseState {
    QString status;
    QString reviewStatus;
};
Result<CaseState> caseState(QSqlDatabase db, qint64 caseId);
// Ok when `userId` is an active account with role officer or chief; InvalidInput otherwise.
Result<void> requireActiveOfficer(QSqlDatabase db, qint64 userId);

} // namespace binhyen::casesql
