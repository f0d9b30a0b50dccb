#include "models/repo/tips/RulesRepo.h"

#include "models/repo/audit/AuditRepo.h"
#include "models/security/Permissions.h"
#include "models/store/Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen {

namespace {

Error dbError(const QSqlQuery& q) {
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("RulesRepo", "The legal rules could not be read."),
                     q.lastError().text());
}

Error writeError(const QSqlQuery& q) {
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("RulesRepo", "The change could not be saved."),
                     q.lastError().text());
}

QString iso(const QDate& day) {
    return day.toString(Qt::ISODate);
}

QVariantMap change(const QVariant& before, const QVariant& after) {
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

} // namespace

RulesRepo::RulesRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

RulesRepo::RulesRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(&clock) {}

Result<RuleSet> RulesRepo::inForceAt(const QDate& day) const {
    RuleSet set;
    const QString iso = day.toString(Qt::ISODate);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The row in force for each code: the latest effective_from on or before the day.
    q.prepare(QStringLiteral(
        "SELECT r.code, r.value, r.unit, r.description, r.legal_source, r.to_confirm FROM rules r "
        "WHERE r.effective_from = (SELECT max(effective_from) FROM rules x "
        "                          WHERE x.code = r.code AND x.effective_from <= ?)"));
    q.addBindValue(iso);
    if (!q.exec())
        return dbError(q);
    while (q.next()) {
        Rule rule{q.value(0).toString(), q.value(1).toInt(),    q.value(2).toString(),
                  q.value(3).toString(), q.value(4).toString(), q.value(5).toBool()};
        set.rules.insert(rule.code, rule);
    }
    QSqlQuery h(m_db);
    h.setForwardOnly(true);
    h.prepare(QStringLiteral("SELECT day FROM holidays WHERE day BETWEEN ? AND ?"));
    h.addBindValue(day.addYears(-1).toString(Qt::ISODate));
    h.addBindValue(day.addYears(2).toString(Qt::ISODate));
    if (!h.exec())
        return dbError(h);
    while (h.next())
        set.holidays.insert(QDate::fromString(h.value(0).toString(), Qt::ISODate));
    QSqlQuery s(m_db);
    if (s.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'station.remote_area'")) &&
        s.next())
        set.remoteArea = s.value(0).toString() == QLatin1String("1");
    return set;
}

Result<QList<QDate>> RulesRepo::holidays(int year) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT day FROM holidays WHERE day LIKE ? ORDER BY day"));
    q.addBindValue(QString(QString::number(year) + QStringLiteral("-%")));
    if (!q.exec())
        return dbError(q);
    QList<QDate> out;
    while (q.next())
        out.append(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    return out;
}

Result<QList<Holiday>> RulesRepo::holidayList(int year) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT day, name FROM holidays WHERE day LIKE ? ORDER BY day"));
    q.addBindValue(QString(QString::number(year) + QStringLiteral("-%")));
    if (!q.exec())
        return dbError(q);
    QList<Holiday> out;
    while (q.next())
        out.append({QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString()});
    return out;
}

Result<QList<RuleRow>> RulesRepo::allRules() const {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, value, unit, description, legal_source, to_confirm, "
                               "effective_from, note FROM rules ORDER BY code, effective_from")))
        return dbError(q);
    QList<RuleRow> out;
    while (q.next()) {
        RuleRow row;
        row.rule = Rule{q.value(0).toString(), q.value(1).toInt(),    q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toBool()};
        row.effectiveFrom = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        row.note = q.value(7).toString();
        out.append(row);
    }
    return out;
}

QList<RuleRow> RulesRepo::inForceOrLater(const QList<RuleRow>& rows, const QDate& day) {
    QList<RuleRow> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const RuleRow& row = rows.at(i);
        const bool later = row.effectiveFrom > day;
        const bool nextSameCode = i + 1 < rows.size() && rows.at(i + 1).rule.code == row.rule.code;
        const bool superseded = nextSameCode && rows.at(i + 1).effectiveFrom <= day;
        if (later || !superseded)
            out.append(row);
    }
    return out;
}

Result<void> RulesRepo::canChange(const Session& chief) const {
    if (auto allowed = require(chief, Operation::ChangeRules); !allowed)
        return allowed;
    if (!m_clock)
        return makeError(ErrorCode::Usage, QStringLiteral("RulesRepo needs a clock to change"));
    return {};
}

