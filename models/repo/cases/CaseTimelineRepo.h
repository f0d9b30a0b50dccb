#pragma once

#include "models/domain/Case.h"
#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace binhyen {

class Session;

// A case's timeline (case_events): read oldest first; add an event (one transaction: the event,
// cases.updated_at, a signed audit row "case.event" with the case's record hash).
class CaseTimelineRepo {
public:
    CaseTimelineRepo(QSqlDatabase db, const Clock& clock);

    // The kinds the register accepts (the CHECK of case_events), in timeline order of use.
    static QStringList kinds();

    // ReadRecords. Oldest first (occurred_at, then id). NotFound for an unknown case.
    Result<QList<CaseEvent>> events(const Session& session, qint64 caseId) const;
    // WriteRecords. `kind` one of kinds(); occurredAt not after now + 5 minutes nor before 1990;
    // officerId 0: none (else an existing account); tipId 0: none (else an existing tip). A closed
    // case is refused. Returns the event's id.
    Result<qint64> addEvent(const Session& session, qint64 caseId, const QString& kind,
                            const QDateTime& occurredAt, qint64 officerId, const QString& note,
                            qint64 tipId = 0);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
