#include "models/repo/movement/MobilisedRepo.h"

#include "models/domain/MovementLabels.h"
#include "models/repo/movement/MovementSql.h"
#include "models/repo/persons/PersonRepo.h"
#include "models/security/Permissions.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace binhyen {

using namespace movementsql;

namespace {

QString context() {
    return QCoreApplication::translate("MobilisedRepo", "Recording the mobilised residents");
}

} // namespace

MobilisedRepo::MobilisedRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<qint64> MobilisedRepo::add(const Session& session, const NewMobilised& resident) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    if (!residentRoles().contains(resident.role))
        return refused(QCoreApplication::translate("MobilisedRepo", "Choose the resident's role."));
    if (resident.consentNote.trimmed().isEmpty())
        return refused(QCoreApplication::translate(
            "MobilisedRepo", "Write down how the resident agreed to take part (consent note)."));
    if (!resident.joinedOn.isValid())
        return refused(QCoreApplication::translate("MobilisedRepo", "Enter the joining date."));
    if (resident.leftOn.isValid() && resident.leftOn < resident.joinedOn)
        return refused(
            QCoreApplication::translate("MobilisedRepo",
                                        "The leaving date %1 is before the joining date %2.")
                .arg(movementDateText(resident.leftOn), movementDateText(resident.joinedOn)));
    if (resident.modelId > 0) {
        auto dates = modelDates(m_db, resident.modelId);
        if (!dates)
            return dates.error();
        const QDate ended = dates.value().second;
        if (ended.isValid() && ended <= resident.joinedOn)
            return refused(
                QCoreApplication::translate("MobilisedRepo", "The model had already ended on %1.")
                    .arg(movementDateText(ended)));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    qint64 personId = resident.personId;
    PersonRepo persons(m_db, m_clock);
    if (personId > 0) {
        if (auto found = persons.get(session, personId); !found)
            return found.error();
    } else {
        auto created = persons.create(session, resident.person);
        if (!created)
            return created.error();
        personId = created.value();
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO mobilised_residents (person_id, model_id, role, "
                             "consent_note, joined_on, left_on) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(personId);
    q.addBindValue(idValue(resident.modelId));
    q.addBindValue(resident.role);
    q.addBindValue(resident.consentNote.trimmed());
    q.addBindValue(dateValue(resident.joinedOn));
    q.addBindValue(dateValue(resident.leftOn));
    if (!q.exec())
        return queryError(q, context());
    const qint64 id = q.lastInsertId().toLongLong();
    const QVariantMap changes{
        {QStringLiteral("person_id"), change(QVariant(), personId)},
        {QStringLiteral("model_id"), change(QVariant(), idValue(resident.modelId))},
        {QStringLiteral("role"), change(QVariant(), resident.role)},
        {QStringLiteral("consent_note"), change(QVariant(), resident.consentNote.trimmed())},
        {QStringLiteral("joined_on"), change(QVariant(), dateValue(resident.joinedOn))},
        {QStringLiteral("left_on"), change(QVariant(), dateValue(resident.leftOn))}};
    if (auto logged = audit(m_db, m_clock, session, QStringLiteral("mobilised_resident.create"),
                            QStringLiteral("mobilised_resident"), id, changes);
        !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id;
}

Result<void> MobilisedRepo::leave(const Session& session, qint64 id, const QDate& leftOn) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    if (!leftOn.isValid())
        return refused(QCoreApplication::translate("MobilisedRepo", "Enter the leaving date."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT joined_on, left_on FROM mobilised_residents WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return queryError(q, context());
    if (!q.next())
        return notFound(
            QCoreApplication::translate("MobilisedRepo", "There is no such mobilised resident."));
    const QDate joined = dateFrom(q.value(0));
    const QDate before = dateFrom(q.value(1));
    if (leftOn < joined)
        return refused(QCoreApplication::translate(
                           "MobilisedRepo", "The leaving date %1 is before the joining date %2.")
                           .arg(movementDateText(leftOn), movementDateText(joined)));
    if (before == leftOn)
        return tx.commit();
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE mobilised_residents SET left_on = ? WHERE id = ?"));
    u.addBindValue(dateValue(leftOn));
    u.addBindValue(id);
    if (!u.exec())
        return queryError(u, context());
    const QVariantMap changes{
        {QStringLiteral("left_on"), change(dateValue(before), dateValue(leftOn))}};
    if (auto logged = audit(m_db, m_clock, session, QStringLiteral("mobilised_resident.leave"),
                            QStringLiteral("mobilised_resident"), id, changes);
        !logged)
        return logged;
    return tx.commit();
}

Result<QList<MobilisedRow>> MobilisedRepo::list(const Session& session, qint64 modelId,
                                                const QDate& activeOn) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QString where;
    QVariantList binds;
    if (modelId > 0) {
        where += QStringLiteral(" AND r.model_id = ?");
        binds << modelId;
    }
    if (activeOn.isValid()) {
        where += QStringLiteral(" AND r.joined_on <= ? AND (r.left_on IS NULL OR r.left_on >= ?)");
        binds << dateValue(activeOn) << dateValue(activeOn);
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT r.id, r.person_id, p.full_name, pl.kind, pl.name, r.model_id, "
                             "m.name, r.role, r.consent_note, r.joined_on, r.left_on "
                             "FROM mobilised_residents r JOIN persons p ON p.id = r.person_id "
                             "LEFT JOIN places pl ON pl.id = p.place_id "
                             "LEFT JOIN movement_models m ON m.id = r.model_id WHERE 1%1 "
                             "ORDER BY p.folded_name, p.full_name, r.id")
                  .arg(where));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, context());
    QList<MobilisedRow> rows;
    while (q.next()) {
        MobilisedRow r;
        r.id = q.value(0).toLongLong();
        r.personId = q.value(1).toLongLong();
        r.fullName = q.value(2).toString();
        if (!q.value(4).isNull())
            r.placeName = placeLabel(q.value(3).toString(), q.value(4).toString());
        r.modelId = q.value(5).toLongLong();
        r.modelName = q.value(6).toString();
        r.role = q.value(7).toString();
        r.roleLabel = residentRoleLabel(r.role);
        r.consentNote = q.value(8).toString();
        r.joinedOn = dateFrom(q.value(9));
        r.leftOn = dateFrom(q.value(10));
        rows.append(std::move(r));
    }
    return rows;
}

} // namespace binhyen
