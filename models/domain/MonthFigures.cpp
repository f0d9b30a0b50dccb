#include "models/domain/MonthFigures.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace binhyen::monthfigures {

namespace {

QDate firstDate(const QString& month) {
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

QString monthOf(const QDate& date) {
    return date.toString(QStringLiteral("yyyy-MM"));
}

const QString kValue = QStringLiteral("value");
const QString kPrevious = QStringLiteral("previous_month");
const QString kYear = QStringLiteral("year_earlier");

QJsonObject figureJson(const Figure& f) {
    return {{kValue, f.value}, {kPrevious, f.previousMonth}, {kYear, f.yearEarlier}};
}

// Puts `value` at the dotted `path` inside `object`.
void insertAt(QJsonObject& object, const QStringList& path, const QJsonValue& value) {
    if (path.size() == 1) {
        object.insert(path.first(), value);
        return;
    }
    QJsonObject child = object.value(path.first()).toObject();
    insertAt(child, path.mid(1), value);
    object.insert(path.first(), child);
}

void collect(const QJsonObject& object, const QString& prefix, QMap<QString, Figure>& out) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject o = it.value().toObject();
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (o.contains(kValue)) {
            out.insert(key, {o.value(kValue).toInteger(), o.value(kPrevious).toInteger(),
                             o.value(kYear).toInteger()});
        } else {
            collect(o, key, out);
        }
    }
}

} // namespace

bool isValidMonth(const QString& month) {
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"));
    return shape.match(month).hasMatch() && firstDate(month).isValid();
}

QString previousMonth(const QString& month) {
    return monthOf(firstDate(month).addMonths(-1));
}

QString nextMonth(const QString& month) {
    return monthOf(firstDate(month).addMonths(1));
}

QString yearEarlier(const QString& month) {
    return monthOf(firstDate(month).addYears(-1));
}

QString firstDay(const QString& month) {
    return firstDate(month).toString(Qt::ISODate);
}

QString lastDay(const QString& month) {
    return firstDate(month).addMonths(1).addDays(-1).toString(Qt::ISODate);
}

QStringList channels() {
    return {QStringLiteral("phone"),     QStringLiteral("hotline"), QStringLiteral("zalo"),
            QStringLiteral("in_person"), QStringLiteral("camera"),  QStringLiteral("document")};
}

QStringList classifications() {
    return {QStringLiteral("to_giac"),    QStringLiteral("tin_bao"),
            QStringLiteral("kien_nghi"),  QStringLiteral("phan_anh"),
            QStringLiteral("khong_antt"), QStringLiteral("unclassified")};
}

