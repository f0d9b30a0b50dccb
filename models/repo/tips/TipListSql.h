#pragma once

#include "models/repo/tips/TipListRepo.h"

#include <QStringList>
#include <QVariantList>
#include <optional>

namespace binhyen::tiplist {

// One SELECT over the tips a filter shows: its FROM, its conditions and their bound values.
struct Branch {
    QString from;
    QStringList where;
    QVariantList binds;
    // Equalities on one indexed column each (status, channel, classification, category, hamlet,
    // officer), with their values. A count with two or more intersects their indexes
    // (`+t.id IN (SELECT id …)`: index entries only) instead of reading every row of the first.
    QStringList keyed;
    QList<QVariantList> keyedBinds;
    // The FROM of a count. For a search: the full-text index alone unless other conditions need
    // the tips; its keyed equalities are then all tested as `+s.rowid IN (…)`, so the count
    // walks the matches once instead of running the search again for every tip of an index.
    QString countFrom;
    // Dates or the legal clock: a range on tips_received or tips_status drives the query (its
    // cost grows with the rows in the range), and the keyed equalities are only tested
    // (`+t.column = ?`), never walked over the whole register.
    bool ranged = false;
    // The legal clock alone (no dates): in counts and jumps with keyed equalities, the open tips
    // with a deadline are tested as a list (`+t.id IN (…)`) while a keyed index drives — never
    // a row read from the table for each open tip.
    bool clockList = false;
};

// A filter as SQL that an index can serve in the list's order (the id, newest first unless
// oldestFirst), so that pages are read by keyset and counts walk an index, never the table:
// - one branch; or, for an officer, two disjoint branches (received by the officer; recorded by
//   the officer and received by someone else) whose ids are merged in order (UNION ALL with
//   ORDER BY: a merge of two index-ordered scans, never a sort);
// - accent-blind search drives the query from the full-text index in rowid order.
// The indexes that serve each filter: migration 10
// (resources/migrations/0010_tip_list_indexes.sql).
struct Query {
    QString key; // the id column that orders the list: "t.id" or "s.rowid"
    QList<Branch> branches;
    bool nothing = false; // a search with nothing searchable in it: no rows (never an FTS error)
};

Query build(const TipFilter& filter);

// Extra conditions on the key for every branch: `key op ?` for each pair (op, value).
struct KeyBound {
    QString op; // "<", ">", "=", "<=", ">="
    qint64 value = 0;
};

// SELECT of the count of the rows that also pass `bounds`; binds appended to *binds.
QString countSql(const Query& query, const QList<KeyBound>& bounds, QVariantList* binds);
// SELECT of the ids (column "id") in the given order that pass `bounds`, with "LIMIT ? OFFSET ?"
// at the end (the caller binds limit and offset after *binds). With `intersect` (a jump, with an
// OFFSET), the keyed equalities are intersected as in a count: the OFFSET then steps over index
// entries only, never over rows read from the table.
QString idsSql(const Query& query, bool descending, const QList<KeyBound>& bounds,
               QVariantList* binds, bool intersect = false);

} // namespace binhyen::tiplist
