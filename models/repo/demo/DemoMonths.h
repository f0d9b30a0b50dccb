#pragma once

#include "models/domain/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QVariantList>

namespace binhyen::demo {

// Generates the demo register's "few recent months of ordinary activity": the four months before
// the month of `now` and that month up to `now` — tips over channels, categories, hamlets and
// classifications, cases with linked tips and timelines, residents' meetings, results and Zalo
// group moderation. Deterministic for a given `now`; nothing is dated after `now`. Runs in the
// caller's transaction, after the static story (it needs its hamlets, officers and groups).
class Months {
public:
    Months(QSqlDatabase db, QDateTime now);
    Result<void> run();

private:
    struct Place {
        qint64 id = 0;
        QString kind;
        QString name;
        QString former; // the commune before 1 July 2025
        qint64 zaloGroup = 0;
    };
    struct TipPlan {
        QDateTime at;
        int scenario = 0;
        int place = 0;
        QString channel;
        QString summary;
        qint64 officer = 0;
        QDateTime forwardedAt; // crime tips: when it went to the investigating body
        int casePlan = -1;
        bool followUp = false;
        qint64 id = 0;
    };
    struct CasePlan {
        int firstTip = 0;
        int followTip = -1;
        QDateTime opened;
        QDateTime solvedAt;   // invalid: not solved
        QDateTime handedOver; // theft: suspect and file handed to the investigating body
        QDateTime closedAt;
        qint64 id = 0;
        QString number;
    };

    Result<void> load();
    void planMonth(const QDate& first);
    void planCase(int tip);
    void planQueue();
    Result<void> insertTips();
    Result<void> insertCase(CasePlan& plan);
    Result<void> insertCaseEvents(const CasePlan& plan);
    QDateTime reviewTime(const CasePlan& plan) const;
    Result<void> settleTip(const TipPlan& tip);
    Result<void> insertMonthMovement(const QDate& first);
    Result<qint64> exec(const QString& sql, const QVariantList& values);

    QDateTime randomTimeIn(const QDate& first, const QDate& last);
    QString address(const Place& place, const QDateTime& at) const;
    static QString forwardBody(const QDate& on);
    QString personName();
    qint64 officer() { return m_officers.at(m_rng.bounded(int(m_officers.size()))); }
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    QString text(const QDateTime& at) const;

    QSqlDatabase m_db;
    QDateTime m_now;
    QRandomGenerator m_rng;
    QList<Place> m_places;
    QList<qint64> m_officers;
    qint64 m_chief = 0;
    int m_forwardHours = 24;
    int m_immediateHours = 1;
    QList<TipPlan> m_tips;
    QList<CasePlan> m_cases;
    QHash<int, int> m_slips; // forward slip numbers per year
};

} // namespace binhyen::demo
