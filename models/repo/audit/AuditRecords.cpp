#include "models/repo/audit/AuditRecords.h"

#include "models/security/AuditChain.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>

namespace binhyen::auditrecords {

namespace {

const QStringList kVolatileUserColumns = {
    QStringLiteral("password_hash"), QStringLiteral("must_change_password"),
    QStringLiteral("failed_logons"), QStringLiteral("locked_until"),
    QStringLiteral("wrap_salt"),     QStringLiteral("wrap_opslimit"),
    QStringLiteral("wrap_memlimit")};

} // namespace

const QStringList& entities() {
    static const QStringList all = {QStringLiteral("tip"), QStringLiteral("case"),
                                    QStringLiteral("user"), QStringLiteral("person")};
    return all;
}

QString tableFor(const QString& entity) {
    if (entity == QLatin1String("tip"))
        return QStringLiteral("tips");
    if (entity == QLatin1String("case"))
        return QStringLiteral("cases");
    if (entity == QLatin1String("user"))
        return QStringLiteral("users");
    if (entity == QLatin1String("person"))
        return QStringLiteral("persons");
    return {};
}

QByteArray hashOfRow(const QString& entity, const QSqlQuery& query) {
    return RowHasher(entity, query.record()).hash(query);
}

RowHasher::RowHasher(const QString& entity, const QSqlRecord& record) {
    const bool isUser = entity == QLatin1String("user");
    m_columns.reserve(record.count());
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (isUser && kVolatileUserColumns.contains(name))
            continue;
        m_columns.append({name, i});
    }
    std::sort(m_columns.begin(), m_columns.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
}

QByteArray RowHasher::hash(const QSqlQuery& query) const {
    return auditchain::recordHashOf(columns(query));
}

QList<QPair<QString, QVariant>> RowHasher::columns(const QSqlQuery& query) const {
    QList<QPair<QString, QVariant>> out;
    out.reserve(m_columns.size());
    for (const auto& [name, index] : m_columns)
        out.append({name, query.value(index)});
    return out;
}

QString recordName(const QString& entity, qint64 id, const QString& username) {
    if (entity == QLatin1String("tip"))
        return QCoreApplication::translate("AuditRepo", "tip %1").arg(id);
    if (entity == QLatin1String("case"))
        return QCoreApplication::translate("AuditRepo", "case %1").arg(id);
    if (entity == QLatin1String("user"))
        return username.isEmpty() ? QCoreApplication::translate("AuditRepo", "user %1").arg(id)
                                  : QCoreApplication::translate("AuditRepo", "user %1 (%2)")
                                        .arg(QString::number(id), username);
    if (entity == QLatin1String("person"))
        return QCoreApplication::translate("AuditRepo", "person %1").arg(id);
    return entity + QLatin1Char(' ') + QString::number(id);
}

} // namespace binhyen::auditrecords
