// CaseRepo: opening, prefilling from a tip and editing a case (the reads are in CaseRepo.cpp).
#include "models/domain/StationTime.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/cases/CaseRepo.h"
#include "models/repo/cases/CaseSql.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

using namespace casesql;

namespace {

constexpr int kTitleMax = 120;

Error writeError(const QSqlQuery& q) {
    return queryError(q, "CaseRepo", QT_TRANSLATE_NOOP("CaseRepo", "Saving the case"));
}

bool exists(QSqlDatabase db, const QString& sql, const QVariant& key) {
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(key);
    return q.exec() && q.next();
}

// The case's fields as the register stores them (update compares and writes these).
QVariantMap columnsOf(const NewCase& c) {
    return {{QStringLiteral("title"), c.title.trimmed()},
            {QStringLiteral("case_type"), c.caseType},
            {QStringLiteral("occurred_at"),
             c.occurredAt.isValid() ? QVariant(stationTimeText(c.occurredAt)) : nullText()},
            {QStringLiteral("place_id"), idOrNull(c.placeId.value_or(0))},
            {QStringLiteral("address"), textOrNull(c.address)},
            {QStringLiteral("summary"), textOrNull(c.summary)}};
}

Result<void> validate(QSqlDatabase db, const NewCase& c, const QDateTime& now) {
    if (c.title.trimmed().isEmpty())
        return refused(QCoreApplication::translate("CaseRepo", "A case needs a title."));
    if (!exists(db, QStringLiteral("SELECT 1 FROM categories WHERE code = ?"), c.caseType))
        return refused(
            QCoreApplication::translate("CaseRepo", "Unknown case type: %1.").arg(c.caseType));
    if (c.occurredAt.isValid() &&
        (c.occurredAt > now.addSecs(300) || c.occurredAt.date().year() < 1990))
        return refused(QCoreApplication::translate(
            "CaseRepo", "The time it happened must be between 1990 and now."));
    if (c.placeId && *c.placeId > 0 &&
        !exists(db, QStringLiteral("SELECT 1 FROM places WHERE id = ?"), qlonglong(*c.placeId)))
        return refused(QCoreApplication::translate("CaseRepo", "There is no such hamlet."));
    return {};
}

// "Trộm cắp xe máy trước tiệm tạp hóa. Người dân …" → its first sentence, or its first words.
QString titleFrom(const QString& summary) {
    const QString text = summary.simplified();
    // A sentence ends at . ! ? ; before a space, but not after an initial ("Trần Thị M. …").
    static const QRegularExpression sentenceEnd(QStringLiteral("(\\S+)[.!?;](\\s|$)"));
    for (auto it = sentenceEnd.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const qsizetype end = m.capturedEnd(1);
        if (end > kTitleMax)
            break;
        if (m.capturedLength(1) > 1 && end >= 10)
            return text.left(end);
    }
    if (text.size() <= kTitleMax)
        return text;
    qsizetype cut = text.lastIndexOf(QLatin1Char(' '), kTitleMax - 1);
    if (cut < kTitleMax / 2)
        cut = kTitleMax - 1;
    return text.left(cut).trimmed() + QStringLiteral("…");
}

} // namespace

Result<qint64> CaseRepo::insertCase(const Session& session, const NewCase& input,
                                    const QString& detail) {
    const QDateTime now = m_clock->now();
    if (auto ok = validate(m_db, input, now); !ok)
        return ok.error();
    if (input.assignedOfficerId > 0) {
        if (input.assignedOfficerId != session.userId()) {
            if (auto allowed = require(session, Operation::AssignWork); !allowed)
                return allowed.error();
        }
        if (auto ok = requireActiveOfficer(m_db, input.assignedOfficerId); !ok)
            return ok.error();
    }
    const QString nowText = stationTimeText(now);
    const int year = QStringView(nowText).left(4).toInt();
    const QVariantMap cols = columnsOf(input);
    // The number is the next sequence of the year, in the same statement (UNIQUE(year, seq)
    // refuses a concurrent duplicate; writers hold the write lock from BEGIN IMMEDIATE).
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO cases (year, seq, title, case_type, occurred_at, opened_at, place_id, "
        "address, summary, assigned_officer_id, status, created_at, updated_at, created_by) "
        "SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, 'verifying', ?, ?, ? "
        "FROM cases WHERE year = ?"));
    q.addBindValue(year);
    for (const char* column : {"title", "case_type", "occurred_at"})
        q.addBindValue(cols.value(QLatin1String(column)));
    q.addBindValue(nowText);
    for (const char* column : {"place_id", "address", "summary"})
        q.addBindValue(cols.value(QLatin1String(column)));
    q.addBindValue(idOrNull(input.assignedOfficerId));
    q.addBindValue(nowText);
    q.addBindValue(nowText);
    q.addBindValue(session.userId());
    q.addBindValue(year);
    if (!q.exec())
        return writeError(q);
    const qint64 id = q.lastInsertId().toLongLong();
    if (id <= 0)
        return writeError(q);

    AuditEntry entry;
    entry.action = QStringLiteral("case.create");
    entry.entity = QStringLiteral("case");
    entry.entityId = id;
    entry.changes.insert(QStringLiteral("title"), change(QVariant(), input.title.trimmed()));
    entry.changes.insert(QStringLiteral("status"), change(QVariant(), QStringLiteral("verifying")));
    if (input.assignedOfficerId > 0)
        entry.changes.insert(QStringLiteral("assigned_officer_id"),
                             change(QVariant(), input.assignedOfficerId));
    entry.detail = detail;
    if (auto logged = AuditRepo(m_db, *m_clock).appendRecordChange(session, entry); !logged)
        return logged.error();
    return id;
}

