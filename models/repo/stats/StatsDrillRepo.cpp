#include "models/repo/stats/StatsDrillRepo.h"

#include "models/domain/Labels.h"
#include "models/domain/MonthFigures.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/movement/MovementSql.h"
#include "models/security/Permissions.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace binhyen {

namespace {

// Every query below returns: id, number, when, title, place kind, place name, detail, amount,
// the id of the record it opens (0: none).
const QString kTips = QStringLiteral(
    "SELECT t.id, t.number, t.received_at, t.summary, p.kind, p.name, t.channel, 1, t.id "
    "FROM tips t LEFT JOIN places p ON p.id = t.place_id WHERE ");
const QString kCases =
    QStringLiteral("SELECT c.id, c.number, %1, c.title, p.kind, p.name, c.status, 1, c.id "
                   "FROM cases c LEFT JOIN places p ON p.id = c.place_id WHERE ");
const QString kSuspects =
    QStringLiteral("SELECT cp.id, c.number, cp.%1, c.title, p.kind, p.name, c.status, 1, c.id "
                   "FROM case_persons cp JOIN cases c ON c.id = cp.case_id LEFT JOIN places p ON "
                   "p.id = c.place_id WHERE cp.role = 'suspect' AND cp.%1 >= ?1 AND cp.%1 < ?2");
const QString kResults = QStringLiteral(
    "SELECT r.id, '', r.occurred_on, r.kind, p.kind, p.name, coalesce(r.note, ''), %1, "
    "coalesce(r.tip_id, 0) FROM results r LEFT JOIN places p ON p.id = r.place_id "
    "WHERE r.occurred_on >= ?1 AND r.occurred_on < ?2 AND r.kind IN (%2)");
// Models in force on ?3 (the month's last day).
const QString kModels = QStringLiteral(
    "SELECT m.id, '', m.started_on, m.name, '', '', y.label, %1, 0 FROM movement_models m "
    "JOIN movement_model_types y ON y.code = m.type_code WHERE m.started_on <= ?3 AND "
    "(m.ended_on IS NULL OR m.ended_on > ?3)");
// "+": the forwarding date's index drives; the classification index of the tip list would make
// SQLite walk every crime tip of the register instead.
const QString kCrime = QStringLiteral("+t.classification IN ('to_giac', 'tin_bao', 'kien_nghi')");
const QString kInTime = QStringLiteral(
    "t.forwarded_at <= strftime('%Y-%m-%dT%H:%M:%S', t.received_at, '+' || (SELECT r.value FROM "
    "rules r WHERE r.code = CASE WHEN (SELECT value FROM settings WHERE key = "
    "'station.remote_area') = '1' THEN 'tip.forward_remote' ELSE 'tip.forward' END AND r.unit = "
    "'hours' AND r.effective_from <= substr(t.received_at, 1, 10) ORDER BY r.effective_from DESC "
    "LIMIT 1) || ' hours')");

struct Query {
    QString kind;
    QString sql;
    QVariantList extra; // bound after ?1 (first day), ?2 (next month's first day), ?3 (last day)
    bool summed = false;
};

QString quoted(const QString& code) { // codes come from a fixed list: safe to inline
    return u'\'' + code + u'\'';
}

// The query of a key path; false for an unknown key.
bool queryFor(const QString& key, Query* q) {
    const QString sub = key.section(u'.', 1);
    const QString head = key.section(u'.', 0, 0);
    const QString tipMonth = QStringLiteral("t.received_at >= ?1 AND t.received_at < ?2");
    if (key == u"tips_total") {
        *q = {QStringLiteral("tip"), kTips + tipMonth, {}};
    } else if (head == u"tips_by_channel" && monthfigures::channels().contains(sub)) {
        *q = {
            QStringLiteral("tip"), kTips + tipMonth + QStringLiteral(" AND t.channel = ?4"), {sub}};
    } else if (head == u"tips_by_classification" && monthfigures::classifications().contains(sub)) {
        *q = {QStringLiteral("tip"),
              kTips + tipMonth +
                  (sub == u"unclassified" ? QStringLiteral(" AND t.classification IS NULL")
                                          : QStringLiteral(" AND t.classification = ?4")),
              sub == u"unclassified" ? QVariantList{} : QVariantList{sub}};
    } else if (key == u"tips_valuable") {
        *q = {QStringLiteral("tip"), kTips + tipMonth + QStringLiteral(" AND t.valuable = 1"), {}};
    } else if (key == u"tips_crime_forwarded" || key == u"tips_crime_forwarded_in_time") {
        QString sql = QString(kTips).replace(QStringLiteral("t.received_at, t.summary"),
                                             QStringLiteral("t.forwarded_at, t.summary")) +
                      QStringLiteral("t.forwarded_at >= ?1 AND t.forwarded_at < ?2 AND ") + kCrime;
        if (key.endsWith(u"in_time"))
            sql += QStringLiteral(" AND ") + kInTime;
        *q = {QStringLiteral("tip"), sql, {}};
    } else if (key == u"cases_new") {
        *q = {QStringLiteral("case"),
              kCases.arg(QStringLiteral("c.opened_at")) +
                  QStringLiteral("c.opened_at >= ?1 AND c.opened_at < ?2"),
              {}};
    } else if (key == u"cases_solved" || key == u"cases_solved_public_help") {
        QString sql = kCases.arg(QStringLiteral("c.solved_at")) +
                      QStringLiteral("c.solved = 1 AND c.solved_at >= ?1 AND c.solved_at < ?2");
        if (key.endsWith(u"public_help"))
            sql += QStringLiteral(" AND EXISTS (SELECT 1 FROM tip_case_links l JOIN tips t ON "
                                  "t.id = l.tip_id WHERE l.case_id = c.id AND l.contributed = 1 "
                                  "AND t.valuable = 1)");
        *q = {QStringLiteral("case"), sql, {}};
    } else if (key == u"suspects_identified") {
        *q = {QStringLiteral("suspect"), kSuspects.arg(QStringLiteral("identified_at")), {}};
    } else if (key == u"suspects_arrested" || key == u"suspects_caught_in_act") {
        QString sql = kSuspects.arg(QStringLiteral("arrested_at"));
        if (key == u"suspects_caught_in_act")
            sql += QStringLiteral(" AND cp.caught_in_act = 1");
        *q = {QStringLiteral("suspect"), sql, {}};
    } else if (key == u"persons_surrendered") {
        // Suspects who surrendered, then the results of kind surrender (their count).
        *q = {QStringLiteral("suspect"),
              kSuspects.arg(QStringLiteral("surrendered_at")) + QStringLiteral(" UNION ALL ") +
                  kResults.arg(QStringLiteral("r.count"), quoted(QStringLiteral("surrender"))),
              {},
              true};
    } else if (key == u"lost_persons_found" || key == u"documents_returned" ||
               key == u"property_returned" || key == u"weapons_handed_in") {
        const QString kind =
            key == u"lost_persons_found" ? QStringLiteral("lost_person_found") : key;
        *q = {QStringLiteral("result"),
              kResults.arg(QStringLiteral("r.count"), quoted(kind)),
              {},
              true};
    } else if (key == u"property_value_vnd") {
        *q = {QStringLiteral("result"),
              kResults.arg(QStringLiteral("coalesce(r.value_vnd, 0)"),
                           QStringLiteral("'documents_returned', 'property_returned'")),
              {},
              true};
    } else if (key == u"models_in_force" || key == u"models_exemplary") {
        *q = {QStringLiteral("model"),
              kModels.arg(1) +
                  (key == u"models_exemplary" ? QStringLiteral(" AND m.exemplary = 1") : QString()),
              {}};
    } else if (head == u"models_by_type" && !sub.isEmpty()) {
        *q = {QStringLiteral("model"),
              kModels.arg(1) + QStringLiteral(" AND m.type_code = ?4"),
              {sub}};
    } else if (key == u"zalo_groups" || key == u"households_connected") {
        const bool households = key == u"households_connected";
        *q = {QStringLiteral("model"),
              kModels.arg(households ? QStringLiteral("m.households") : QStringLiteral("1")) +
                  QStringLiteral(" AND m.type_code = 'zalo_group'"),
              {},
              households};
    } else if (key == u"model_points" || key == u"model_teams" || key == u"model_members" ||
               key == u"model_households") {
        *q = {QStringLiteral("model"), kModels.arg(QStringLiteral("m.") + key.mid(6)), {}, true};
    } else if (key == u"models_new") {
        *q = {QStringLiteral("model"),
              QString(kModels.arg(1))
                  .replace(QStringLiteral("m.started_on <= ?3 AND (m.ended_on IS NULL OR "
                                          "m.ended_on > ?3)"),
                           QStringLiteral("m.started_on >= ?1 AND m.started_on < ?2")),
              {}};
    } else if (key == u"hamlets_total" || key == u"hamlets_with_zalo") {
        QString sql = QStringLiteral(
            "SELECT p.id, '', p.valid_from, p.name, p.kind, p.name, '', 1, 0 FROM places p "
            "WHERE p.valid_from <= ?3 AND (p.valid_to IS NULL OR p.valid_to >= ?3)");
        if (key == u"hamlets_with_zalo")
            sql += QStringLiteral(
                " AND EXISTS (SELECT 1 FROM movement_model_places mp JOIN movement_models m ON "
                "m.id = mp.model_id WHERE mp.place_id = p.id AND m.type_code = 'zalo_group' AND "
                "m.started_on <= ?3 AND (m.ended_on IS NULL OR m.ended_on > ?3))");
        *q = {QStringLiteral("place"), sql, {}};
    } else if (key == u"zalo_members_warned" || key == u"zalo_members_removed") {
        *q = {
            QStringLiteral("moderation"),
            QStringLiteral("SELECT z.id, '', z.on_date, m.name, '', '', coalesce(z.note, ''), "
                           "z.count, 0 FROM zalo_moderation z JOIN movement_models m ON m.id = "
                           "z.group_id WHERE z.on_date >= ?1 AND z.on_date < ?2 AND z.action = ?4"),
            {key.endsWith(u"warned") ? QStringLiteral("warned") : QStringLiteral("removed")},
            true};
    } else if (key == u"meetings" || key == u"meeting_attendance") {
        const bool attendance = key == u"meeting_attendance";
        *q = {QStringLiteral("activity"),
              QStringLiteral("SELECT a.id, '', a.held_on, a.title, p.kind, p.name, "
                             "coalesce(a.note, ''), %1, 0 FROM activities a LEFT JOIN places p ON "
                             "p.id = a.place_id WHERE a.held_on >= ?1 AND a.held_on < ?2 AND "
                             "a.kind = 'meeting'")
                  .arg(attendance ? QStringLiteral("a.attendance") : QStringLiteral("1")),
              {},
              attendance};
    } else {
        return false;
    }
    return true;
}

} // namespace

