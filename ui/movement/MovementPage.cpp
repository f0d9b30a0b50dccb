#include "ui/movement/MovementPage.h"

#include "ui/movement/CoverageTab.h"
#include "ui/movement/ModelsTab.h"

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
    m_tabs->addTab(m_models, tr("&Models"));
    m_tabs->addTab(m_coverage, tr("Zalo &coverage"));
    connect(m_models, &ModelsTab::changed, m_coverage, &CoverageTab::reload);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
}

void MovementPage::reload() {
    m_models->reload();
    m_coverage->reload();
}

} // namespace binhyen::ui
