#pragma once

class QWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The page of the main window's "Statistics & reports" area (session may be null: no user yet).
QWidget* createStatisticsArea(Register& reg, const Clock& clock, Session* session, QWidget* parent);

} // namespace binhyen::ui
