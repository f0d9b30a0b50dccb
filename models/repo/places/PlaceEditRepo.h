#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace binhyen {

class Session;

// One row of places: a hamlet / neighbourhood under one name for a period. valid_to is the last
// day the row is valid (inclusive); invalid: still valid. A row is valid on D when
// valid_from <= D and (valid_to IS NULL or valid_to >= D).
struct PlaceVersion {
    qint64 id = 0;
    QString kind;      // ap | khu_pho | thon | to_dan_pho
    QString kindLabel; // translated (PlaceRepo::kindLabel)
    QString name;      // without the kind
    int households = 0;
    QString communeCode;
    QDate validFrom;
    QDate validTo;
    QString note;
};

struct NewPlace {
    QString kind = QStringLiteral("ap");
    QString name;
    int households = 0;  // >= 0
    QString communeCode; // digits; empty: the commune code of the station identity in force
    QDate validFrom;
    QString note;
};

// The commune's hamlets as a chief edits them. Old records keep the old name: a rename closes the
// old row (valid_to = the day before) and opens a new row from the date; nothing is rewritten.
// Writes need Operation::EditPlaces (chiefs), reads ReadRecords; each write one transaction with
// a signed audit row, entity "place" ("place.create", "place.rename", "place.households",
// "place.close").
class PlaceEditRepo {
public:
    PlaceEditRepo(QSqlDatabase db, const Clock& clock);

    // Refuses a kind not in the list, an empty name, negative households, a name already used by
    // a hamlet valid on validFrom.
    Result<qint64> add(const Session& chief, const NewPlace& place);
    // From `from` on the hamlet is called `newName` (and `newKind`, empty: unchanged). The old row
    // gets valid_to = from - 1 day; a new row (same households, commune code, note saying what it
    // was called before) is valid from `from`. The movement models still running on `from`
    // (ended_on IS NULL or > from) and the neighbours are carried over to the new row, so
    // coverage and suggestions go on. `from` must be after the old row's valid_from, the old row
    // still valid on `from`. Returns the new row's id.
    Result<qint64> rename(const Session& chief, qint64 placeId, const QString& newName,
                          const QDate& from, const QString& newKind = {});
    // The hamlet's total households (a current figure, changed in place, audited before/after).
    Result<void> setHouseholds(const Session& chief, qint64 placeId, int households);
    // The hamlet ceases (merged, dissolved): valid_to = lastDay (>= valid_from).
    Result<void> close(const Session& chief, qint64 placeId, const QDate& lastDay);

    // Rows valid on `date`, by id.
    Result<QList<PlaceVersion>> validOn(const Session& session, const QDate& date) const;
    // Every row, old names too, by name then valid_from.
    Result<QList<PlaceVersion>> all(const Session& session) const;
    Result<PlaceVersion> get(const Session& session, qint64 placeId) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
