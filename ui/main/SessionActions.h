#pragma once

#include <QObject>

class QAbstractItemModel;
class QAction;
class QMainWindow;
class QMenu;
class QPoint;
class QTableView;

namespace binhyen {
class Clock;
class Register;
class Session;

} // namespace binhyen

namespace binhyen::ui {

// What the logged-on user may do beyond reading the lists, offered by permission
// (models/security/Permissions.h): the "Administration" menu (accounts, audit trail, legal rules)
// and, for a chief, revealing a tip's sealed informant identity. Officers and inspectors never get
// the reveal action (and IdentityRepo refuses anyway). Dialogs open window-modal without blocking.
class SessionActions : public QObject {
    Q_OBJECT
public:
    SessionActions(QMainWindow* window, Register& reg, Session& session, const Clock& clock,
                   QTableView* tipView, QAbstractItemModel* tips);

    // Adds the "Administration" menu before `before` (when the role may use any of it), and the
    // reveal action to the tips' context menu and a tool bar.
    void install(QMenu* before);
    QAction* revealAction() const { return m_reveal; }

public Q_SLOTS:
    void openReveal();
    void openAudit();
    void openAccounts();
    // The legal rules and days off: read-only unless the role may change them (ChangeRules).
    void openRules();
    // Enables the reveal action for the selected tip when it has a sealed identity.
    void updateActions();

private:
    void showTipMenu(const QPoint& pos);
    qint64 currentTip(QString* number, QString* pseudonym, bool* sealed) const;

    QMainWindow* m_window;
    Register& m_register;
    Session& m_session;
    const Clock& m_clock;
    QTableView* m_tipView;
    QAbstractItemModel* m_tips;
    QAction* m_reveal = nullptr;
};

} // namespace binhyen::ui
