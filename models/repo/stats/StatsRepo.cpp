#include "models/repo/stats/StatsRepo.h"

#include "models/repo/stats/StatsSql.h"
#include "models/security/Permissions.h"
#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

namespace {

// Runs `sql` with `binds`; false (and the error in *error) on failure.
bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, Error* error) {
    return statssql::run(q, sql, binds,
                         QCoreApplication::translate("StatsRepo", "Counting the month's figures"),
                         error);
}

// Crime classifications: the ones that must be forwarded to the investigating body.
const QString kCrime = QStringLiteral("('to_giac', 'tin_bao', 'kien_nghi')");

} // namespace

StatsRepo::StatsRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

Result<MonthFacts> StatsRepo::facts(const Session& session, const QString& month) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    return gather(month);
}

Result<MonthlyFigures> StatsRepo::figures(const Session& session, const QString& month) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    return computeFigures(month);
}

Result<MonthlyFigures> StatsRepo::computeFigures(const QString& month) const {
    auto now = gather(month);
    if (!now)
        return now.error();
    auto before = gather(monthfigures::previousMonth(month));
    if (!before)
        return before.error();
    auto year = gather(monthfigures::yearEarlier(month));
    if (!year)
        return year.error();
    return monthfigures::compute(now.value(), before.value(), year.value());
}

