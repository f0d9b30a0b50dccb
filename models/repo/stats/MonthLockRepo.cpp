#include "models/repo/stats/MonthLockRepo.h"

#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/stats/MonthLedger.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/EngineErrors.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

namespace {

Error queryError(const QSqlQuery& query) {
    return sqlError(query,
                    QCoreApplication::translate("MonthLockRepo", "Reading the month reports"));
}

Error refused(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message);
}

Result<void> validMonth(const QString& month) {
    if (monthfigures::isValidMonth(month))
        return {};
    return refused(
        QCoreApplication::translate("MonthLockRepo", "'%1' is not a month (YYYY-MM).").arg(month));
}

// Records one issued report in the audit trail (same transaction).
Result<void> audit(QSqlDatabase db, const Clock& clock, const Session& chief, const QString& action,
                   qint64 id, const QString& month, const QString& number) {
    AuditEntry entry;
    entry.action = action;
    entry.entity = QStringLiteral("month_report");
    entry.entityId = id;
    entry.detail = month + QLatin1Char(' ') + number;
    if (auto logged = AuditRepo(db, clock).append(chief, entry); !logged)
        return logged.error();
    return {};
}

} // namespace

MonthLockRepo::MonthLockRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<void> MonthLockRepo::checkLockable(const QString& month) const {
    if (auto ok = validMonth(month); !ok)
        return ok;
    const QString ends = monthfigures::firstDay(monthfigures::nextMonth(month));
    if (stationTimeText(m_clock.now()) < ends + QStringLiteral("T00:00:00"))
        return refused(
            QCoreApplication::translate("MonthLockRepo", "The month %1 has not ended yet.")
                .arg(month));
    return {};
}

Result<MonthReport> MonthLockRepo::lock(const Session& chief, const QString& month) {
    if (auto allowed = require(chief, Operation::LockMonth); !allowed)
        return allowed.error();
    if (auto ok = checkLockable(month); !ok)
        return ok.error();
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        MonthLedger ledger(m_db);
        if (auto loaded = ledger.loadReports(); !loaded)
            return loaded.error();
        if (ledger.isLocked(month))
            return refused(
                QCoreApplication::translate("MonthLockRepo", "The month %1 is already locked.")
                    .arg(month));
        auto figures = ledger.figures(month);
        if (!figures)
            return figures.error();
        auto adjustments = ledger.pending(month);
        if (!adjustments)
            return adjustments.error();
        QString number;
        const QDateTime issuedAt =
            qMin(QDateTime(QDate::fromString(monthfigures::firstDay(monthfigures::nextMonth(month)),
                                             Qt::ISODate)
                               .addDays(2),
                           QTime(9, 0), Clock::stationZone()),
                 m_clock.now());
        auto id =
            ledger.insert(month, QStringLiteral("original"), figures.value(), adjustments.value(),
                          issuedAt, chief.userId(), 0, QString(), &number);
        if (!id)
            return id.error();
        if (auto a = audit(m_db, m_clock, chief, QStringLiteral("month.lock"), id.value(), month,
                           number);
            !a)
            return a.error();
        if (auto done = tx.commit(); !done)
            return done.error();
    }
    if (auto cp = AuditRepo(m_db, m_clock).checkpoint(chief, QStringLiteral("month-lock")); !cp)
        return cp.error();
    return issued(chief, month);
}

Result<int> MonthLockRepo::lockThrough(const Session& chief, const QString& lastMonth) {
    if (auto allowed = require(chief, Operation::LockMonth); !allowed)
        return allowed.error();
    if (auto ok = checkLockable(lastMonth); !ok)
        return ok.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto first = StatsRepo(m_db).firstMonthWithData();
    if (!first)
        return first.error();
    if (first.value().isEmpty() || first.value() > lastMonth)
        return 0;
    MonthLedger ledger(m_db);
    if (auto loaded = ledger.loadReports(); !loaded)
        return loaded.error();
    int locked = 0;
    for (QString month = first.value(); month <= lastMonth;
         month = monthfigures::nextMonth(month)) {
        if (ledger.isLocked(month))
            continue;
        auto figures = ledger.figures(month);
        if (!figures)
            return figures.error();
        auto adjustments = ledger.pending(month);
        if (!adjustments)
            return adjustments.error();
        QString number;
        const QDateTime issuedAt =
            qMin(QDateTime(QDate::fromString(monthfigures::firstDay(monthfigures::nextMonth(month)),
                                             Qt::ISODate)
                               .addDays(2),
                           QTime(9, 0), Clock::stationZone()),
                 m_clock.now());
        auto id =
            ledger.insert(month, QStringLiteral("original"), figures.value(), adjustments.value(),
                          issuedAt, chief.userId(), 0, QString(), &number);
        if (!id)
            return id.error();
        if (auto a = audit(m_db, m_clock, chief, QStringLiteral("month.lock"), id.value(), month,
                           number);
            !a)
            return a.error();
        ++locked;
    }
    if (auto done = tx.commit(); !done)
        return done.error();
    return locked;
}

