#pragma once

#include "models/domain/Case.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class CaseDetailsTab;
class CaseLinksTab;
class CasePersonsPanel;
class CaseTimelineTab;

// One case in its own (non-modal) window: a header line (number, title, status, the chief's
// review and his comment when the closure was sent back) and the tabs Details, Timeline, Linked
// tips and Persons; "Post to Zalo…" opens the notice dialog. Esc closes it. After any change the
// case is read again and changed() tells the main window to reload its lists.
class CaseWindow : public QWidget {
    Q_OBJECT
public:
    enum Tab { DetailsTab, TimelineTab, LinksTab, PersonsTab };

    CaseWindow(Register& reg, const Clock& clock, Session& session, qint64 caseId,
               QWidget* parent = nullptr);

    qint64 caseId() const { return m_caseId; }
    const CaseDetail& detail() const { return m_detail; }
    QTabWidget* tabs() const { return m_tabs; }
    CaseDetailsTab* details() const { return m_details; }
    CaseTimelineTab* timeline() const { return m_timeline; }
    CaseLinksTab* links() const { return m_links; }
    QLabel* header() const { return m_header; }

public Q_SLOTS:
    // Reads the case and every tab again; false (and the error shown) when it cannot be read.
    bool reload();
    void postToZalo();

Q_SIGNALS:
    void changed(qint64 caseId);

private:
    void afterChange();
    QString headerText() const;

    Register& m_register;
    const Clock& m_clock;
    Session& m_session;
    qint64 m_caseId = 0;
    CaseDetail m_detail;
    QLabel* m_header = nullptr;
    QLabel* m_review = nullptr;
    QTabWidget* m_tabs = nullptr;
    CaseDetailsTab* m_details = nullptr;
    CaseTimelineTab* m_timeline = nullptr;
    CaseLinksTab* m_links = nullptr;
    CasePersonsPanel* m_persons = nullptr;
    QPushButton* m_zalo = nullptr;
};

} // namespace binhyen::ui
