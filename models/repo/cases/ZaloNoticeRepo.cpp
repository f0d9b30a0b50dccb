#include "models/repo/cases/ZaloNoticeRepo.h"

#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/EngineErrors.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

namespace {

const QString kHoursKey = QStringLiteral("zalo.office_hours");
const QString kDaysKey = QStringLiteral("zalo.office_days");

Error queryError(const QSqlQuery& query) {
    return sqlError(query, QCoreApplication::translate("ZaloNoticeRepo", "Recording the notice"));
}

Error invalid(const QString& message) {
    return makeError(ErrorCode::InvalidInput, message);
}

Result<QString> setting(const QSqlDatabase& db, const QString& key) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return queryError(q);
    return q.next() ? q.value(0).toString() : QString();
}

Result<void> putSetting(const QSqlDatabase& db, const QString& key, const QString& value) {
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return queryError(q);
    return {};
}

QVariantMap change(const QVariant& before, const QVariant& after) {
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

Result<void> needText(const QString& text) {
    if (text.trimmed().isEmpty())
        return invalid(
            QCoreApplication::translate("ZaloNoticeRepo", "The notice's text is empty."));
    return {};
}

} // namespace

ZaloNoticeRepo::ZaloNoticeRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<OfficeHours> ZaloNoticeRepo::officeHours(const Session& session) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    auto periods = setting(m_db, kHoursKey);
    if (!periods)
        return periods.error();
    auto days = setting(m_db, kDaysKey);
    if (!days)
        return days.error();
    return OfficeHours::parse(periods.value(), days.value());
}

Result<void> ZaloNoticeRepo::setOfficeHours(const Session& chief, const QString& periods,
                                            const QString& days) {
    if (auto allowed = require(chief, Operation::ChangeSettings); !allowed)
        return allowed.error();
    auto parsed = OfficeHours::parse(periods, days);
    if (!parsed)
        return parsed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto oldPeriods = setting(m_db, kHoursKey);
    if (!oldPeriods)
        return oldPeriods.error();
    auto oldDays = setting(m_db, kDaysKey);
    if (!oldDays)
        return oldDays.error();
    const QString newPeriods = parsed.value().periodsText();
    const QString newDays = parsed.value().daysText();
    if (auto ok = putSetting(m_db, kHoursKey, newPeriods); !ok)
        return ok.error();
    if (auto ok = putSetting(m_db, kDaysKey, newDays); !ok)
        return ok.error();
    AuditEntry entry;
    entry.action = QStringLiteral("settings.change");
    entry.changes = {{kHoursKey, change(oldPeriods.value(), newPeriods)},
                     {kDaysKey, change(oldDays.value(), newDays)}};
    entry.detail = QStringLiteral("zalo office hours");
    if (auto logged = AuditRepo(m_db, m_clock).append(chief, entry); !logged)
        return logged.error();
    return tx.commit();
}

Result<ZaloPostCheck> ZaloNoticeRepo::check(const Session& session, bool urgent) const {
    auto hours = officeHours(session);
    if (!hours)
        return hours.error();
    const QDateTime now = m_clock.now().toTimeZone(Clock::stationZone());
    ZaloPostCheck result;
    result.inOfficeHours = hours.value().isOpen(now);
    result.nextOpening = hours.value().nextOpening(now);
    if (!result.inOfficeHours && !urgent)
        result.warning =
            QCoreApplication::translate(
                "ZaloNoticeRepo", "Outside office hours (%1). The hamlet Zalo groups take posts in "
                                  "office hours only, unless urgent. Next opening: %2.")
                .arg(hours.value().describe(), OfficeHours::momentText(result.nextOpening));
    return result;
}

Result<qint64> ZaloNoticeRepo::recordPosted(const Session& session, qint64 caseId,
                                            const QString& text, bool urgent,
                                            const QString& groupsNote) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    if (auto ok = needText(text); !ok)
        return ok.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const QString now = stationTimeText(m_clock.now());
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE cases SET updated_at = ? WHERE id = ?"));
    u.addBindValue(now);
    u.addBindValue(caseId);
    if (!u.exec())
        return queryError(u);
    if (u.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ZaloNoticeRepo", "There is no such case."));
    QString note = text.trimmed();
    if (!groupsNote.trimmed().isEmpty())
        note +=
            QStringLiteral("\n\n") + QCoreApplication::translate("ZaloNoticeRepo", "Posted to: %1")
                                         .arg(groupsNote.trimmed());
    QSqlQuery e(m_db);
    e.prepare(QStringLiteral("INSERT INTO case_events (case_id, occurred_at, kind, officer_id, "
                             "note) VALUES (?, ?, 'zalo_notice', ?, ?)"));
    e.addBindValue(caseId);
    e.addBindValue(now);
    e.addBindValue(session.userId());
    e.addBindValue(note);
    if (!e.exec())
        return queryError(e);
    const qint64 eventId = e.lastInsertId().toLongLong();
    AuditEntry entry;
    entry.action = QStringLiteral("case.event");
    entry.entity = QStringLiteral("case");
    entry.entityId = caseId;
    entry.changes = {{QStringLiteral("event"), change(QVariant(), QStringLiteral("zalo_notice"))},
                     {QStringLiteral("urgent"), change(QVariant(), urgent)}};
    entry.detail = QStringLiteral("zalo_notice #%1").arg(eventId);
    if (auto logged = AuditRepo(m_db, m_clock).appendRecordChange(session, entry); !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return eventId;
}

Result<qint64> ZaloNoticeRepo::recordPostedForTip(const Session& session, qint64 tipId,
                                                  const QString& text, bool urgent) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    if (auto ok = needText(text); !ok)
        return ok.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery s(m_db);
    s.prepare(QStringLiteral("SELECT status FROM tips WHERE id = ?"));
    s.addBindValue(tipId);
    if (!s.exec())
        return queryError(s);
    if (!s.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("ZaloNoticeRepo", "There is no such tip."));
    const QString status = s.value(0).toString();
    const QString now = stationTimeText(m_clock.now());
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("UPDATE tips SET updated_at = ? WHERE id = ?"));
    u.addBindValue(now);
    u.addBindValue(tipId);
    if (!u.exec() || u.numRowsAffected() != 1)
        return queryError(u);
    const QVariantMap extra = {{QStringLiteral("step"), QStringLiteral("zalo_notice")},
                               {QStringLiteral("urgent"), urgent}};
    QSqlQuery h(m_db);
    h.prepare(QStringLiteral("INSERT INTO tip_status_history (tip_id, from_status, to_status, at, "
                             "user_id, reason, extra) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    h.addBindValue(tipId);
    h.addBindValue(status);
    h.addBindValue(status);
    h.addBindValue(now);
    h.addBindValue(session.userId());
    h.addBindValue(text.trimmed());
    h.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(extra)).toJson(QJsonDocument::Compact)));
    if (!h.exec())
        return queryError(h);
    const qint64 historyId = h.lastInsertId().toLongLong();
    AuditEntry entry;
    entry.action = QStringLiteral("tip.zalo_notice");
    entry.entity = QStringLiteral("tip");
    entry.entityId = tipId;
    entry.changes = {{QStringLiteral("urgent"), change(QVariant(), urgent)}};
    entry.detail = QStringLiteral("zalo_notice");
    if (auto logged = AuditRepo(m_db, m_clock).appendRecordChange(session, entry); !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return historyId;
}

} // namespace binhyen
