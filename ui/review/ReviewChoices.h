#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace binhyen {
class Clock;
}

namespace binhyen::ui {

using Choices = QList<QPair<QString, QVariant>>;

// The five classifications of a tip (TipWorkflowRepo::classify codes) with their labels.
Choices classificationChoices();
// Active officers and chiefs (CaseWorkflowRepo::assignCase / assignTip), by name as stored.
Choices officerChoices(QSqlDatabase db, const Clock& clock);

} // namespace binhyen::ui
