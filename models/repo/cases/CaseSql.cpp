#include "models/repo/cases/CaseSql.h"

#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen::casesql {

Error queryError(const QSqlQuery& query, const char* context, const char* source) {
    return sqlError(query, QCoreApplication::translate(context, source));
}

Error refused(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message);
}

Error notFoundCase() {
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("CaseRepo", "There is no such case."));
}

QVariantMap change(const QVariant& before, const QVariant& after) {
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

QVariant nullText() {
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullId() {
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant textOrNull(const QString& text) {
    return text.trimmed().isEmpty() ? nullText() : QVariant(text.trimmed());
}

QVariant idOrNull(qint64 id) {
    return id > 0 ? QVariant(qlonglong(id)) : nullId();
}

Result<CaseState> caseState(QSqlDatabase db, qint64 caseId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT status, review_status FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return queryError(q, "CaseRepo", QT_TRANSLATE_NOOP("CaseRepo", "Reading the case"));
    if (!q.next())
        return notFoundCase();
    return CaseState{q.value(0).toString(), q.value(1).toString()};
}

Result<void> requireActiveOfficer(QSqlDatabase db, qint64 userId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT role, active FROM users WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return queryError(q, "CaseRepo", QT_TRANSLATE_NOOP("CaseRepo", "Reading the accounts"));
    const bool ok = q.next() && q.value(1).toInt() == 1 &&
                    (q.value(0).toString() == QLatin1String("officer") ||
                     q.value(0).toString() == QLatin1String("chief"));
    if (!ok)
        return refused(QCoreApplication::translate(
            "CaseRepo", "Work can only be given to an active officer or chief."));
    return {};
}

} // namespace binhyen::casesql
