#pragma once

#include <QString>
#include <QStringList>

namespace binhyen {

// User-facing labels of the case codes, in the user's language (context "CaseLabels"). Case
// statuses: caseStatusLabel in Labels.h. An unknown code is shown as it is.
QString caseEventKindLabel(const QString& kind);    // case_events.kind
QString caseReviewStatusLabel(const QString& code); // pending | approved | returned
// The statuses an open case can be set to (CaseWorkflowRepo::setStatus), in workflow order.
QStringList openCaseStatuses();

} // namespace binhyen
