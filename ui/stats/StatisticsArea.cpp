#include "ui/stats/StatisticsArea.h"

#include "ui/main/Scrollable.h"
#include "ui/stats/StatisticsPage.h"

namespace binhyen::ui {

QWidget* createStatisticsArea(Register& reg, const Clock& clock, Session* session,
                              QWidget* parent) {
    return scrollable(new StatisticsPage(reg, clock, session), parent);
}

StatisticsPage* statisticsPageOf(QWidget* area) {
    return area ? area->findChild<StatisticsPage*>() : nullptr;
}

} // namespace binhyen::ui
