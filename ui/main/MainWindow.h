#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

#include <memory>

namespace binhyen {
class CaseListModel;
class Clock;
class Register;
class Session;
class TipListModel;
} // namespace binhyen

namespace binhyen::ui {

class ListPage;
class SessionActions;

// The main window. Until the full navigation exists it lists the register's newest tips and cases
// from real queries, and names the register and the logged-on user in the status bar. F5 reloads.
// With a session, the menus and actions follow the user's permissions (SessionActions).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // The lists show at most this many of the newest rows.
    static constexpr int kListLimit = 500;

    // Without a user (kept until the GUI session logs on first).
    explicit MainWindow(Register& reg, QWidget* parent = nullptr);
    // For the logged-on user; `session` must outlive the window.
    MainWindow(Register& reg, Session& session, QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionActions* sessionActions() const { return m_actions; }

public Q_SLOTS:
    // Reads both lists again; a failure is shown to the user and keeps the rows already shown.
    void reload();

Q_SIGNALS:
    void reloaded();

private:
    void build();
    void buildMenus();
    void buildStatusBar();
    void fitToScreen();
    void loadTips();
    void loadCases();
    void showAbout();

    Register& m_register;
    Session* m_session = nullptr;
    std::unique_ptr<Clock> m_clock;
    SessionActions* m_actions = nullptr;
    QTabWidget* m_tabs = nullptr;
    TipListModel* m_tips = nullptr;
    CaseListModel* m_cases = nullptr;
    ListPage* m_tipPage = nullptr;
    ListPage* m_casePage = nullptr;
};

} // namespace binhyen::ui