Result<void> RulesRepo::setRule(const Session& chief, const QString& code, int value,
                                const QDate& effectiveFrom, const QString& legalSource,
                                const QString& note) {
    if (auto ok = canChange(chief); !ok)
        return ok;
    if (value < 0 || !effectiveFrom.isValid() || legalSource.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "RulesRepo", "Give a value of zero or more, a date and the legal "
                                          "source of the change."));
    auto rows = allRules();
    if (!rows)
        return rows.error();
    const RuleRow* base = nullptr; // the row in force on the date, else the first one
    for (const RuleRow& row : rows.value()) {
        if (row.rule.code != code)
            continue;
        if (row.effectiveFrom == effectiveFrom)
            return makeError(ErrorCode::Exists,
                             QCoreApplication::translate(
                                 "RulesRepo", "The rule already has a value from %1: choose "
                                              "another date (past values are never rewritten).")
                                 .arg(effectiveFrom.toString(QStringLiteral("dd/MM/yyyy"))));
        if (!base || row.effectiveFrom < effectiveFrom)
            base = &row;
    }
    if (!base)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("RulesRepo", "There is no rule \"%1\".").arg(code));
    const QVariant before =
        base->effectiveFrom < effectiveFrom ? QVariant(base->rule.value) : QVariant();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO rules (code, value, unit, description, legal_source, effective_from, "
        "to_confirm, note) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"));
    for (const QVariant& v :
         {QVariant(code), QVariant(value), QVariant(base->rule.unit),
          QVariant(base->rule.description), QVariant(legalSource.trimmed()),
          QVariant(iso(effectiveFrom)), note.trimmed().isEmpty() ? QVariant() : QVariant(note)})
        q.addBindValue(v);
    if (!q.exec())
        return writeError(q);
    AuditEntry entry{QStringLiteral("rule.change"),
                     QStringLiteral("rule"),
                     0,
                     {{QStringLiteral("value"), change(before, value)}},
                     code + QLatin1Char(' ') + iso(effectiveFrom),
                     {}};
    if (auto logged = AuditRepo(m_db, *m_clock).append(chief, entry); !logged)
        return logged.error();
    return tx.commit();
}

Result<void> RulesRepo::addHoliday(const Session& chief, const QDate& day, const QString& name) {
    if (auto ok = canChange(chief); !ok)
        return ok;
    if (!day.isValid() || name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("RulesRepo", "Give the day and its name."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO holidays (day, name) VALUES (?, ?)"));
    q.addBindValue(iso(day));
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return writeError(q);
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::Exists,
                         QCoreApplication::translate("RulesRepo", "%1 is already a day off.")
                             .arg(day.toString(QStringLiteral("dd/MM/yyyy"))));
    AuditEntry entry{QStringLiteral("holiday.add"),
                     QStringLiteral("holiday"),
                     0,
                     {{QStringLiteral("name"), change(QVariant(), name.trimmed())}},
                     iso(day),
                     {}};
    if (auto logged = AuditRepo(m_db, *m_clock).append(chief, entry); !logged)
        return logged.error();
    return tx.commit();
}

Result<void> RulesRepo::removeHoliday(const Session& chief, const QDate& day) {
    if (auto ok = canChange(chief); !ok)
        return ok;
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM holidays WHERE day = ?"));
    q.addBindValue(iso(day));
    if (!q.exec())
        return dbError(q);
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("RulesRepo", "%1 is not a listed day off.")
                             .arg(day.toString(QStringLiteral("dd/MM/yyyy"))));
    const QString name = q.value(0).toString();
    QSqlQuery d(m_db);
    d.prepare(QStringLiteral("DELETE FROM holidays WHERE day = ?"));
    d.addBindValue(iso(day));
    if (!d.exec())
        return writeError(d);
    AuditEntry entry{QStringLiteral("holiday.remove"),
                     QStringLiteral("holiday"),
                     0,
                     {{QStringLiteral("name"), change(name, QVariant())}},
                     iso(day),
                     {}};
    if (auto logged = AuditRepo(m_db, *m_clock).append(chief, entry); !logged)
        return logged.error();
    return tx.commit();
}

} // namespace binhyen
