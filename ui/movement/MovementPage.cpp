#include "ui/movement/MovementPage.h"

#include "ui/movement/ActivitiesTab.h"
#include "ui/movement/CoverageTab.h"
#include "ui/movement/MobilisedTab.h"
#include "ui/movement/ModelsTab.h"
#include "ui/movement/ResultsTab.h"
#include "ui/movement/ZaloModerationTab.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

MovementPage::MovementPage(QSqlDatabase db, const Clock& clock, const Session& session,
                           QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("movementPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("movementTabs"));
    m_models = new ModelsTab(db, clock, session, m_tabs);
    m_coverage = new CoverageTab(db, clock, session, m_tabs);
    m_mobilised = new MobilisedTab(db, clock, session, m_tabs);
    m_activities = new ActivitiesTab(db, clock, session, m_tabs);
    m_results = new ResultsTab(db, clock, session, m_tabs);
    m_zalo = new ZaloModerationTab(db, clock, session, m_tabs);
    m_tabs->addTab(m_models, tr("&Models"));
    m_tabs->addTab(m_coverage, tr("Zalo &coverage"));
    m_tabs->addTab(m_mobilised, tr("Mo&bilised residents"));
    m_tabs->addTab(m_activities, tr("Acti&vities"));
    m_tabs->addTab(m_results, tr("Res&ults"));
    m_tabs->addTab(m_zalo, tr("&Zalo groups: moderation"));
    connect(m_models, &ModelsTab::changed, m_coverage, &CoverageTab::reload);
    connect(m_models, &ModelsTab::changed, m_zalo, &ZaloModerationTab::reloadGroups);
    connect(m_models, &ModelsTab::changed, m_mobilised, &MobilisedTab::reload);
    connect(m_zalo, &ZaloModerationTab::changed, m_models, &ModelsTab::reload);
    connect(m_zalo, &ZaloModerationTab::changed, m_coverage, &CoverageTab::reload);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

void MovementPage::reload() {
    m_models->reload();
    m_coverage->reload();
    m_mobilised->reload();
    m_activities->reload();
    m_results->reload();
    m_zalo->reloadGroups();
}

} // namespace binhyen::ui
