#pragma once

#include "models/domain/Result.h"
#include "tests/bench/BenchData.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace binhyen::bench {

// How much a generated register holds. Cases and persons default from the tips: one case per
// five tips, 0.3 persons per tip.
struct GenerateCounts {
    qint64 tips = 0;
    qint64 cases = 0;
    qint64 persons = 0;
    quint32 seed = 1;
};

// Rows written, per table, for the summary on stdout.
struct GeneratedRows {
    qint64 tips = 0, tipsSettled = 0, cases = 0, caseLinks = 0, caseEvents = 0, persons = 0,
           casePersons = 0, models = 0, modelPlaces = 0, zaloGroups = 0, moderation = 0,
           activities = 0, results = 0;
    QJsonObject toJson() const;
};

// A prepared INSERT/UPDATE run many times with new values (the same SQL the repos use).
class Statement {
public:
    Statement(QSqlDatabase db, const QString& sql);
    // Runs with `values` bound in order; the new row id.
    Result<qint64> run(const QVariantList& values);

private:
    QSqlQuery m_query;
    QString m_sql;
};

QVariant nullText();
QVariant nullId();
QString stationText(const QDateTime& time); // "YYYY-MM-DDTHH:MM:SS"

// The hamlet Zalo group of a place (a movement model of type zalo_group) and when it started.
struct ZaloGroup {
    qint64 modelId = 0;
    QDate startedOn;
};

// Movement models of every type with the hamlets they cover, one Zalo group per hamlet. Returns
// the groups by place id.
Result<QHash<qint64, ZaloGroup>> insertMovementModels(QSqlDatabase db, quint32 seed,
                                                      const QList<BenchPlace>& places,
                                                      qint64 officerId, GeneratedRows& rows);
// Every month of the ten years: residents' meetings, propaganda, results, Zalo moderation.
Result<void> insertMonthlyMovement(QSqlDatabase db, quint32 seed, const QList<BenchPlace>& places,
                                   const QHash<qint64, ZaloGroup>& groups, qint64 officerId,
                                   GeneratedRows& rows);

// Cases with linked tips, persons with their roles, and each tip's settlement (status, closure,
// forwarding), written right after each tip in the tips' transactions. Deterministic for the
// seed and the counts.
class CaseFactory {
public:
    CaseFactory(QSqlDatabase db, const GenerateCounts& counts, QList<BenchPlace> places,
                qint64 officerId, qint64 chiefId);

    // After tip `index` (0-based, in order of receipt) was inserted with `tipId`.
    Result<void> afterTip(qint64 index, qint64 tipId, const NewTip& tip, GeneratedRows& rows);

private:
    struct OpenCase {
        qint64 id = 0;
        QDateTime opened;
        int persons = 0;
    };
    int pick(int size) { return int(m_rng.bounded(quint32(qMax(size, 1)))); }
    bool chance(int percent) { return m_rng.bounded(100U) < quint32(percent); }
    Result<void> openCase(qint64 tipId, const NewTip& tip, GeneratedRows& rows);
    Result<void> linkToRecentCase(qint64 tipId, const NewTip& tip, GeneratedRows& rows);
    Result<void> settleTip(qint64 tipId, const NewTip& tip, bool opensCase, GeneratedRows& rows);
    Result<void> addPerson(const NewTip& tip, GeneratedRows& rows);
    QString personName();

    QSqlDatabase m_db;
    GenerateCounts m_counts;
    QList<BenchPlace> m_places;
    qint64 m_officer;
    qint64 m_chief;
    QRandomGenerator m_rng;
    QHash<int, int> m_caseSeq; // year → last case seq
    QHash<int, int> m_slipSeq; // year → last forwarding slip
    QList<OpenCase> m_recent;  // the last cases opened, newest last
    Statement m_case, m_link, m_event, m_person, m_casePerson, m_settle;
};

// The body a crime tip or a case is forwarded to on a date (before and after the 2025 reform).
QString forwardBody(const QDate& on);

// The moment the generated register describes: the day after lastDay().
QDateTime generatedNow();

} // namespace binhyen::bench
