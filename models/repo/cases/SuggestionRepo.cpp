#include "models/repo/cases/SuggestionRepo.h"

#include "models/domain/StationTime.h"
#include "models/domain/TipMatching.h"
#include "models/repo/cases/SuggestionSources.h"
#include "models/security/Permissions.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace binhyen {

using namespace suggestions;

namespace {

constexpr int kTipLimit = 20;
constexpr int kCaseLimit = 10;
constexpr int kTimeCandidates = 2000; // tips or cases received / occurred in the window
constexpr int kTextCandidates = 500;  // matches of the full-text index
constexpr int kChunk = 400;           // ids per IN (…) list

const QString kOpenCaseStatuses =
    QStringLiteral("('verifying', 'clarified', 'forwarded', 'suspended')");

template <typename Row> void rank(QList<QPair<Row, qint64>>& rows, int limit) {
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        if (a.first.reasons.size() != b.first.reasons.size())
            return a.first.reasons.size() > b.first.reasons.size();
        return a.second < b.second;
    });
    if (rows.size() > limit)
        rows.resize(limit);
}

QString windowText(const QDateTime& at, qint64 hours) {
    return stationTimeText(at.addSecs(hours * 3600));
}

} // namespace

SuggestionRepo::SuggestionRepo(QSqlDatabase db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock) {}

Result<QList<TipSuggestion>>
SuggestionRepo::suggestTipsForCase(const Session& session, qint64 caseId,
                                   const SuggestionOptions& options) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    auto territory = loadTerritory(m_db);
    if (!territory)
        return territory.error();
    const Territory& land = territory.value();

    QSqlQuery c(m_db);
    c.setForwardOnly(true);
    c.prepare(QStringLiteral("SELECT coalesce(occurred_at, opened_at), place_id, title, "
                             "coalesce(summary, ''), status FROM cases WHERE id = ?"));
    c.addBindValue(caseId);
    if (!c.exec())
        return queryError(c);
    if (!c.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("SuggestionRepo", "There is no such case."));
    if (c.value(4).toString() == QLatin1String("closed"))
        return QList<TipSuggestion>();
    const QDateTime occurred = stationTimeFromText(c.value(0).toString());
    const qint64 placeId = c.value(1).toLongLong();
    const MatchSubject kase = land.subject(
        placeId, occurred, c.value(2).toString() + QStringLiteral(". ") + c.value(3).toString());
    const QSet<qint64> neighbours = land.neighboursOf(placeId);

    QSet<qint64> ids;
    if (occurred.isValid()) {
        if (auto ok = collectIds(m_db,
                                 QStringLiteral("SELECT id FROM tips WHERE received_at >= ? AND "
                                                "received_at <= ? ORDER BY received_at LIMIT ?"),
                                 {windowText(occurred, -options.hoursBefore),
                                  windowText(occurred, options.hoursAfter), kTimeCandidates},
                                 ids);
            !ok)
            return ok.error();
    }
    QSet<qint64> places = neighbours;
    if (placeId != 0)
        places.insert(placeId);
    if (auto ok = textCandidates(m_db, QStringLiteral("tip_search"), QStringLiteral("tips"), {},
                                 kase.text, places, kTextCandidates, ids);
        !ok)
        return ok.error();
    QSet<qint64> linked;
    if (auto ok =
            collectIds(m_db, QStringLiteral("SELECT tip_id FROM tip_case_links WHERE case_id = ?"),
                       {caseId}, linked);
        !ok)
        return ok.error();
    ids.subtract(linked);

    QList<QPair<TipSuggestion, qint64>> found;
    QList<qint64> all = ids.values();
    std::sort(all.begin(), all.end());
    for (qsizetype from = 0; from < all.size(); from += kChunk) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, number, received_at, place_id, summary, "
                                   "coalesce(details, ''), status FROM tips WHERE id IN (%1) "
                                   "AND (closure IS NULL OR closure <> 'duplicate')")
                        .arg(idList(all.mid(from, kChunk)))))
            return queryError(q);
        while (q.next()) {
            const QDateTime received = stationTimeFromText(q.value(2).toString());
            const qint64 tipPlace = q.value(3).toLongLong();
            const MatchSubject tip =
                land.subject(tipPlace, received,
                             q.value(4).toString() + QStringLiteral(". ") + q.value(5).toString());
            auto why = tipmatching::reasons(kase, neighbours, tip, options);
            if (!tipmatching::isSuggested(why))
                continue;
            TipSuggestion s;
            s.tipId = q.value(0).toLongLong();
            s.number = q.value(1).toString();
            s.receivedAt = received;
            s.hamlet = land.places.value(tipPlace).name;
            s.summary = q.value(4).toString();
            s.status = q.value(6).toString();
            s.reasons = std::move(why);
            const qint64 distance = occurred.isValid() ? qAbs(occurred.secsTo(received)) : 0;
            found.append({std::move(s), distance});
        }
    }
    rank(found, kTipLimit);
    QList<TipSuggestion> out;
    for (auto& f : found)
        out.append(std::move(f.first));
    return out;
}

