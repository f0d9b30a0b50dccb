#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace binhyen {

class Session;

// A tip linked to a case, as the case shows it. Never carries informant data.
struct CaseTipLink {
    qint64 tipId = 0;
    QString number;       // "TB-0004/2020"
    QDateTime receivedAt; // station time
    QString summary;
    QString hamlet; // place name without its kind; empty when none
    QString status; // tips.status code
    bool valuable = false;
    bool contributed = false; // the tip helped the case's result
    QString note;
    QDateTime linkedAt;
    QString linkedBy; // the user's full name
};

// A case a tip is linked to, as the tip shows it.
struct TipCaseLink {
    qint64 caseId = 0;
    QString number; // "VV-0001/2020"
    QString title;
    QString status; // cases.status code
    bool contributed = false;
    QString note;
};

// Links between tips and cases (tip_case_links). Each write is one transaction with a signed audit
// row on the case (entity "case", its record hash following: cases.updated_at is bumped); linking
// also writes a 'tip_linked' timeline event (case_events). Officers and chiefs link and edit a
// link's note; only chiefs unlink or mark a tip as contributing; inspectors only read.
class CaseLinkRepo {
public:
    CaseLinkRepo(QSqlDatabase db, const Clock& clock);

    // Operation::LinkTips. Refused when the link exists. The note may be empty.
    Result<void> link(const Session& session, qint64 tipId, qint64 caseId, const QString& note);
    // Operation::UnlinkTips; a reason is required.
    Result<void> unlink(const Session& chief, qint64 tipId, qint64 caseId, const QString& reason);
    // Operation::MarkContributed; a reason is required. Setting the current value writes nothing.
    Result<void> setContributed(const Session& chief, qint64 tipId, qint64 caseId, bool contributed,
                                const QString& reason);
    // Operation::LinkTips. An empty note clears it; the same note writes nothing.
    Result<void> setNote(const Session& session, qint64 tipId, qint64 caseId, const QString& note);

    // Operation::ReadRecords. Oldest link first.
    Result<QList<CaseTipLink>> linksOfCase(const Session& session, qint64 caseId) const;
    Result<QList<TipCaseLink>> linksOfTip(const Session& session, qint64 tipId) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
