#pragma once

#include <QMainWindow>

class QTabWidget;

namespace binhyen {
class Register;
}

namespace binhyen::ui {

// The main window. Until the full navigation exists it shows the register's tips and cases from
// real queries, and the register in the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Register& reg, QWidget* parent = nullptr);

private:
    Register& m_register;
    QTabWidget* m_tabs = nullptr;
};

} // namespace binhyen::ui
