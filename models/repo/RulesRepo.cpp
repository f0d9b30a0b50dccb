#include "models/repo/RulesRepo.h"

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

} // namespace

RulesRepo::RulesRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

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

} // namespace binhyen
