#pragma once

#include <QMainWindow>
#include <array>
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
// case from the selected tip, F5 reads the page shown again. Each case opens in its own window
// (CaseWindows). The layout (geometry, splitter, columns) is remembered per user in QSettings —
// never any register text or secret. With a session, actions follow the user's permissions.
//
// A page reads the register when it is shown, never before, so the window opens as fast on a
// million tips as on ten (the movement area, which reads as it is built, is built when first
// shown). The tip list also reads whenever the window is shown: it holds the selection that the
// tip actions of the menus and toolbar act on from every page. After a change (a saved tip, a
// closed case, an import, F5) the page shown and the tip list read again and the other pages are
// marked stale: each reads again when it is next shown.
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
    // The pages, brought up to date first (read now when stale), so that what a caller reads
    // there is what the register holds — as if the page had been shown.
    TipListPage* tipPage();
    DashboardPage* dashboard();
    CaseListPage* casePage();
    PeoplePage* peoplePage();
    // The chief's review page; nullptr for other users.
    QWidget* reviewPage();
    // True while the area's page has not read the register since it was built or since the last
    // change: it reads when it is next shown (or reached through its accessor above).
    bool isStale(Area area) const;
    CaseWindows* caseWindows() const { return m_caseWindows; }
    void showArea(Area area);
    Area currentArea() const;
    // The QSettings group of this user's layout ("layout/<user name>").
    QString settingsGroup() const;
    void saveLayout() const;

public Q_SLOTS:
    // After a change, and F5: the page shown reads again at once, the others are marked stale
    // (each reads when next shown); then reloaded(). A failure is shown on the page and keeps the
    // rows already shown.
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
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void build();
    void buildPages();
    void buildMenus();
    void buildCaseMenu();
    void buildStatusBar();
    void restoreLayout();
    void showAbout();
    qint64 selectedTip() const;
    // Reads the area's page when it is stale.
    void refresh(Area area);
    // After a change made on the area's page, which has read it already: reload() but that page.
    void changedOn(Area area);
    // Reads the page shown and the tip list when the window is visible.
    void refreshShown();
    // The movement area, built into its placeholder when first shown.
    void buildMovement();

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
    QWidget* m_movement = nullptr; // the placeholder
    CaseWindows* m_caseWindows = nullptr;
    std::array<bool, Administration + 1> m_stale{}; // per area: read when next shown
};

} // namespace binhyen::ui
