// When each page of the main window reads the register: when it is shown (MainWindow.h).
#include "ui/cases/CaseListPage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/main/MainWindow.h"
#include "ui/main/TipListPage.h"
#include "ui/movement/MovementArea.h"
#include "ui/persons/PeoplePage.h"
#include "ui/review/ReviewPage.h"

#include <QEvent>
#include <QLayout>
#include <QStackedWidget>

namespace binhyen::ui {

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Show) {
        const int area = m_stack->indexOf(qobject_cast<QWidget*>(watched));
        if (area == People)
            m_stale[People] = false; // the people page searches again itself when shown
        else if (area == Movement)
            buildMovement();
        else if (area >= 0)
            refresh(Area(area));
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::refresh(Area area) {
    if (!m_stale[area])
        return;
    m_stale[area] = false;
    switch (area) {
    case Dashboard:
        m_dashboard->reload();
        break;
    case Tips:
        m_tipPage->reload();
        break;
    case Cases:
        m_casePage->reload();
        break;
    case Review:
        if (auto* review = qobject_cast<ReviewPage*>(m_reviewPage))
            review->reload();
        break;
    case People:
        m_peoplePage->reload();
        break;
    default: // movement and statistics read on their own
        break;
    }
}

void MainWindow::buildMovement() {
    if (!m_movement->layout()->isEmpty())
        return;
    QWidget* area = createMovementArea(m_register, *m_clock, m_session, m_movement);
    m_movement->layout()->addWidget(area);
    area->show();
}

bool MainWindow::isStale(Area area) const {
    return m_stale[area];
}

TipListPage* MainWindow::tipPage() {
    refresh(Tips);
    return m_tipPage;
}

DashboardPage* MainWindow::dashboard() {
    refresh(Dashboard);
    return m_dashboard;
}

CaseListPage* MainWindow::casePage() {
    refresh(Cases);
    return m_casePage;
}

PeoplePage* MainWindow::peoplePage() {
    refresh(People);
    return m_peoplePage;
}

QWidget* MainWindow::reviewPage() {
    refresh(Review);
    return m_reviewPage;
}

void MainWindow::reload() {
    m_stale.fill(true);
    refreshShown();
    Q_EMIT reloaded();
}

void MainWindow::changedOn(Area area) {
    m_stale.fill(true);
    m_stale[area] = false; // the page made the change and has read it already
    refreshShown();
    Q_EMIT reloaded();
}

void MainWindow::refreshShown() {
    if (!isVisible())
        return; // each page reads when shown
    refresh(currentArea());
    refresh(Tips);
}

void MainWindow::showEvent(QShowEvent* event) {
    refresh(Tips); // the tip actions' selection, on every page
    QMainWindow::showEvent(event);
}

} // namespace binhyen::ui
