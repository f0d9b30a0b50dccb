#pragma once

#include "models/domain/Result.h"
#include "models/domain/TipMatching.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace binhyen::suggestions {

// Internal to SuggestionRepo: what the suggestions read of the register besides the records.

// The commune's places, which border which, and the folded words of place names (left out of
// word matching: every address names them).
struct Territory {
    struct Place {
        QString kind;
        QString name;
    };
    QHash<qint64, Place> places;
    QHash<qint64, QSet<qint64>> neighbours;
    QSet<QString> placeWords;

    QSet<qint64> neighboursOf(qint64 placeId) const { return neighbours.value(placeId); }
    // One side of a (case, tip) pair, with its hamlet's kind label and name.
    MatchSubject subject(qint64 placeId, const QDateTime& at, const QString& text) const;
};

Result<Territory> loadTerritory(QSqlDatabase db);

Error queryError(const QSqlQuery& query);
// "1,2,3" for an IN (…) list of ids.
QString idList(const QList<qint64>& ids);
// Runs `sql` with `binds` and adds the first column of every row to `into`.
Result<void> collectIds(QSqlDatabase db, const QString& sql, const QVariantList& binds,
                        QSet<qint64>& into);

// Candidates from the full-text index `table` (tip_search / case_search, rowid = `records`.id):
// the reference's licence plates anywhere (under every form the index may hold them), its words
// only among records of `placeIds`. `extra` narrows the records ("AND r.status IN …"). At most
// `limit` ids per query, newest first.
Result<void> textCandidates(QSqlDatabase db, const QString& table, const QString& records,
                            const QString& extra, const MatchText& text,
                            const QSet<qint64>& placeIds, int limit, QSet<qint64>& into);

} // namespace binhyen::suggestions
