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
class MobilisedTab;
class ActivitiesTab;
class ResultsTab;
class ZaloModerationTab;

// The movement register (Phong trào): the models in force, the Zalo coverage of the hamlets, the
// mobilised residents, the activities, the results not tied to a tip and the moderation of the
// hamlet Zalo groups.
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
    MobilisedTab* m_mobilised = nullptr;
    ActivitiesTab* m_activities = nullptr;
    ResultsTab* m_results = nullptr;
    ZaloModerationTab* m_zalo = nullptr;
};

} // namespace binhyen::ui