qint64 DrillList::total() const {
    qint64 sum = 0;
    for (const DrillRecord& r : records)
        sum += r.amount;
    return sum;
}

StatsDrillRepo::StatsDrillRepo(QSqlDatabase db)
    : m_db(std::move(db)) {}

QString StatsDrillRepo::firstWords(const QString& text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = text.simplified().split(space, Qt::SkipEmptyParts);
    if (words.size() <= kSummaryWords)
        return words.join(u' ');
    return words.mid(0, kSummaryWords).join(u' ') + QStringLiteral(" …");
}

Result<DrillList> StatsDrillRepo::records(const Session& session, const QString& month,
                                          const QString& key) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    if (!monthfigures::isValidMonth(month))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("StatsDrillRepo", "'%1' is not a month (YYYY-MM).")
                .arg(month));
    Query query;
    if (!queryFor(key, &query))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("StatsDrillRepo", "'%1' is not a known indicator.")
                .arg(key));

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Qt binds exactly as many values as the highest ?N: the outer "?3 IS NOT NULL" makes every
    // query take the three dates (and ?4, the code, when it has one).
    q.prepare(QStringLiteral("SELECT * FROM (") + query.sql +
              QStringLiteral(") WHERE ?3 IS NOT NULL ORDER BY 3, 1"));
    q.addBindValue(monthfigures::firstDay(month));
    q.addBindValue(monthfigures::firstDay(monthfigures::nextMonth(month)));
    q.addBindValue(monthfigures::lastDay(month));
    for (const QVariant& v : query.extra)
        q.addBindValue(v);
    if (!q.exec())
        return movementsql::queryError(
            q,
            QCoreApplication::translate("StatsDrillRepo", "Listing the records behind a figure"));

    DrillList list;
    list.month = month;
    list.key = key;
    list.summed = query.summed;
    while (q.next()) {
        DrillRecord r;
        r.kind = query.kind;
        r.id = q.value(0).toLongLong();
        r.number = q.value(1).toString();
        r.when = q.value(2).toString();
        r.title = q.value(3).toString();
        if (!q.value(5).toString().isEmpty())
            r.place = movementsql::placeLabel(q.value(4).toString(), q.value(5).toString());
        r.detail = q.value(6).toString();
        r.amount = q.value(7).toLongLong();
        const qint64 opens = q.value(8).toLongLong();
        if (r.kind == u"tip") {
            r.title = firstWords(r.title);
            r.detail = channelLabel(r.detail);
            r.opens = QStringLiteral("tip");
        } else if (r.kind == u"case" || (r.kind == u"suspect" && !r.number.isEmpty())) {
            r.detail = caseStatusLabel(r.detail);
            r.opens = QStringLiteral("case");
        } else if (r.kind == u"suspect" || r.kind == u"result") {
            // A row of the results table (persons_surrendered unites suspects and results).
            r.kind = QStringLiteral("result");
            r.title = movementResultKindLabel(r.title);
            if (opens)
                r.opens = QStringLiteral("tip");
        } else if (r.kind == u"place") {
            r.title = r.place;
            r.when.clear();
        }
        if (!r.opens.isEmpty())
            r.opensId = opens;
        list.records.append(std::move(r));
    }
    return list;
}

} // namespace binhyen
