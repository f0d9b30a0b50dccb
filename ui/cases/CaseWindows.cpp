#include "ui/cases/CaseWindows.h"

#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "ui/cases/CaseSuggestionsDialog.h"
#include "ui/cases/CaseWindow.h"
#include "ui/cases/NewCaseDialog.h"
#include "ui/dialogs/Messages.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

namespace binhyen::ui {

CaseWindows::CaseWindows(Register& reg, const Clock& clock, Session* session, QWidget* host)
    : QObject(host)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session)
    , m_host(host) {}

CaseWindows::~CaseWindows() = default;

CaseWindow* CaseWindows::window(qint64 caseId) const {
    return m_windows.value(caseId);
}

CaseWindow* CaseWindows::open(qint64 caseId) {
    if (!m_session || caseId <= 0)
        return nullptr;
    CaseWindow* window = m_windows.value(caseId);
    if (!window) {
        window = new CaseWindow(m_register, m_clock, *m_session, caseId, m_host);
        connect(window, &CaseWindow::changed, this, &CaseWindows::changed);
        m_windows.insert(caseId, window);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

NewCaseDialog* CaseWindows::newCase(qint64 tipId) {
    if (!m_session)
        return nullptr;
    auto* dialog = new NewCaseDialog(m_register, m_clock, *m_session, tipId, m_host);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewCaseDialog::caseCreated, this, [this](qint64 caseId) {
        Q_EMIT changed();
        open(caseId);
    });
    dialog->open();
    return dialog;
}

CaseSuggestionsDialog* CaseWindows::suggestForTip(qint64 tipId) {
    if (!m_session || tipId <= 0)
        return nullptr;
    auto* dialog = new CaseSuggestionsDialog(m_register, m_clock, *m_session, tipId, m_host);
    connect(dialog, &CaseSuggestionsDialog::linked, this, [this](qint64 caseId) {
        Q_EMIT changed();
        if (CaseWindow* window = m_windows.value(caseId))
            window->reload();
    });
    connect(dialog, &CaseSuggestionsDialog::caseActivated, this,
            [this](qint64 caseId) { open(caseId); });
    dialog->open();
    return dialog;
}

void CaseWindows::buildMenu(QMenuBar* bar, std::function<qint64()> selectedTip) {
    QMenu* cases = bar->addMenu(tr("&Cases"));
    const bool mayWrite = m_session && isAllowed(m_session->role(), Operation::WriteRecords);
    const bool mayRead = m_session && isAllowed(m_session->role(), Operation::ReadRecords);
    const QString why = m_session ? tr("Your role may not open cases.") : tr("Log on first.");
    QAction* add = cases->addAction(tr("&New case…"));
    add->setObjectName(QStringLiteral("newCaseAction"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    add->setEnabled(mayWrite);
    add->setToolTip(mayWrite ? QString() : why);
    connect(add, &QAction::triggered, this, [this] { newCase(0); });
    QAction* fromTip = cases->addAction(tr("&Open a case from the selected tip…"));
    fromTip->setObjectName(QStringLiteral("caseFromTipAction"));
    fromTip->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    fromTip->setEnabled(mayWrite);
    fromTip->setToolTip(mayWrite ? QString() : why);
    connect(fromTip, &QAction::triggered, this, [this, selectedTip] {
        if (const qint64 tip = selectedTip(); tip > 0)
            newCase(tip);
        else
            showInfo(m_host, tr("Open a case from the tip"), tr("Select a tip in the list first."));
    });
    QAction* suggest = cases->addAction(tr("&Suggested cases for the selected tip…"));
    suggest->setObjectName(QStringLiteral("suggestCasesAction"));
    suggest->setEnabled(mayRead);
    suggest->setToolTip(mayRead ? QString() : tr("Log on first."));
    connect(suggest, &QAction::triggered, this, [this, selectedTip] {
        if (const qint64 tip = selectedTip(); tip > 0)
            suggestForTip(tip);
        else
            showInfo(m_host, tr("Suggested cases"), tr("Select a tip in the list first."));
    });
    for (QAction* action : {add, fromTip, suggest})
        action->setShortcutContext(Qt::WindowShortcut);
}

} // namespace binhyen::ui
