#pragma once

#include "models/domain/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace binhyen {

class Session;

// One record behind a figure. Never informant data: a tip shows its number, received time,
// channel, hamlet and the first words of its summary; a suspect shows the case, not the person.
struct DrillRecord {
    // What the row is: "tip", "case", "suspect" (a case_persons row), "result", "model",
    // "place", "moderation" (zalo_moderation), "activity".
    QString kind;
    qint64 id = 0;     // the row's id in its table
    QString number;    // "TB-0012/2020", "VV-0003/2020"; empty for other kinds
    QString when;      // station time "YYYY-MM-DDTHH:MM:SS" or a date "YYYY-MM-DD" (the date that
                       // puts the record in the month); empty for hamlets
    QString title;     // tip: the summary's first words; case/suspect: the case's title; model /
                       // hamlet / moderation: the name (Zalo group's name); result: its kind label
    QString place;     // the hamlet ("ấp Cây Cám"), when known
    QString detail;    // tip: channel label; case: status label; model: type label; result: note
    qint64 amount = 1; // what the record adds to the figure (1, or a count, households, đồng …)
    // The record the UI opens: "tip" or "case" with its id (a suspect opens its case, a result
    // recorded with a tip's outcome its tip); empty when there is nothing to open.
    QString opens;
    qint64 opensId = 0;
};

// The records that make one figure of a month.
struct DrillList {
    QString month; // "YYYY-MM"
    QString key;   // the indicator's key path (docs/INDICATORS.md), e.g. "tips_by_channel.zalo"
    QList<DrillRecord> records;
    // Sum of the records' amounts: always equals the figure's value for the month.
    qint64 total() const;
    // True when the figure is a sum of amounts (households, attendance, đồng, counts of results)
    // rather than a count of records.
    bool summed = false;
};

// "Clicking a figure lists the records behind it" (issue 6 item 5): for a month and an indicator
// key, the rows the figure counts, by the very definitions of docs/INDICATORS.md (the same
// WHERE clauses as StatsRepo). Needs ReadRecords; an unknown key or month is InvalidInput.
class StatsDrillRepo {
public:
    explicit StatsDrillRepo(QSqlDatabase db);

    Result<DrillList> records(const Session& session, const QString& month,
                              const QString& key) const;

    // At most this many words of a tip's summary are shown.
    static constexpr int kSummaryWords = 8;
    static QString firstWords(const QString& text);

private:
    QSqlDatabase m_db;
};

} // namespace binhyen
