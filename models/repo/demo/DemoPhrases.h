#pragma once

#include <QList>
#include <QStringList>

namespace binhyen::demo {

// Phrase tables of the demo register's generated months. Demo content is register data, written
// directly in Vietnamese (not UI text).
struct Scenario {
    QString category;       // categories.code
    QString classification; // tips.classification
    QString urgency;
    QStringList channels; // drawn uniformly
    int weight = 1;
    QStringList summaries;
    QStringList outcomes;
    QString resultKind; // results.kind produced when resolved; empty: none
    QString caseTitle;  // non-empty: such a tip may open a case
};

const QList<Scenario>& scenarios();
const QStringList& followUpSummaries(); // a resident's later tip that locates a suspect
const QStringList& surnames();
const QStringList& middleNames();
const QStringList& givenNames();
const QStringList& meetingTopics();
const QStringList& moderationNotes();            // for members warned
QString placeKindLabel(const QString& kindCode); // "ấp", "khu phố", ...
// A crime report (tố giác, tin báo về tội phạm, kiến nghị khởi tố): forwarded within the rule.
bool isCrime(const QString& classification);

} // namespace binhyen::demo
