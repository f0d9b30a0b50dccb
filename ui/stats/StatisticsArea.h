#pragma once

class QWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class StatisticsPage;

// The page of the main window's "Statistics & reports" area (session may be null: no user yet).
QWidget* createStatisticsArea(Register& reg, const Clock& clock, Session* session, QWidget* parent);
// The statistics page inside an area made by createStatisticsArea (to connect its signals
// openTip, openCase and reportRequested); null for another widget.
StatisticsPage* statisticsPageOf(QWidget* area);

} // namespace binhyen::ui
