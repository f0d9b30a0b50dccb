// PersonDuplicates::merge: two person records found to be the same person become one.
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/persons/PersonDuplicates.h"
#include "models/repo/persons/PersonRows.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace binhyen {

using namespace personrows;

namespace {

const char* const kContext = "PersonDuplicates";
const char* const kMerging = QT_TRANSLATE_NOOP("PersonDuplicates", "Merging the persons");

struct RoleRow {
    qint64 id = 0;
    qint64 caseId = 0;
    QString role;
    int filled = 0; // outcome fields filled
    QString note;
};

const QString kRoleColumns = QStringLiteral(
    "SELECT id, case_id, role, (identified_at IS NOT NULL) + (arrested_at IS NOT NULL) + "
    "caught_in_act + (surrendered_at IS NOT NULL) + (handed_over_at IS NOT NULL), "
    "coalesce(note, '') FROM case_persons WHERE person_id = ?");

Result<QList<RoleRow>> rolesOf(QSqlDatabase db, qint64 personId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(kRoleColumns);
    q.addBindValue(personId);
    if (!q.exec())
        return queryError(q, kContext, kMerging);
    QList<RoleRow> out;
    while (q.next())
        out.append(RoleRow{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toInt(), q.value(4).toString()});
    return out;
}

Result<void> run(QSqlDatabase db, const QString& sql, const QVariantList& values) {
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, kContext, kMerging);
    return {};
}

QString joinedNotes(const QString& a, const QString& b) {
    if (a.isEmpty() || a == b)
        return b;
    if (b.isEmpty())
        return a;
    return a + QStringLiteral("; ") + b;
}

// Moves the merged person's case roles; returns how many rows were moved or collapsed.
Result<int> moveRoles(QSqlDatabase db, qint64 keepId, qint64 mergeId) {
    auto kept = rolesOf(db, keepId);
    auto merged = rolesOf(db, mergeId);
    if (!kept)
        return kept.error();
    if (!merged)
        return merged.error();
    int moved = 0;
    for (const RoleRow& m : merged.value()) {
        const RoleRow* same = nullptr;
        for (const RoleRow& k : kept.value()) {
            if (k.caseId == m.caseId && k.role == m.role)
                same = &k;
        }
        Result<void> r;
        if (!same) {
            r = run(db, QStringLiteral("UPDATE case_persons SET person_id = ? WHERE id = ?"),
                    {keepId, m.id});
        } else {
            const bool takeMerged = m.filled > same->filled;
            const qint64 drop = takeMerged ? same->id : m.id;
            const qint64 stay = takeMerged ? m.id : same->id;
            const QString note =
                takeMerged ? joinedNotes(m.note, same->note) : joinedNotes(same->note, m.note);
            r = run(db, QStringLiteral("DELETE FROM case_persons WHERE id = ?"), {drop});
            if (r)
                r = run(db,
                        QStringLiteral("UPDATE case_persons SET person_id = ?, note = ? "
                                       "WHERE id = ?"),
                        {keepId, textOrNull(note), stay});
        }
        if (!r)
            return r.error();
        ++moved;
    }
    return moved;
}

} // namespace

Result<void> PersonDuplicates::merge(const Session& chief, qint64 keepId, qint64 mergeId,
                                     const QString& reason) {
    if (auto allowed = require(chief, Operation::MergePersons); !allowed)
        return allowed;
    if (keepId == mergeId)
        return refused(QCoreApplication::translate("PersonDuplicates",
                                                   "Choose two different persons to merge."));
    if (reason.trimmed().isEmpty())
        return refused(QCoreApplication::translate("PersonDuplicates", "Give a reason."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto keep = load(m_db, keepId);
    if (!keep)
        return keep.error();
    auto gone = load(m_db, mergeId);
    if (!gone)
        return gone.error();
    const Person& k = keep.value();
    const Person& g = gone.value();

    auto moved = moveRoles(m_db, keepId, mergeId);
    if (!moved)
        return moved.error();
    if (auto r = run(m_db,
                     QStringLiteral("UPDATE mobilised_residents SET person_id = ? "
                                    "WHERE person_id = ?"),
                     {keepId, mergeId});
        !r)
        return r;

    // The kept person's empty fields, filled from the merged one.
    QVariantMap changes = {{QStringLiteral("merged_id"), change(mergeId, QVariant())},
                           {QStringLiteral("merged_name"), change(g.fullName, QVariant())},
                           {QStringLiteral("case_roles_moved"), change(QVariant(), moved.value())}};
    QStringList assignments;
    QVariantList values;
    auto fill = [&](const char* column, bool empty, const QVariant& value, bool otherEmpty) {
        if (!empty || otherEmpty)
            return;
        assignments << QLatin1String(column) + QStringLiteral(" = ?");
        values << value;
        changes.insert(QLatin1String(column), change(QVariant(), value));
    };
    fill("birth_year", k.birthYear == 0, g.birthYear, g.birthYear == 0);
    fill("id_number", k.idNumber.isEmpty(), g.idNumber, g.idNumber.isEmpty());
    fill("phone", k.phone.isEmpty(), g.phone, g.phone.isEmpty());
    fill("address", k.address.isEmpty(), g.address, g.address.isEmpty());
    fill("place_id", k.placeId == 0, g.placeId, g.placeId == 0);
    fill("note", k.note.isEmpty(), g.note, g.note.isEmpty());
    if (!assignments.isEmpty()) {
        values << keepId;
        if (auto r = run(m_db,
                         QStringLiteral("UPDATE persons SET %1 WHERE id = ?")
                             .arg(assignments.join(QStringLiteral(", "))),
                         values);
            !r)
            return r;
    }
    if (auto r = run(m_db, QStringLiteral("DELETE FROM persons WHERE id = ?"), {mergeId}); !r)
        return r;

    AuditRepo audit(m_db, m_clock);
    AuditEntry merged;
    merged.action = QStringLiteral("person.merge");
    merged.entity = QStringLiteral("person");
    merged.entityId = keepId;
    merged.changes = changes;
    merged.detail = reason.trimmed();
    if (auto r = audit.appendRecordChange(chief, merged); !r)
        return r.error();
    // The merged record is gone: a ".delete" row, so that verification expects it gone.
    AuditEntry deleted;
    deleted.action = QStringLiteral("person.delete");
    deleted.entity = QStringLiteral("person");
    deleted.entityId = mergeId;
    deleted.changes = {{QStringLiteral("full_name"), change(g.fullName, QVariant())},
                       {QStringLiteral("merged_into"), change(QVariant(), keepId)}};
    deleted.detail = reason.trimmed();
    if (auto r = audit.append(chief, deleted); !r)
        return r.error();
    return tx.commit();
}

} // namespace binhyen
