#include "models/repo/tips/TipIntake.h"

#include "models/domain/LegalClock.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/identity/IdentityRepo.h"
#include "models/repo/tips/RulesRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

namespace {

Error readError(const QSqlQuery& q) {
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("TipIntake", "The register could not be read."),
                     q.lastError().text());
}

} // namespace

TipIntake::TipIntake(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<qint64> TipIntake::record(const Session& session, const NewTip& input,
                                 const std::optional<InformantIdentity>& identity) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    const bool sealing = identity && !identity->isEmpty();
    if (sealing) {
        if (auto allowed = require(session, Operation::SealIdentity); !allowed)
            return allowed.error();
    }
    NewTip tip = input;
    tip.createdBy = session.userId();
    if (tip.receivingOfficerId <= 0)
        tip.receivingOfficerId = session.userId();
    tip.createdAt = m_clock.now();
    tip.informantKind = sealing ? QStringLiteral("identified") : QStringLiteral("anonymous");
    tip.informantPseudonym.clear();

    auto rules = RulesRepo(m_db).inForceAt(tip.receivedAt.date());
    if (!rules)
        return rules.error();
    TipClockFacts facts;
    facts.receivedAt = tip.receivedAt;
    facts.classification = tip.classification;
    facts.urgency = tip.urgency;
    facts.status = QStringLiteral("new");
    tip.dueAt = LegalClock(rules.take()).next(facts).due;

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto id = TipRepo(m_db).insert(tip);
    if (!id)
        return id.error();
    if (sealing) {
        if (auto sealed = IdentityRepo(m_db, m_clock).seal(session, id.value(), *identity); !sealed)
            return sealed.error();
    }
    AuditEntry entry{QStringLiteral("tip.create"), QStringLiteral("tip"), id.value(), {}, {}, {}};
    entry.changes.insert(QStringLiteral("summary"),
                         QVariantMap{{QStringLiteral("before"), QVariant()},
                                     {QStringLiteral("after"), tip.summary.trimmed()}});
    if (auto audited = AuditRepo(m_db, m_clock).appendRecordChange(session, entry); !audited)
        return audited.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id.value();
}

Result<QString> TipIntake::numberOf(qint64 tipId) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT number FROM tips WHERE id = ?"));
    q.addBindValue(tipId);
    if (!q.exec())
        return readError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("TipIntake", "No such tip."));
    return q.value(0).toString();
}

Result<QList<IntakeChoice>> TipIntake::choices(const QString& sql) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.bindValue(QStringLiteral(":today"), m_clock.now().date().toString(Qt::ISODate));
    if (!q.exec())
        return readError(q);
    QList<IntakeChoice> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<QList<IntakeChoice>> TipIntake::hamlets() const {
    return choices(QStringLiteral(
        "SELECT id, kind, name FROM places WHERE valid_from <= :today AND (valid_to IS NULL OR "
        "valid_to >= :today) ORDER BY name COLLATE NOCASE, id"));
}

Result<QList<IntakeChoice>> TipIntake::zaloGroups() const {
    return choices(QStringLiteral(
        "SELECT m.id, '', m.name FROM movement_models m JOIN zalo_groups z ON z.model_id = m.id "
        "WHERE m.type_code = 'zalo_group' AND (m.ended_on IS NULL OR m.ended_on >= :today) "
        "ORDER BY m.name COLLATE NOCASE, m.id"));
}

Result<QList<IntakeChoice>> TipIntake::categories() const {
    return choices(QStringLiteral("SELECT rowid, code, label FROM categories WHERE active = 1 "
                                  "AND :today IS NOT NULL ORDER BY sort, label"));
}

} // namespace binhyen
