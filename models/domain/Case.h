#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace binhyen {

// A case / incident (vụ việc) as the lists show it. status is the register's code; the UI
// translates it.
struct CaseRow {
    qint64 id = 0;
    QString number;       // "VV-0003/2020": per-year sequence, derived
    QDateTime openedAt;   // station time; the month in which the case counts as new
    QDateTime occurredAt; // invalid when unknown
    QString title;
    QString caseType; // Vietnamese label from the categories table
    QString hamlet;   // place name without its kind; empty when not a hamlet
    QString status;   // verifying | clarified | forwarded | suspended | closed
    bool solved = false;
    int linkedTips = 0;
    int contributedTips = 0; // linked tips that contributed to the result
    QString reviewStatus;    // empty | pending | approved | returned (the chief's review)
};

// Which cases a list shows (CaseRepo::list). Every condition is optional.
struct CaseFilter {
    QString status;                 // empty: any; else one of CaseRow::status
    qint64 assignedOfficerId = 0;   // 0: any officer (or none)
    QString text;                   // accent-blind query over case_search; empty: no text condition
    bool reviewPendingOnly = false; // only cases whose closure waits for a chief (review 'pending')
    int limit = 500;                // <= 0: no limit
};

// Every column of one case (CaseRepo::get). Ids are 0 and times invalid when not set.
struct CaseDetail {
    qint64 id = 0;
    QString number; // "VV-0001/2020"
    int year = 0;
    int seq = 0;
    QString title;
    QString caseTypeCode;  // categories.code
    QString caseTypeLabel; // categories.label (Vietnamese)
    QDateTime occurredAt;
    QDateTime openedAt;
    qint64 placeId = 0;
    QString placeName; // without its kind: "Cây Cám"
    QString address;
    QString summary;
    qint64 assignedOfficerId = 0;
    QString assignedOfficerName;
    QString status; // verifying | clarified | forwarded | suspended | closed
    QString outcome;
    bool solved = false;
    QDateTime solvedAt;
    QDateTime closedAt;
    QString reviewStatus; // empty | pending | approved | returned
    QString reviewComment;
    qint64 reviewedBy = 0;
    QString reviewedByName;
    QDateTime reviewedAt;
    qint64 closureProposedBy = 0;
    QString closureProposedByName;
    QDateTime closureProposedAt;
    std::optional<bool> proposedSolved; // what the closure proposal said; unset without one
    qint64 createdBy = 0;
    QString createdByName;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// A new case, or the edited fields of one (CaseRepo::create / update). The register assigns the
// number (next sequence of the year of the opening time), opened_at (the clock) and the status
// 'verifying'.
struct NewCase {
    QString title;
    QString caseType = QStringLiteral("other"); // categories.code
    QDateTime occurredAt;                       // invalid when unknown
    std::optional<qint64> placeId;              // hamlet
    QString address;
    QString summary;
    qint64 assignedOfficerId = 0; // 0: none (create only; update keeps it — use assignCase)
};

// One step of a case's timeline (case_events).
struct CaseEvent {
    qint64 id = 0;
    QDateTime occurredAt;
    QString kind; // tip_linked | call | scene_visit | camera_extract | zalo_notice |
                  // suspect_located | brought_in | statement | handed_over | outcome | review |
                  // other (CaseLabels.h: caseEventKindLabel)
    qint64 officerId = 0;
    QString officerName;
    qint64 tipId = 0;
    QString tipNumber; // "TB-0004/2020"; empty without a tip
    QString note;
};

// One line of the chief's review queue (ReviewQueueRepo).
struct ReviewItem {
    QString kind; // "tip" | "case"
    qint64 id = 0;
    QString number; // "TB-0004/2020" | "VV-0001/2020"
    QString text;   // one line: the tip's summary or the case's title
    QString hamlet; // place name without its kind; empty when none
    QDateTime at;   // the deadline (due tips), the proposal time (proposals), else received_at
    QString person; // the proposer (proposals) or the officer in charge (tips: assigned, else
                    // receiving officer)
};

// What waits for a chief.
struct ReviewQueue {
    QList<ReviewItem> unclassified;      // tips not yet classified, not closed; oldest first
    QList<ReviewItem> dueSoon;           // new/verifying tips due within 24 h or overdue; soonest
    QList<ReviewItem> valuableProposals; // tips proposed as valuable, not yet confirmed
    QList<ReviewItem> closureProposals;  // cases whose closure waits (review 'pending')
};

} // namespace binhyen
