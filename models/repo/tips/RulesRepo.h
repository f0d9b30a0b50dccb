#pragma once

#include "models/domain/LegalClock.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace binhyen {

class Clock;
class Session;

// One row of the rules table: a rule's value from its effective date on.
struct RuleRow {
    Rule rule;
    QDate effectiveFrom;
    QString note;
};

struct Holiday {
    QDate day;
    QString name;
};

// The rules table (legal deadlines with their sources, each row with its effective date), the
// holidays table and the station's remote-area setting, as one RuleSet in force at a time.
// Changes need Operation::ChangeRules and a clock (for the audit trail); a rule is never
// rewritten: a change adds a row effective from its date.
class RulesRepo {
public:
    explicit RulesRepo(QSqlDatabase db);
    RulesRepo(QSqlDatabase db, const Clock& clock);

    Result<RuleSet> inForceAt(const QDate& day) const;
    Result<QList<QDate>> holidays(int year) const;
    Result<QList<Holiday>> holidayList(int year) const;
    // Every row of every rule, by code then effective date.
    Result<QList<RuleRow>> allRules() const;
    // For each code, the row in force on `day` and any row that takes effect later.
    static QList<RuleRow> inForceOrLater(const QList<RuleRow>& rows, const QDate& day);

    // Adds a row for an existing rule (same unit and description), audited "rule.change".
    Result<void> setRule(const Session& chief, const QString& code, int value,
                         const QDate& effectiveFrom, const QString& legalSource,
                         const QString& note);
    Result<void> addHoliday(const Session& chief, const QDate& day, const QString& name);
    Result<void> removeHoliday(const Session& chief, const QDate& day);

private:
    Result<void> canChange(const Session& chief) const;

    QSqlDatabase m_db;
    const Clock* m_clock = nullptr;
};

} // namespace binhyen
