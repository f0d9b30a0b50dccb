#pragma once

#include <QDateTime>
#include <QString>

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
};

} // namespace binhyen
