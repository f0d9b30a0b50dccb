#pragma once

#include "models/domain/Clock.h"
#include "models/domain/MonthFigures.h"
#include "models/domain/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// The month's statistics as one JSON document (docs/INDICATORS.md): what `binhyen stats` prints
// and what the report package uses. Keys: "format" (1), "month", "locked", every figure key
// (monthfigures::toJson), "number" (the issued report's, when locked) and "adjustments" (when
// any). A locked month shows its figures as issued (the latest correction, if one was issued);
// another month its figures computed now.
class MonthlyStatistics {
public:
    static constexpr int kFormat = 1;

    MonthlyStatistics(QSqlDatabase db, const Clock& clock);

    // Needs ReadRecords.
    Result<QJsonObject> document(const Session& session, const QString& month) const;

    // The pure assembly of the document.
    static QJsonObject assemble(const QString& month, const QJsonObject& figures, bool locked,
                                const QString& number, const QList<FigureDifference>& adjustments);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
