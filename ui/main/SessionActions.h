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
// (models/security/Permissions.h): the "Administration" menu (accounts, audit trail, legal rules,
// neighbouring hamlets, the Zalo groups' office hours, duplicate persons), the tip actions
// (legal forms, lost-person notice, classify, assign) and, for a chief, revealing a tip's sealed
// informant identity. Officers and inspectors never get
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
    // The selected tip's actions (context menu and tool bar): print Mẫu 01 / Mẫu 03, post a
    // lost-person notice, classify, assign.
    QAction* printReceiptAction() const { return m_printReceipt; }
    QAction* printSlipAction() const { return m_printSlip; }

public Q_SLOTS:
    void openReveal();
    void openAudit();
    void openAccounts();
    // The legal rules and days off: read-only unless the role may change them (ChangeRules).
    void openRules();
    void openNeighbours();
    void openOfficeHours();
    void openDuplicates();
    void printReceipt();
    void printSlip();
    void postLostPersonNotice();
    void classifyTip();
    void assignTip();
    // Enables the tip actions for the selected tip (a sealed identity, forwarded, lost person …).
    void updateActions();

Q_SIGNALS:
    // A tip changed through these actions (the window reloads its lists).
    void changed();

private:
    struct TipFacts {
        qint64 id = 0;
        QString number;
        QString pseudonym;
        QString status;   // label as the list shows it
        QString category; // label as the list shows it
        bool sealed = false;
    };
    void installAdministration(QMenu* before);
    void installTipActions();
    QAction* tipAction(const QString& name, const QString& text, const QString& tip);
    void showTipMenu(const QPoint& pos);
    qint64 currentTip(QString* number, QString* pseudonym, bool* sealed) const;
    TipFacts currentFacts() const;
    void revealAndPrint(const TipFacts& tip);
    void afterChange();

    QMainWindow* m_window;
    Register& m_register;
    Session& m_session;
    const Clock& m_clock;
    QTableView* m_tipView;
    QAbstractItemModel* m_tips;
    QAction* m_reveal = nullptr;
    QAction* m_printReceipt = nullptr;
    QAction* m_printSlip = nullptr;
    QAction* m_zaloNotice = nullptr;
    QAction* m_classify = nullptr;
    QAction* m_assign = nullptr;
    QString m_lostPersonLabel; // the category label of lost_person as the list shows it
};

} // namespace binhyen::ui
