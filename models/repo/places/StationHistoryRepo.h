#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/repo/accounts/StationRepo.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// One row of the station's identity history (station_identity): in force from effectiveFrom
// until the next row's date.
struct StationIdentityRow {
    qint64 id = 0;
    QDate effectiveFrom;
    StationIdentity identity; // unit name, parent body, place name, recipient, codes, province
    QString note; // why it changed ("Huyện Long Điền và huyện Đất Đỏ hợp nhất …")
};

// The station's identity over time (the 2025 reform renamed units and changed superiors). Rows
// are only added, never rewritten or deleted: a change is a new row effective from a date. The
// row in force on D is the latest with effective_from <= D. Reads need Operation::ReadRecords,
// adding Operation::EditPlaces (chiefs), one transaction with a signed audit row (entity
// "station", "station.identity.add", the new values as "after").
class StationHistoryRepo {
public:
    StationHistoryRepo(QSqlDatabase db, const Clock& clock);

    // Oldest first.
    Result<QList<StationIdentityRow>> list(const Session& session) const;
    // NotFound when no row is in force yet on `date`.
    Result<StationIdentityRow> inForceOn(const Session& session, const QDate& date) const;
    // Refuses a missing field (StationRepo::identityProblem), an invalid date, a date that
    // already has a row. An earlier date than the latest row is allowed (entering history
    // afterwards). Returns the new id.
    Result<qint64> add(const Session& chief, const StationIdentityRow& row);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
