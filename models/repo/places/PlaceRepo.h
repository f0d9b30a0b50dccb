#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace binhyen {

class Session;

// A hamlet / neighbourhood of the commune as lists show it.
struct PlaceRow {
    qint64 id = 0;
    QString kind;      // ap | khu_pho | thon | to_dan_pho
    QString name;      // without the kind: "Cây Cám"
    QString kindLabel; // translated: "ấp", "khu phố", "thôn", "tổ dân phố"
    int households = 0;
};

// The commune's places and which of them border each other (place_neighbours, one row per pair,
// smaller id first).
class PlaceRepo {
public:
    PlaceRepo(QSqlDatabase db, const Clock& clock);

    // "ấp", "khu phố", "thôn", "tổ dân phố" (translated, lower case); an unknown code as it is.
    static QString kindLabel(const QString& kindCode);

    // Operation::ReadRecords. Places in force today (valid_from not in the future, valid_to empty
    // or not past), in the order they were entered.
    Result<QList<PlaceRow>> hamlets(const Session& session) const;
    // Operation::ReadRecords. The ids of the places bordering `placeId`, ascending.
    Result<QList<qint64>> neighbours(const Session& session, qint64 placeId) const;
    // Operation::EditPlaces. Replaces the place's neighbours (an audited "place.neighbours" row
    // with the names before and after, one transaction). Refuses the place itself and unknown ids.
    Result<void> setNeighbours(const Session& chief, qint64 placeId,
                               const QList<qint64>& neighbourIds);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