Result<qint64> CaseRepo::create(const Session& session, const NewCase& input) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    auto id = insertCase(session, input, {});
    if (!id)
        return id.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id.value();
}

Result<NewCase> CaseRepo::prefillFromTip(const Session& session, qint64 tipId) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    // Never the informant's columns (pseudonym, sealed identity).
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT summary, details, category_code, received_at, place_id, "
                             "address FROM tips WHERE id = ?"));
    q.addBindValue(tipId);
    if (!q.exec())
        return queryError(q, "CaseRepo", QT_TRANSLATE_NOOP("CaseRepo", "Reading the tip"));
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("CaseRepo", "There is no such tip."));
    NewCase draft;
    const QString summary = q.value(0).toString().trimmed();
    const QString details = q.value(1).toString().trimmed();
    draft.title = titleFrom(summary);
    draft.caseType = q.value(2).toString();
    draft.occurredAt = stationTimeFromText(q.value(3).toString());
    if (!q.value(4).isNull())
        draft.placeId = q.value(4).toLongLong();
    draft.address = q.value(5).toString();
    draft.summary = details.isEmpty() ? summary : summary + QStringLiteral("\n") + details;
    return draft;
}

Result<qint64> CaseRepo::createFromTip(const Session& session, qint64 tipId, const NewCase& input) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery t(m_db);
    t.prepare(QStringLiteral("SELECT number FROM tips WHERE id = ?"));
    t.addBindValue(tipId);
    if (!t.exec())
        return writeError(t);
    if (!t.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("CaseRepo", "There is no such tip."));
    const QString tipNumber = t.value(0).toString();
    const QString note =
        QCoreApplication::translate("CaseRepo", "Case opened from tip %1.").arg(tipNumber);
    auto id = insertCase(session, input, note);
    if (!id)
        return id.error();
    const QString now = stationTimeText(m_clock->now());
    QSqlQuery link(m_db);
    link.prepare(QStringLiteral("INSERT INTO tip_case_links (tip_id, case_id, contributed, note, "
                                "linked_at, linked_by) VALUES (?, ?, 0, ?, ?, ?)"));
    link.addBindValue(tipId);
    link.addBindValue(id.value());
    link.addBindValue(note);
    link.addBindValue(now);
    link.addBindValue(session.userId());
    if (!link.exec())
        return writeError(link);
    QSqlQuery event(m_db);
    event.prepare(QStringLiteral("INSERT INTO case_events (case_id, occurred_at, kind, officer_id, "
                                 "tip_id, note) VALUES (?, ?, 'tip_linked', ?, ?, ?)"));
    event.addBindValue(id.value());
    event.addBindValue(now);
    event.addBindValue(session.userId());
    event.addBindValue(tipId);
    event.addBindValue(note);
    if (!event.exec())
        return writeError(event);
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return id.value();
}

Result<void> CaseRepo::update(const Session& session, qint64 caseId, const NewCase& edited) {
    if (auto allowed = require(session, Operation::WriteRecords); !allowed)
        return allowed.error();
    const QDateTime now = m_clock->now();
    if (auto ok = validate(m_db, edited, now); !ok)
        return ok.error();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT title, case_type, occurred_at, place_id, address, summary, "
                             "status FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return writeError(q);
    if (!q.next())
        return notFoundCase();
    if (q.value(6).toString() == QLatin1String("closed"))
        return refused(
            QCoreApplication::translate("CaseRepo", "A closed case can no longer be changed."));
    const QVariantMap after = columnsOf(edited);
    const QStringList columns{QStringLiteral("title"),       QStringLiteral("case_type"),
                              QStringLiteral("occurred_at"), QStringLiteral("place_id"),
                              QStringLiteral("address"),     QStringLiteral("summary")};
    QVariantMap changes;
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant before = q.value(i);
        const QVariant value = after.value(columns.at(i));
        const bool same = before.isNull() == value.isNull() &&
                          (before.isNull() || before.toString() == value.toString());
        if (!same)
            changes.insert(columns.at(i), change(before.isNull() ? QVariant() : before,
                                                 value.isNull() ? QVariant() : value));
    }
    if (changes.isEmpty())
        return tx.commit();
    QSqlQuery u(m_db);
    u.prepare(
        QStringLiteral("UPDATE cases SET title = ?, case_type = ?, occurred_at = ?, "
                       "place_id = ?, address = ?, summary = ?, updated_at = ? WHERE id = ?"));
    for (const QString& column : columns)
        u.addBindValue(after.value(column));
    u.addBindValue(stationTimeText(now));
    u.addBindValue(caseId);
    if (!u.exec() || u.numRowsAffected() != 1)
        return writeError(u);
    AuditEntry entry;
    entry.action = QStringLiteral("case.update");
    entry.entity = QStringLiteral("case");
    entry.entityId = caseId;
    entry.changes = changes;
    if (auto logged = AuditRepo(m_db, *m_clock).appendRecordChange(session, entry); !logged)
        return logged.error();
    return tx.commit();
}

} // namespace binhyen
