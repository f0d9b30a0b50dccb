#pragma once

#include "models/domain/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace binhyen {

// The station as documents name it (one station_identity row per change, effective from a date).
struct StationIdentity {
    QString unitName;        // "CÔNG AN XÃ ĐẤT ĐỎ"
    QString parentBody;      // "CÔNG AN HUYỆN ĐẤT ĐỎ"
    QString placeName;       // date line: "Đất Đỏ, ngày …"
    QString reportRecipient; // "Công an huyện Đất Đỏ"
    QString communeCode;     // digits
    QString provinceCode;    // digits
    QString provinceName;    // "Bà Rịa - Vũng Tàu"
};

// A hamlet or neighbourhood as stored in places: kind code and the name without the kind.
struct Hamlet {
    QString kind; // ap, khu_pho, thon, to_dan_pho
    QString name; // "Cây Cám"
};

// The station's identity, its hamlets and the session settings a chief sets.
class StationRepo {
public:
    explicit StationRepo(QSqlDatabase db);

    // A translated explanation of the first missing or malformed field; empty when acceptable.
    static QString identityProblem(const StationIdentity& identity);
    // "Ấp Cây Cám" → {ap, "Cây Cám"}; "Khu phố 3" → {khu_pho, "3"}; no known prefix → ấp.
    static Hamlet hamletFromLine(const QString& line);

    // First run: the first station_identity row and one places row per non-empty hamlet line,
    // in one transaction.
    Result<void> setUp(const StationIdentity& identity, const QStringList& hamletLines,
                       const QDate& effectiveFrom);
    // The identity in force today (nullopt when the station has not been set up).
    Result<std::optional<StationIdentity>> current(const QDate& on) const;
    Result<QList<Hamlet>> hamlets() const;

    // settings 'session.idle_lock_minutes' (default 15, never more than 30).
    int idleLockMinutes() const;

private:
    QSqlDatabase m_db;
};

} // namespace binhyen
