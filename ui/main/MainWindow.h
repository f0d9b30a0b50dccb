#pragma once

#include <QMainWindow>
#include <memory>

class QListWidget;
class QSplitter;
class QStackedWidget;

namespace binhyen {
class CaseListModel;
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class DashboardPage;
class ListPage;
class SessionActions;
class TipListPage;

// The main window: a navigation list on the left (Tổng quan, Tin báo, Vụ việc, Con người, Phong
// trào, Thống kê & Báo cáo, Quản trị; areas not built yet say so), the page on the right, and
// the register, user and role in the status bar. Ctrl+F searches the tips, Ctrl+N records a new
// tip, F5 reloads. The layout (geometry, splitter, columns) is remembered per user in QSettings —
// never any register text or secret. With a session, actions follow the user's permissions.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Area { Dashboard, Tips, Cases, People, Movement, Statistics, Administration };
    // The case list shows at most this many of the newest cases.
    static constexpr int kListLimit = 500;

    // Without a user (kept until the GUI session logs on first).
    explicit MainWindow(Register& reg, QWidget* parent = nullptr);
    // For the logged-on user; `session` must outlive the window.
    MainWindow(Register& reg, Session& session, QWidget* parent = nullptr);
    // With a given clock (tests).
    MainWindow(Register& reg, Session* session, std::unique_ptr<Clock> clock,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionActions* sessionActions() const { return m_actions; }
    TipListPage* tipPage() const { return m_tipPage; }
    DashboardPage* dashboard() const { return m_dashboard; }
    void showArea(Area area);
    Area currentArea() const;
    // The QSettings group of this user's layout ("layout/<user name>").
    QString settingsGroup() const;
    void saveLayout() const;

public Q_SLOTS:
    // Reads the pages again; a failure is shown to the user and keeps the rows already shown.
    void reload();
    void focusSearch();
    void newTip();
    // "Import the old tip register (CSV)…" (chiefs): the import dialog, the lists read again after.
    void importTips();

Q_SIGNALS:
    void reloaded();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void build();
    void buildPages();
    void buildMenus();
    void buildStatusBar();
    void restoreLayout();
    void loadCases();
    void showAbout();

    Register& m_register;
    Session* m_session = nullptr;
    std::unique_ptr<Clock> m_clock;
    SessionActions* m_actions = nullptr;
    QSplitter* m_splitter = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    DashboardPage* m_dashboard = nullptr;
    TipListPage* m_tipPage = nullptr;
    CaseListModel* m_cases = nullptr;
    ListPage* m_casePage = nullptr;
};

} // namespace binhyen::ui
