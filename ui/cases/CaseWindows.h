#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class QMenuBar;
class QWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class CaseSuggestionsDialog;
class CaseWindow;
class NewCaseDialog;

// The main window's case windows and dialogs: one window per case (opening an open case brings
// its window forward), the new-case dialog (empty or prefilled from a tip) and the suggested
// cases of a tip. Without a user nothing opens (nullptr).
class CaseWindows : public QObject {
    Q_OBJECT
public:
    CaseWindows(Register& reg, const Clock& clock, Session* session, QWidget* host);
    ~CaseWindows() override;

    // The case's open window; nullptr when it is not open.
    CaseWindow* window(qint64 caseId) const;
    CaseWindow* open(qint64 caseId);
    // tipId 0: an empty case; else prefilled from the tip, created with it linked. The case's
    // window opens once it is created.
    NewCaseDialog* newCase(qint64 tipId = 0);
    CaseSuggestionsDialog* suggestForTip(qint64 tipId);
    // The "Cases" menu: New case (Ctrl+Shift+N), Open a case from the selected tip
    // (Ctrl+Shift+O), Suggested cases for the selected tip. Disabled (with the reason) when the
    // user may not use them.
    void buildMenu(QMenuBar* bar, std::function<qint64()> selectedTip);

Q_SIGNALS:
    // A case was created or changed (the lists read again).
    void changed();

private:
    Register& m_register;
    const Clock& m_clock;
    Session* m_session = nullptr;
    QWidget* m_host = nullptr;
    QHash<qint64, QPointer<CaseWindow>> m_windows;
};

} // namespace binhyen::ui