Result<QList<CaseSuggestion>>
SuggestionRepo::suggestCasesForTip(const Session& session, qint64 tipId,
                                   const SuggestionOptions& options) const {
    if (auto allowed = require(session, Operation::ReadRecords); !allowed)
        return allowed.error();
    auto territory = loadTerritory(m_db);
    if (!territory)
        return territory.error();
    const Territory& land = territory.value();

    QSqlQuery t(m_db);
    t.setForwardOnly(true);
    t.prepare(QStringLiteral(
        "SELECT received_at, place_id, summary, coalesce(details, '') FROM tips WHERE id = ?"));
    t.addBindValue(tipId);
    if (!t.exec())
        return queryError(t);
    if (!t.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("SuggestionRepo", "There is no such tip."));
    const QDateTime received = stationTimeFromText(t.value(0).toString());
    const qint64 tipPlace = t.value(1).toLongLong();
    const MatchSubject tip = land.subject(
        tipPlace, received, t.value(2).toString() + QStringLiteral(". ") + t.value(3).toString());
    const QSet<qint64> tipNeighbours = land.neighboursOf(tipPlace);

    // A case occurring at O takes tips received in [O - before, O + after]: so O lies in
    // [received - after, received + before].
    QSet<qint64> ids;
    if (received.isValid()) {
        if (auto ok = collectIds(
                m_db,
                QStringLiteral("SELECT id FROM cases WHERE status IN %1 AND "
                               "coalesce(occurred_at, opened_at) BETWEEN ? AND ? LIMIT ?")
                    .arg(kOpenCaseStatuses),
                {windowText(received, -options.hoursAfter),
                 windowText(received, options.hoursBefore), kTimeCandidates},
                ids);
            !ok)
            return ok.error();
    }
    QSet<qint64> places = tipNeighbours;
    if (tipPlace != 0)
        places.insert(tipPlace);
    if (auto ok = textCandidates(m_db, QStringLiteral("case_search"), QStringLiteral("cases"),
                                 QStringLiteral("AND r.status IN ") + kOpenCaseStatuses, tip.text,
                                 places, kTextCandidates, ids);
        !ok)
        return ok.error();
    QSet<qint64> linked;
    if (auto ok =
            collectIds(m_db, QStringLiteral("SELECT case_id FROM tip_case_links WHERE tip_id = ?"),
                       {tipId}, linked);
        !ok)
        return ok.error();
    ids.subtract(linked);

    QList<QPair<CaseSuggestion, qint64>> found;
    QList<qint64> all = ids.values();
    std::sort(all.begin(), all.end());
    for (qsizetype from = 0; from < all.size(); from += kChunk) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, number, title, coalesce(summary, ''), "
                                   "coalesce(occurred_at, opened_at), place_id, status FROM cases "
                                   "WHERE id IN (%1) AND status IN %2")
                        .arg(idList(all.mid(from, kChunk)), kOpenCaseStatuses)))
            return queryError(q);
        while (q.next()) {
            const QDateTime occurred = stationTimeFromText(q.value(4).toString());
            const qint64 casePlace = q.value(5).toLongLong();
            const MatchSubject kase =
                land.subject(casePlace, occurred,
                             q.value(2).toString() + QStringLiteral(". ") + q.value(3).toString());
            // Bordering is symmetric: the case's neighbours hold the tip's hamlet exactly when
            // the tip's neighbours hold the case's.
            QSet<qint64> caseNeighbours;
            if (casePlace != 0 && tipNeighbours.contains(casePlace))
                caseNeighbours.insert(tipPlace);
            auto why = tipmatching::reasons(kase, caseNeighbours, tip, options);
            if (!tipmatching::isSuggested(why))
                continue;
            CaseSuggestion s;
            s.caseId = q.value(0).toLongLong();
            s.number = q.value(1).toString();
            s.title = q.value(2).toString();
            s.occurredAt = occurred;
            s.hamlet = land.places.value(casePlace).name;
            s.status = q.value(6).toString();
            s.reasons = std::move(why);
            const qint64 distance = received.isValid() ? qAbs(occurred.secsTo(received)) : 0;
            found.append({std::move(s), distance});
        }
    }
    rank(found, kCaseLimit);
    QList<CaseSuggestion> out;
    for (auto& f : found)
        out.append(std::move(f.first));
    return out;
}

} // namespace binhyen
