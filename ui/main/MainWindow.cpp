#include "ui/main/MainWindow.h"

#include "models/store/Register.h"

#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>

namespace binhyen::ui {

MainWindow::MainWindow(Register& reg, QWidget* parent)
    : QMainWindow(parent)
    , m_register(reg) {
    setWindowTitle(tr("BinhYen — %1").arg(QFileInfo(reg.path()).fileName()));
    m_tabs = new QTabWidget(this);
    setCentralWidget(m_tabs);
    statusBar()->addWidget(new QLabel(tr("Register: %1").arg(reg.path()), this));
    resize(1100, 700);
}

} // namespace binhyen::ui
