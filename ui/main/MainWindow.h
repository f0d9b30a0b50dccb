#pragma once

#include <QMainWindow>
#include <memory>

class QListWidget;
class QSplitter;
class QStackedWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class CaseListPage;
class CaseSuggestionsDialog;
class CaseWindow;
class CaseWindows;
class ReportDialog;
class DashboardPage;
class NewCaseDialog;
class PeoplePage;
class SessionActions;
class TipListPage;

// The main window: a navigation list on the left (Tổng quan, Tin báo, Vụ việc, Duyệt — chiefs
// only —, Con người, Phong trào, Thống kê & Báo cáo, Quản trị; areas not built yet say so), the
// page on the right, and the register, user and role in the status bar. Showing "Con người" gives
// its search box the focus (unless the officer is moving through the navigation with the arrows).
// Ctrl+F searches the tips, Ctrl+N records a new tip, Ctrl+Shift+N opens a new case, Ctrl+Shift+O a
// case from the selected tip, F5 reloads. Each case opens in its own window (CaseWindows). The
// layout (geometry, splitter, columns) is remembered per user in QSettings — never any register
// text or secret. With a session, actions follow the user's permissions.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Area { Dashboard, Tips, Cases, Review, People, Movement, Statistics, Administration };

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
    CaseListPage* casePage() const { return m_casePage; }
    PeoplePage* peoplePage() const { return m_peoplePage; }
    // The chief's review page; nullptr for other users.
    QWidget* reviewPage() const { return m_reviewPage; }
    CaseWindows* caseWindows() const { return m_caseWindows; }
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
    // "Import residents from a hamlet's sheet (CSV)…" (chiefs): the residents import dialog.
    void importResidents();
    // The case's window (opened, or brought forward when already open); nullptr without a user.
    CaseWindow* openCase(qint64 caseId);
    // The monthly report of `month` ("YYYY-MM"): its text, preview and exports.
    ReportDialog* openReport(const QString& month);
    // "New case" (Ctrl+Shift+N): the dialog, open; nullptr without a user.
    NewCaseDialog* newCase();
    // "Open a case from the tip" (Ctrl+Shift+O): the dialog prefilled from the tip, open.
    NewCaseDialog* openCaseFromTip(qint64 tipId);
    // "Suggested cases for the tip": the dialog, open.
    CaseSuggestionsDialog* suggestCasesForTip(qint64 tipId);

Q_SIGNALS:
    void reloaded();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void build();
    void buildPages();
    void buildMenus();
    void buildCaseMenu();
    void buildStatusBar();
    void restoreLayout();
    void showAbout();
    qint64 selectedTip() const;

    Register& m_register;
    Session* m_session = nullptr;
    std::unique_ptr<Clock> m_clock;
    SessionActions* m_actions = nullptr;
    QSplitter* m_splitter = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    DashboardPage* m_dashboard = nullptr;
    TipListPage* m_tipPage = nullptr;
    CaseListPage* m_casePage = nullptr;
    QWidget* m_reviewPage = nullptr;
    PeoplePage* m_peoplePage = nullptr;
    CaseWindows* m_caseWindows = nullptr;
};

} // namespace binhyen::ui
