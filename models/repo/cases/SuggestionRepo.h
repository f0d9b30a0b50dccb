#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"
#include "models/domain/Suggestion.h"

#include <QList>
#include <QSqlDatabase>

namespace binhyen {

class Session;

// Suggestions of tips for an open case and of open cases for a tip (TipMatching.h has the
// rules): a candidate is suggested when it was received within the window around the occurrence
// and one more reason applies (same or neighbouring hamlet, shared words), or when it shares a
// licence plate. Tips closed as duplicates and tips or cases already linked are never suggested;
// closed cases neither (a closed case gets no suggestions). Ranked by the number of reasons, then
// by closeness in time. Operation::ReadRecords.
class SuggestionRepo {
public:
    SuggestionRepo(QSqlDatabase db, const Clock& clock);

    // At most 20 tips.
    Result<QList<TipSuggestion>> suggestTipsForCase(const Session& session, qint64 caseId,
                                                    const SuggestionOptions& options = {}) const;
    // At most 10 open cases; the same rules the other way round.
    Result<QList<CaseSuggestion>> suggestCasesForTip(const Session& session, qint64 tipId,
                                                     const SuggestionOptions& options = {}) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