Result<MonthFacts> StatsRepo::gather(const QString& month) const {
    if (!monthfigures::isValidMonth(month))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("StatsRepo", "'%1' is not a month (YYYY-MM).").arg(month));
    MonthFacts f;
    f.month = month;
    // Half-open text range [first day, first day of the next month): works for dates and for
    // station times alike ("2020-09-30T23:59:59" < "2020-10-01").
    const QString from = monthfigures::firstDay(month);
    const QString to = monthfigures::firstDay(monthfigures::nextMonth(month));
    const QString last = monthfigures::lastDay(month);
    Error error;
    QSqlQuery q(m_db);

    // Tips received in the month (covering index tips_month_stats).
    if (!run(q,
             QStringLiteral("SELECT channel, coalesce(classification, ''), count(*), "
                            "sum(valuable) FROM tips WHERE substr(received_at, 1, 7) = ? "
                            "GROUP BY channel, classification"),
             {month}, &error))
        return error;
    while (q.next()) {
        f.tipsByChannel[q.value(0).toString()] += q.value(2).toLongLong();
        f.tipsByClassification[q.value(1).toString()] += q.value(2).toLongLong();
        f.tipsValuable += q.value(3).toLongLong();
    }

    // Crime tips forwarded in the month; in time = within the forwarding rule in force on the day
    // received (tip.forward, or tip.forward_remote when station.remote_area = 1), in hours. The
    // "+" keeps the classification index (migration 10) out: tips_forwarded drives.
    if (!run(q,
             QStringLiteral("SELECT count(*), coalesce(sum(t.forwarded_at <= strftime("
                            "'%Y-%m-%dT%H:%M:%S', t.received_at, '+' || (SELECT r.value FROM "
                            "rules r WHERE r.code = CASE WHEN (SELECT value FROM settings WHERE "
                            "key = 'station.remote_area') = '1' THEN 'tip.forward_remote' ELSE "
                            "'tip.forward' END AND r.unit = 'hours' AND r.effective_from <= "
                            "substr(t.received_at, 1, 10) ORDER BY r.effective_from DESC LIMIT 1) "
                            "|| ' hours')), 0) FROM tips t WHERE t.forwarded_at >= ? AND "
                            "t.forwarded_at < ? AND +t.classification IN ") +
                 kCrime,
             {from, to}, &error))
        return error;
    if (q.next()) {
        f.crimeForwarded = q.value(0).toLongLong();
        f.crimeForwardedInTime = q.value(1).toLongLong();
    }

    // Cases.
    if (!run(q,
             QStringLiteral(
                 "SELECT (SELECT count(*) FROM cases WHERE opened_at >= ?1 AND opened_at < ?2), "
                 "(SELECT count(*) FROM cases WHERE solved = 1 AND solved_at >= ?1 AND "
                 "solved_at < ?2), "
                 "(SELECT count(*) FROM cases c WHERE c.solved = 1 AND c.solved_at >= ?1 AND "
                 "c.solved_at < ?2 AND EXISTS (SELECT 1 FROM tip_case_links l JOIN tips t ON "
                 "t.id = l.tip_id WHERE l.case_id = c.id AND l.contributed = 1 AND "
                 "t.valuable = 1)), "
                 "(SELECT count(*) FROM case_persons WHERE identified_at >= ?1 AND "
                 "identified_at < ?2 AND role = 'suspect'), "
                 "(SELECT count(*) FROM case_persons WHERE arrested_at >= ?1 AND arrested_at < "
                 "?2 AND role = 'suspect'), "
                 "(SELECT count(*) FROM case_persons WHERE arrested_at >= ?1 AND arrested_at < "
                 "?2 AND role = 'suspect' AND caught_in_act = 1), "
                 "(SELECT count(*) FROM case_persons WHERE surrendered_at >= ?1 AND "
                 "surrendered_at < ?2 AND role = 'suspect')"),
             {from, to}, &error))
        return error;
    if (q.next()) {
        f.casesNew = q.value(0).toLongLong();
        f.casesSolved = q.value(1).toLongLong();
        f.casesSolvedPublicHelp = q.value(2).toLongLong();
        f.suspectsIdentified = q.value(3).toLongLong();
        f.suspectsArrested = q.value(4).toLongLong();
        f.suspectsCaughtInAct = q.value(5).toLongLong();
        f.suspectsSurrendered = q.value(6).toLongLong();
    }

    // Results (help to residents, weapons, persons persuaded to surrender).
    if (!run(q,
             QStringLiteral("SELECT kind, sum(count), coalesce(sum(value_vnd), 0) FROM results "
                            "WHERE occurred_on >= ? AND occurred_on < ? GROUP BY kind"),
             {from, to}, &error))
        return error;
    while (q.next()) {
        f.resultCounts.insert(q.value(0).toString(), q.value(1).toLongLong());
        f.resultValues.insert(q.value(0).toString(), q.value(2).toLongLong());
    }

    // Models: every type (zeros included), those in force at the month's end, those started in it.
    if (!run(q, QStringLiteral("SELECT code FROM movement_model_types"), {}, &error))
        return error;
    while (q.next()) {
        f.modelsInForce.insert(q.value(0).toString(), {});
        f.modelsNew.insert(q.value(0).toString(), 0);
    }
    if (!run(q,
             QStringLiteral("SELECT type_code, count(*), sum(points), sum(teams), sum(members), "
                            "sum(households), sum(exemplary) FROM movement_models WHERE "
                            "started_on <= ?1 AND (ended_on IS NULL OR ended_on > ?1) "
                            "GROUP BY type_code"),
             {last}, &error))
        return error;
    while (q.next())
        f.modelsInForce.insert(q.value(0).toString(),
                               {q.value(1).toLongLong(), q.value(2).toLongLong(),
                                q.value(3).toLongLong(), q.value(4).toLongLong(),
                                q.value(5).toLongLong(), q.value(6).toLongLong()});
    if (!run(q,
             QStringLiteral("SELECT type_code, count(*) FROM movement_models WHERE started_on "
                            ">= ? AND started_on < ? GROUP BY type_code"),
             {from, to}, &error))
        return error;
    while (q.next())
        f.modelsNew.insert(q.value(0).toString(), q.value(1).toLongLong());

    // Hamlets valid at the month's end (valid_to is the last day of validity), and those covered
    // by a hamlet Zalo group in force then.
    if (!run(q,
             QStringLiteral(
                 "SELECT (SELECT count(*) FROM places WHERE valid_from <= ?1 AND (valid_to IS "
                 "NULL OR valid_to >= ?1)), "
                 "(SELECT count(DISTINCT p.id) FROM places p JOIN movement_model_places mp ON "
                 "mp.place_id = p.id JOIN movement_models m ON m.id = mp.model_id WHERE "
                 "p.valid_from <= ?1 AND (p.valid_to IS NULL OR p.valid_to >= ?1) AND "
                 "m.type_code = 'zalo_group' AND m.started_on <= ?1 AND (m.ended_on IS NULL OR "
                 "m.ended_on > ?1))"),
             {last}, &error))
        return error;
    if (q.next()) {
        f.hamletsTotal = q.value(0).toLongLong();
        f.hamletsWithZalo = q.value(1).toLongLong();
    }

    // Zalo moderation and meetings in the month.
    if (!run(q,
             QStringLiteral("SELECT action, sum(count) FROM zalo_moderation WHERE on_date >= ? "
                            "AND on_date < ? GROUP BY action"),
             {from, to}, &error))
        return error;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("warned"))
            f.zaloWarned = q.value(1).toLongLong();
        else if (q.value(0).toString() == QLatin1String("removed"))
            f.zaloRemoved = q.value(1).toLongLong();
    }
    if (!run(q,
             QStringLiteral("SELECT count(*), coalesce(sum(attendance), 0) FROM activities "
                            "WHERE held_on >= ? AND held_on < ? AND kind = 'meeting'"),
             {from, to}, &error))
        return error;
    if (q.next()) {
        f.meetings = q.value(0).toLongLong();
        f.meetingAttendance = q.value(1).toLongLong();
    }
    return f;
}

Result<QString> StatsRepo::firstMonthWithData() const {
    Error error;
    QSqlQuery q(m_db);
    if (!run(q,
             QStringLiteral("SELECT min(m) FROM ("
                            "SELECT min(received_at) AS m FROM tips UNION ALL "
                            "SELECT min(opened_at) FROM cases UNION ALL "
                            "SELECT min(started_on) FROM movement_models UNION ALL "
                            "SELECT min(occurred_on) FROM results UNION ALL "
                            "SELECT min(held_on) FROM activities UNION ALL "
                            "SELECT min(on_date) FROM zalo_moderation)"),
             {}, &error))
        return error;
    if (!q.next() || q.value(0).isNull())
        return QString();
    return q.value(0).toString().left(7);
}

} // namespace binhyen
