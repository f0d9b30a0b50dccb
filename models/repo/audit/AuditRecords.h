#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlQuery;
class QSqlRecord;

namespace binhyen::auditrecords {

// Internal to AuditRepo and its verifier: the tables of audited entities and how a record's row
// is hashed ("SELECT * FROM <table>": every column, sorted by name, NULLs left out — AuditChain.h).
// For users the columns a logon or a password change touches are left out, so that neither
// invalidates the record: password_hash, must_change_password, failed_logons, locked_until,
// wrap_salt, wrap_opslimit, wrap_memlimit. Role, active, names, record_signature and signed_by
// are covered (a role changed by SQL is caught).
const QStringList& entities();           // "tip", "case", "user", "person"
QString tableFor(const QString& entity); // empty for an entity that is not audited
QByteArray hashOfRow(const QString& entity, const QSqlQuery& query); // current row of SELECT *

// hashOfRow for many rows of one prepared SELECT *: the covered columns are found once.
class RowHasher {
public:
    RowHasher() = default;
    RowHasher(const QString& entity, const QSqlRecord& record);
    QByteArray hash(const QSqlQuery& query) const; // the current row, as hashOfRow
    // The current row's covered (name, value) pairs: auditchain::recordHashOf of them is hash().
    QList<QPair<QString, QVariant>> columns(const QSqlQuery& query) const;

private:
    QList<QPair<QString, int>> m_columns; // name, index in the record; sorted by name
};
// "tip 12", "case 3", "user 4 (canbo1)" — translated
QString recordName(const QString& entity, qint64 id, const QString& username = {});

} // namespace binhyen::auditrecords
