#include "models/repo/report/ReportNarrativeRepo.h"

#include "models/domain/MonthFigures.h"
#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/EngineErrors.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

namespace {

constexpr int kMaxText = 20000;

Error queryError(const QSqlQuery& query) {
    return sqlError(query, QCoreApplication::translate("ReportNarrativeRepo",
                                                       "Reading the text of the monthly report"));
}

// A text column never NULL: an untouched section is stored as an empty text.
QVariant text(const QString& value) {
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

Error refused(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message);
}

QStringList recipientLines(const QString& stored) {
    QStringList lines;
    for (const QString& line : stored.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

Result<void> checkText(const ReportNarrative& n) {
    if (!monthfigures::isValidMonth(n.month))
        return refused(
            QCoreApplication::translate("ReportNarrativeRepo", "'%1' is not a month (YYYY-MM).")
                .arg(n.month));
    for (const QString* section : {&n.situation, &n.shortcomings, &n.tasks})
        if (section->size() > kMaxText)
            return refused(QCoreApplication::translate(
                               "ReportNarrativeRepo",
                               "A section of the report is longer than %1 characters: shorten it.")
                               .arg(kMaxText));
    if (n.recipients.join(QLatin1Char('\n')).size() > kMaxText)
        return refused(QCoreApplication::translate("ReportNarrativeRepo",
                                                   "The list of recipients is too long."));
    return {};
}

const char* const kSignerSelect = "SELECT id, full_name, COALESCE(rank, ''), "
                                  "COALESCE(position, '') FROM users ";

ReportSigner signerFrom(const QSqlQuery& q) {
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString()};
}

} // namespace

ReportNarrativeRepo::ReportNarrativeRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<ReportNarrative> ReportNarrativeRepo::latest(const Session& session,
                                                    const QString& month) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    ReportNarrative n;
    n.month = month;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, situation, shortcomings, tasks, recipients, signer_id, "
                             "saved_at, saved_by FROM report_narratives WHERE month = ? "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(month);
    if (!q.exec())
        return queryError(q);
    if (q.next()) {
        n.id = q.value(0).toLongLong();
        n.situation = q.value(1).toString();
        n.shortcomings = q.value(2).toString();
        n.tasks = q.value(3).toString();
        n.recipients = recipientLines(q.value(4).toString());
        n.signerId = q.value(5).toLongLong();
        n.savedAt = stationTimeFromText(q.value(6).toString());
        n.savedBy = q.value(7).toLongLong();
    }
    return n;
}

Result<ReportNarrative> ReportNarrativeRepo::save(const Session& session,
                                                  const ReportNarrative& narrative) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    if (auto ok = checkText(narrative); !ok)
        return ok.error();
    if (narrative.signerId != 0) {
        auto chiefs = signers(session);
        if (!chiefs)
            return chiefs.error();
        bool found = false;
        for (const ReportSigner& s : chiefs.value())
            found = found || s.userId == narrative.signerId;
        if (!found)
            return refused(QCoreApplication::translate(
                "ReportNarrativeRepo", "The report is signed by an active chief of the station."));
    }
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO report_narratives (month, situation, shortcomings, "
                             "tasks, recipients, signer_id, saved_at, saved_by) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(narrative.month);
    q.addBindValue(text(narrative.situation));
    q.addBindValue(text(narrative.shortcomings));
    q.addBindValue(text(narrative.tasks));
    q.addBindValue(text(narrative.recipients.join(QLatin1Char('\n'))));
    q.addBindValue(narrative.signerId ? QVariant(narrative.signerId) : QVariant());
    q.addBindValue(stationTimeText(m_clock.now()));
    q.addBindValue(session.userId());
    if (!q.exec())
        return queryError(q);
    AuditEntry entry;
    entry.action = QStringLiteral("report.narrative");
    entry.entity = QStringLiteral("report_narrative");
    entry.entityId = q.lastInsertId().toLongLong();
    entry.detail = narrative.month;
    if (auto logged = AuditRepo(m_db, m_clock).append(session, entry); !logged)
        return logged.error();
    if (auto done = tx.commit(); !done)
        return done.error();
    return latest(session, narrative.month);
}

Result<QList<ReportSigner>> ReportNarrativeRepo::signers(const Session& session) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    if (!q.exec(QString::fromLatin1(kSignerSelect) +
                QStringLiteral("WHERE role = 'chief' AND active = 1 ORDER BY full_name, id")))
        return queryError(q);
    QList<ReportSigner> out;
    while (q.next())
        out << signerFrom(q);
    return out;
}

Result<ReportSigner> ReportNarrativeRepo::signer(const Session& session, qint64 userId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.prepare(QString::fromLatin1(kSignerSelect) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(userId);
    if (!q.exec())
        return queryError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate(
                             "ReportNarrativeRepo", "The person who signs the report is unknown."));
    return signerFrom(q);
}

} // namespace binhyen
