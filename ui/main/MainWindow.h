#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace binhyen {
class CaseListModel;
class Register;
class TipListModel;
} // namespace binhyen

namespace binhyen::ui {

class ListPage;

// The main window. Until the full navigation exists it lists the register's newest tips and cases
// from real queries, and names the register in the status bar. F5 reloads.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The lists show at most this many of the newest rows.
    static constexpr int kListLimit = 500;

    explicit MainWindow(Register& reg, QWidget* parent = nullptr);

public Q_SLOTS:
    // Reads both lists again; a failure is shown to the user and keeps the rows already shown.
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    void buildMenus();
    void buildStatusBar();
    void fitToScreen();
    void loadTips();
    void loadCases();
    void showAbout();

    Register& m_register;
    QTabWidget* m_tabs = nullptr;
    TipListModel* m_tips = nullptr;
    CaseListModel* m_cases = nullptr;
    ListPage* m_tipPage = nullptr;
    ListPage* m_casePage = nullptr;
};

} // namespace binhyen::ui