QMap<QString, qint64> values(const MonthFacts& f) {
    QMap<QString, qint64> v;
    qint64 tipsTotal = 0;
    for (const QString& c : channels())
        v.insert(QStringLiteral("tips_by_channel.") + c, 0);
    for (auto it = f.tipsByChannel.cbegin(); it != f.tipsByChannel.cend(); ++it) {
        v[QStringLiteral("tips_by_channel.") + it.key()] += it.value();
        tipsTotal += it.value();
    }
    v.insert(QStringLiteral("tips_total"), tipsTotal);
    for (const QString& c : classifications())
        v.insert(QStringLiteral("tips_by_classification.") + c, 0);
    for (auto it = f.tipsByClassification.cbegin(); it != f.tipsByClassification.cend(); ++it) {
        const QString code = it.key().isEmpty() ? QStringLiteral("unclassified") : it.key();
        v[QStringLiteral("tips_by_classification.") + code] += it.value();
    }
    v.insert(QStringLiteral("tips_valuable"), f.tipsValuable);
    v.insert(QStringLiteral("tips_crime_forwarded"), f.crimeForwarded);
    v.insert(QStringLiteral("tips_crime_forwarded_in_time"), f.crimeForwardedInTime);

    v.insert(QStringLiteral("cases_new"), f.casesNew);
    v.insert(QStringLiteral("cases_solved"), f.casesSolved);
    v.insert(QStringLiteral("cases_solved_public_help"), f.casesSolvedPublicHelp);
    v.insert(QStringLiteral("suspects_identified"), f.suspectsIdentified);
    v.insert(QStringLiteral("suspects_arrested"), f.suspectsArrested);
    v.insert(QStringLiteral("suspects_caught_in_act"), f.suspectsCaughtInAct);
    v.insert(QStringLiteral("persons_surrendered"),
             f.suspectsSurrendered + f.resultCounts.value(QStringLiteral("surrender")));

    v.insert(QStringLiteral("lost_persons_found"),
             f.resultCounts.value(QStringLiteral("lost_person_found")));
    v.insert(QStringLiteral("documents_returned"),
             f.resultCounts.value(QStringLiteral("documents_returned")));
    v.insert(QStringLiteral("property_returned"),
             f.resultCounts.value(QStringLiteral("property_returned")));
    v.insert(QStringLiteral("property_value_vnd"),
             f.resultValues.value(QStringLiteral("documents_returned")) +
                 f.resultValues.value(QStringLiteral("property_returned")));
    v.insert(QStringLiteral("weapons_handed_in"),
             f.resultCounts.value(QStringLiteral("weapons_handed_in")));

    ModelTotals all;
    for (auto it = f.modelsInForce.cbegin(); it != f.modelsInForce.cend(); ++it) {
        v.insert(QStringLiteral("models_by_type.") + it.key(), it.value().count);
        all.count += it.value().count;
        all.points += it.value().points;
        all.teams += it.value().teams;
        all.members += it.value().members;
        all.households += it.value().households;
        all.exemplary += it.value().exemplary;
    }
    qint64 modelsNew = 0;
    for (qint64 n : f.modelsNew)
        modelsNew += n;
    v.insert(QStringLiteral("models_in_force"), all.count);
    v.insert(QStringLiteral("models_new"), modelsNew);
    v.insert(QStringLiteral("model_points"), all.points);
    v.insert(QStringLiteral("model_teams"), all.teams);
    v.insert(QStringLiteral("model_members"), all.members);
    v.insert(QStringLiteral("model_households"), all.households);
    v.insert(QStringLiteral("models_exemplary"), all.exemplary);

    const ModelTotals zalo = f.modelsInForce.value(QStringLiteral("zalo_group"));
    v.insert(QStringLiteral("zalo_groups"), zalo.count);
    v.insert(QStringLiteral("hamlets_total"), f.hamletsTotal);
    v.insert(QStringLiteral("hamlets_with_zalo"), f.hamletsWithZalo);
    v.insert(QStringLiteral("households_connected"), zalo.households);
    v.insert(QStringLiteral("zalo_members_warned"), f.zaloWarned);
    v.insert(QStringLiteral("zalo_members_removed"), f.zaloRemoved);
    v.insert(QStringLiteral("meetings"), f.meetings);
    v.insert(QStringLiteral("meeting_attendance"), f.meetingAttendance);
    return v;
}

MonthlyFigures compute(const MonthFacts& month, const MonthFacts& previous,
                       const MonthFacts& yearEarlierFacts) {
    const auto now = values(month);
    const auto before = values(previous);
    const auto year = values(yearEarlierFacts);
    QSet<QString> keys;
    for (const auto* m : {&now, &before, &year})
        for (auto it = m->cbegin(); it != m->cend(); ++it)
            keys.insert(it.key());
    MonthlyFigures out;
    out.month = month.month;
    for (const QString& key : std::as_const(keys))
        out.figures.insert(key, {now.value(key), before.value(key), year.value(key)});
    return out;
}

QJsonObject toJson(const MonthlyFigures& figures) {
    QJsonObject root;
    for (auto it = figures.figures.cbegin(); it != figures.figures.cend(); ++it)
        insertAt(root, it.key().split(u'.'), figureJson(it.value()));
    return root;
}

QMap<QString, Figure> fromJson(const QJsonObject& json) {
    QMap<QString, Figure> out;
    collect(json, QString(), out);
    return out;
}

QList<FigureDifference> differences(const QString& month, const QMap<QString, qint64>& issued,
                                    const QMap<QString, qint64>& now) {
    QMap<QString, bool> keys;
    for (auto it = issued.cbegin(); it != issued.cend(); ++it)
        keys.insert(it.key(), true);
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        keys.insert(it.key(), true);
    QList<FigureDifference> out;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const qint64 a = issued.value(it.key());
        const qint64 b = now.value(it.key());
        if (a != b)
            out.append({month, it.key(), a, b});
    }
    return out;
}

QJsonArray toJson(const QList<FigureDifference>& differences) {
    QJsonArray out;
    for (const FigureDifference& d : differences)
        out.append(QJsonObject{{QStringLiteral("month"), d.month},
                               {QStringLiteral("key"), d.key},
                               {QStringLiteral("issued"), d.issued},
                               {QStringLiteral("now"), d.now},
                               {QStringLiteral("difference"), d.difference()}});
    return out;
}

QList<FigureDifference> differencesFromJson(const QJsonArray& json) {
    QList<FigureDifference> out;
    for (const QJsonValue& v : json) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("month")).toString(),
                    o.value(QStringLiteral("key")).toString(),
                    o.value(QStringLiteral("issued")).toInteger(),
                    o.value(QStringLiteral("now")).toInteger()});
    }
    return out;
}

} // namespace binhyen::monthfigures
