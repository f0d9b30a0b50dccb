#include "models/repo/tips/LegalFormsRepo.h"

#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/EngineErrors.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

namespace {

Error queryError(const QSqlQuery& query) {
    return sqlError(query, QCoreApplication::translate("LegalFormsRepo", "Reading the tip"));
}

Error noTip() {
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("LegalFormsRepo", "There is no such tip."));
}

// What both forms print about the tip itself.
struct TipFacts {
    QString number;
    QDateTime receivedAt;
    QString channel;
    QString incidentPlace;
    QString summary;
    QString details;
    QString forwardedTo;
    QDateTime forwardedAt;
    QString slipNo;
    FormOfficer receiver;
};

Result<TipFacts> loadTip(const QSqlDatabase& db, qint64 tipId) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.number, t.received_at, t.channel, t.address, t.summary, t.details, "
        "t.forwarded_to, t.forwarded_at, t.forward_slip_no, p.kind, p.name, u.full_name, u.rank, "
        "u.position FROM tips t JOIN users u ON u.id = t.receiving_officer_id "
        "LEFT JOIN places p ON p.id = t.place_id WHERE t.id = ?"));
    q.addBindValue(tipId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return noTip();
    TipFacts f;
    f.number = q.value(0).toString();
    f.receivedAt = stationTimeFromText(q.value(1).toString());
    f.channel = q.value(2).toString();
    QStringList place;
    if (!q.value(3).toString().trimmed().isEmpty())
        place << q.value(3).toString().trimmed();
    if (!q.value(10).isNull())
        place << PlaceRepo::kindLabel(q.value(9).toString()) + QLatin1Char(' ') +
                     q.value(10).toString();
    f.incidentPlace = place.join(QStringLiteral(", "));
    f.summary = q.value(4).toString();
    f.details = q.value(5).toString();
    f.forwardedTo = q.value(6).toString();
    f.forwardedAt = stationTimeFromText(q.value(7).toString());
    f.slipNo = q.value(8).toString();
    f.receiver = {q.value(11).toString(), q.value(12).toString(), q.value(13).toString()};
    return f;
}

} // namespace

LegalFormsRepo::LegalFormsRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<FormUnit> LegalFormsRepo::unitOn(const QDate& date) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT parent_body, unit_name, place_name FROM station_identity "
                             "WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("LegalFormsRepo",
                                                     "No station identity (name, parent body) "
                                                     "is recorded for %1.")
                             .arg(date.toString(QStringLiteral("dd/MM/yyyy"))));
    return FormUnit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

Result<FormUnit> LegalFormsRepo::unitAt(const Session& session, const QDate& date) const {
    if (auto allowed = require(session, Operation::PrintLegalForms); !allowed)
        return allowed.error();
    return unitOn(date);
}

Result<ReceiptRecordData> LegalFormsRepo::receiptData(const Session& session, qint64 tipId,
                                                      const InformantIdentity* identity) const {
    if (auto allowed = require(session, Operation::PrintLegalForms); !allowed)
        return allowed.error();
    auto tip = loadTip(m_db, tipId);
    if (!tip)
        return tip.error();
    const TipFacts& f = tip.value();
    auto unit = unitOn(f.receivedAt.date());
    if (!unit)
        return unit.error();
    ReceiptRecordData d;
    d.unit = unit.value();
    d.tipNumber = f.number;
    d.receivedAt = f.receivedAt;
    d.channel = f.channel;
    d.incidentPlace = f.incidentPlace;
    d.summary = f.summary;
    d.details = f.details;
    d.receiver = f.receiver;
    if (identity && !identity->name.trimmed().isEmpty())
        d.informant = FormInformant::fromIdentity(*identity);
    return d;
}

Result<TransferSlipData> LegalFormsRepo::transferData(const Session& session, qint64 tipId) const {
    if (auto allowed = require(session, Operation::PrintLegalForms); !allowed)
        return allowed.error();
    auto tip = loadTip(m_db, tipId);
    if (!tip)
        return tip.error();
    const TipFacts& f = tip.value();
    auto unit = unitOn(f.forwardedAt.isValid() ? f.forwardedAt.date() : f.receivedAt.date());
    if (!unit)
        return unit.error();
    TransferSlipData d;
    d.unit = unit.value();
    d.slipNo = f.slipNo;
    d.recipient = f.forwardedTo;
    d.forwardedAt = f.forwardedAt;
    d.tipNumber = f.number;
    d.receivedAt = f.receivedAt;
    d.channel = f.channel;
    d.incidentPlace = f.incidentPlace;
    d.summary = f.summary;

    // The signer: the chief printing it, else the station's first active chief.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (session.isChief()) {
        q.prepare(QStringLiteral("SELECT full_name, rank, position FROM users WHERE id = ?"));
        q.addBindValue(session.userId());
    } else {
        q.prepare(QStringLiteral("SELECT full_name, rank, position FROM users "
                                 "WHERE role = 'chief' AND active = 1 ORDER BY id LIMIT 1"));
    }
    if (!q.exec())
        return queryError(q);
    if (q.next())
        d.chief = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    return d;
}

Result<void> LegalFormsRepo::recordPrinted(const Session& session, qint64 tipId,
                                           const QString& form, bool savedAsFile,
                                           const QString& fileName) {
    if (auto allowed = require(session, Operation::PrintLegalForms); !allowed)
        return allowed.error();
    if (form != QLatin1String("01") && form != QLatin1String("03"))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("LegalFormsRepo", "Unknown form: %1.").arg(form));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM tips WHERE id = ?"));
    q.addBindValue(tipId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return noTip();
    AuditEntry entry;
    entry.action = savedAsFile ? QStringLiteral("tip.form.save") : QStringLiteral("tip.form.print");
    entry.entity = QStringLiteral("tip");
    entry.entityId = tipId;
    // The form and the file's own name, never its folder (it may hold a user's name) and never
    // anything about the informant.
    entry.detail = QStringLiteral("Mẫu %1").arg(form);
    const QString name = QFileInfo(fileName.trimmed()).fileName();
    if (savedAsFile && !name.isEmpty())
        entry.detail += QStringLiteral(": ") + name;
    if (auto logged = AuditRepo(m_db, m_clock).append(session, entry); !logged)
        return logged.error();
    return tx.commit();
}

} // namespace binhyen
