#pragma once

#include "ui/tips/TipStatusDialog.h"

#include <QHash>
#include <QSqlDatabase>
#include <QToolBar>

class QAbstractItemView;
class QMenu;

namespace binhyen::ui {

// The workflow steps of the tip selected in a tips list, as a tool bar above it and as the list's
// context menu. Each step is enabled by the session's permissions (Permissions.h) and the tip's
// state (TipWorkflowRepo::state); triggering one opens its TipStatusDialog (open(), not exec()).
// Without a session every step is off.
class TipStatusBar : public QToolBar {
    Q_OBJECT
public:
    // `view` shows a TipWindowModel (its IdRole and Number column).
    TipStatusBar(QSqlDatabase db, const Clock& clock, QAbstractItemView* view,
                 QWidget* parent = nullptr);

    void setSession(const Session* session);
    QAction* action(TipStep step) const { return m_actions.value(int(step)); }
    // Re-reads the selected tip's state and enables the steps.
    void refresh();

Q_SIGNALS:
    // A step was recorded on the tip.
    void changed(qint64 tipId);

private:
    void addStep(TipStep step, const char* name);
    void run(TipStep step);

    QSqlDatabase m_db;
    const Clock& m_clock;
    QAbstractItemView* m_view;
    const Session* m_session = nullptr;
    QMenu* m_menu = nullptr;
    QHash<int, QAction*> m_actions;
    qint64 m_tipId = 0;
    QString m_number;
};

} // namespace binhyen::ui
