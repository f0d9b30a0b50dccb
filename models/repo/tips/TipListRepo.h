#pragma once

#include "models/domain/Result.h"
#include "models/domain/Tip.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace binhyen {

// Which tips a list shows. Empty fields do not filter. Tips are ordered by id (the order of
// entry): newest first unless oldestFirst.
struct TipFilter {
    enum class Due { Any, Within24Hours, Overdue };

    QString status;
    QString channel;
    QString classification; // "none": not classified yet
    QString categoryCode;
    std::optional<qint64> placeId;
    std::optional<qint64> officerId; // receiving officer or the user who recorded it
    QDate from;                      // received on or after (station date)
    QDate to;                        // received on or before
    Due due = Due::Any;              // only open tips (new, verifying) have a running clock
    QDateTime now;                   // station time that `due` is measured against
    QString search;                  // accent-blind words (SearchText.h)
    bool oldestFirst = false;

    bool operator==(const TipFilter&) const = default;
};

struct TipListRow {
    TipRow tip;
    QString classification;
    QDateTime dueAt; // the next legal deadline; invalid when none
};

struct TipChoice {
    QString code; // category code, or the id of a hamlet or an officer as text
    QString label;
};

struct TipFilterChoices {
    QList<TipChoice> categories;
    QList<TipChoice> hamlets;
    QList<TipChoice> officers;
};

struct TipDeskCounts {
    qint64 today = 0;
    qint64 thisMonth = 0;
    qint64 unclassified = 0; // new tips not yet classified
    qint64 dueSoon = 0;      // due within 24 hours
    qint64 overdue = 0;
};

// Filtered, windowed reading of the tips register for lists over a million rows: counts, and
// pages fetched by keyset (after an id) or by offset over the id order, each served by an index
// in the list's order (TipListSql.h; the indexes of migration 10). Accent-blind search
// drives the query from the full-text index in rowid order (STACK-NOTES "Ranking").
class TipListRepo {
public:
    explicit TipListRepo(QSqlDatabase db);

    Result<qint64> count(const TipFilter& filter) const;
    // Rows [offset, offset + limit) of the filter's order. With `afterId`, the rows that follow
    // that id in the filter's order (offset is then ignored): the cheap way to read on.
    Result<QList<TipListRow>> page(const TipFilter& filter, qint64 offset, int limit,
                                   std::optional<qint64> afterId = std::nullopt) const;
    // The same rows when the filter's count `total` is already known: a page past the middle is
    // read as the start of the reversed order (the last page: LIMIT `limit`, no OFFSET), and the
    // whole register's pages from the id range while its ids have no gaps.
    Result<QList<TipListRow>> pageOf(const TipFilter& filter, qint64 total, qint64 offset,
                                     int limit) const;
    // The row number of a tip in the filter's order (-1 when the filter does not show it).
    Result<qint64> position(const TipFilter& filter, qint64 tipId) const;

    Result<TipFilterChoices> choices() const;
    // Dashboard counts at `now`; with officerId, only that officer's tips.
    Result<TipDeskCounts> deskCounts(const QDateTime& now, std::optional<qint64> officerId) const;

private:
    QSqlDatabase m_db;
};

} // namespace binhyen
