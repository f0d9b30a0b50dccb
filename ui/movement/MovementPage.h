#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QTabWidget;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class ModelsTab;
class CoverageTab;

// The movement register (Phong trào): the models in force and the Zalo coverage of the hamlets.
class MovementPage : public QWidget {
    Q_OBJECT
public:
    MovementPage(QSqlDatabase db, const Clock& clock, const Session& session,
                 QWidget* parent = nullptr);

    void reload();

private:
    QTabWidget* m_tabs = nullptr;
    ModelsTab* m_models = nullptr;
    CoverageTab* m_coverage = nullptr;
};

} // namespace binhyen::ui
