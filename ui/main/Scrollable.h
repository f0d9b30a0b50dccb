#pragma once

#include <QFrame>
#include <QScrollArea>

namespace binhyen::ui {

// A page of the main window in a frameless scroll area: a wide page scrolls instead of forcing
// its minimum width on the whole window (office PCs often have 1366 × 768 screens).
inline QWidget* scrollable(QWidget* page, QWidget* parent) {
    auto* area = new QScrollArea(parent);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(page);
    return area;
}

} // namespace binhyen::ui