Result<MonthReport> MonthLockRepo::correction(const Session& chief, const QString& month,
                                              const QString& note) {
    if (auto allowed = require(chief, Operation::IssueCorrection); !allowed)
        return allowed.error();
    if (auto ok = validMonth(month); !ok)
        return ok.error();
    if (note.trimmed().isEmpty())
        return refused(
            QCoreApplication::translate("MonthLockRepo", "Say why the correction is issued."));
    qint64 id = 0;
    {
        Transaction tx(m_db);
        if (!tx.isActive())
            return tx.error();
        MonthLedger ledger(m_db);
        if (auto loaded = ledger.loadReports(); !loaded)
            return loaded.error();
        qint64 latestId = 0;
        qint64 originalId = 0;
        auto differences = ledger.sinceLatest(month, &latestId, &originalId);
        if (!differences)
            return differences.error();
        if (differences.value().isEmpty())
            return refused(QCoreApplication::translate(
                               "MonthLockRepo",
                               "The figures of %1 have not changed since they were issued: "
                               "there is nothing to correct.")
                               .arg(month));
        auto figures = ledger.figures(month);
        if (!figures)
            return figures.error();
        QString number;
        auto inserted =
            ledger.insert(month, QStringLiteral("correction"), figures.value(), differences.value(),
                          m_clock.now(), chief.userId(), originalId, note.trimmed(), &number);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        if (auto a =
                audit(m_db, m_clock, chief, QStringLiteral("month.correction"), id, month, number);
            !a)
            return a.error();
        if (auto done = tx.commit(); !done)
            return done.error();
    }
    if (auto cp = AuditRepo(m_db, m_clock).checkpoint(chief, QStringLiteral("month-lock")); !cp)
        return cp.error();
    auto all = load(QStringLiteral("id = ?"), {id});
    if (!all)
        return all.error();
    return all.value().first();
}

Result<bool> MonthLockRepo::isLocked(const Session& session, const QString& month) const {
    auto all = reports(session, month);
    if (!all)
        return all.error();
    return !all.value().isEmpty();
}

Result<MonthReport> MonthLockRepo::issued(const Session& session, const QString& month) const {
    auto all = reports(session, month);
    if (!all)
        return all.error();
    if (all.value().isEmpty() || all.value().first().kind != QLatin1String("original"))
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("MonthLockRepo", "The month %1 is not locked.").arg(month));
    return all.value().first();
}

Result<QList<MonthReport>> MonthLockRepo::reports(const Session& session,
                                                  const QString& month) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    if (auto ok = validMonth(month); !ok)
        return ok.error();
    return load(QStringLiteral("month = ?"), {month});
}

Result<QList<FigureDifference>> MonthLockRepo::adjustments(const Session& session,
                                                           const QString& month) const {
    auto all = reports(session, month);
    if (!all)
        return all.error();
    for (const MonthReport& r : all.value())
        if (r.kind == QLatin1String("original"))
            return r.adjustments;
    MonthLedger ledger(m_db);
    if (auto loaded = ledger.loadReports(); !loaded)
        return loaded.error();
    return ledger.pending(month);
}

Result<QList<MonthReport>> MonthLockRepo::load(const QString& where,
                                               const QVariantList& binds) const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, month, kind, number, figures, adjustments, issued_at, "
                             "issued_by, refers_to, note FROM month_reports WHERE %1 ORDER BY id")
                  .arg(where));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return queryError(q);
    QList<MonthReport> out;
    while (q.next()) {
        MonthReport r;
        r.id = q.value(0).toLongLong();
        r.month = q.value(1).toString();
        r.kind = q.value(2).toString();
        r.number = q.value(3).toString();
        r.figures = QJsonDocument::fromJson(q.value(4).toByteArray()).object();
        r.adjustments = monthfigures::differencesFromJson(
            QJsonDocument::fromJson(q.value(5).toByteArray()).array());
        r.issuedAt = stationTimeFromText(q.value(6).toString());
        r.issuedBy = q.value(7).toLongLong();
        r.refersTo = q.value(8).toLongLong();
        r.note = q.value(9).toString();
        out.append(std::move(r));
    }
    return out;
}

} // namespace binhyen
