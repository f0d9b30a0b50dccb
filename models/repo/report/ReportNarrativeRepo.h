#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

namespace binhyen {

class Session;

// The words of a month's report that a person writes (DOMAIN-VN.md §3): I. the situation,
// III. shortcomings, IV. next month's tasks, the recipients ("Nơi nhận") and who signs.
struct ReportNarrative {
    QString month; // "YYYY-MM"
    QString situation;
    QString shortcomings;
    QString tasks;
    QStringList recipients; // one per entry, without "- " and without "Lưu: VT."
    qint64 signerId = 0;    // 0: the chief who issues (or prints) the report
    // Set when read back: 0 / invalid when the month has no saved text yet.
    qint64 id = 0;
    QDateTime savedAt;
    qint64 savedBy = 0;
};

// Who signs: the names and titles the signature block prints (users table).
struct ReportSigner {
    qint64 userId = 0;
    QString fullName;
    QString rank;
    QString position; // "Trưởng Công an xã", "Phó Trưởng Công an xã"
};

// Table report_narratives (migration 9): each save is a new row, the latest of a month is in
// force; rows are never changed. Reads need ReadRecords; a save needs WriteRecords and is one
// transaction with a signed "report.narrative" audit row.
class ReportNarrativeRepo {
public:
    ReportNarrativeRepo(QSqlDatabase db, const Clock& clock);

    // The latest text of the month; a narrative with id 0 and empty texts when none was saved.
    Result<ReportNarrative> latest(const Session& session, const QString& month) const;
    // Saves a new version. Refuses an invalid month, a text over 20,000 characters, a signer who
    // is not an active chief.
    Result<ReportNarrative> save(const Session& session, const ReportNarrative& narrative);
    // Active chiefs, by name: the people who may sign.
    Result<QList<ReportSigner>> signers(const Session& session) const;
    // One user as a signer (NotFound when unknown).
    Result<ReportSigner> signer(const Session& session, qint64 userId) const;

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
