#pragma once

#include "models/domain/Suggestion.h"
#include "models/repo/cases/CaseLinkRepo.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The linked-tips tab of a case window: the tips linked to the case (whether each contributed —
// chiefs change it with a reason —, the link's note, editable in place), unlinking (chiefs, with
// a reason), and below, the tips the register suggests for the case with the reasons, each
// linked with "Link". After every change both lists are read again.
class CaseLinksTab : public QWidget {
    Q_OBJECT
public:
    enum LinkColumn { Number, Received, Hamlet, Summary, Valuable, Contributed, Note, LinkCount };

    CaseLinksTab(Register& reg, const Clock& clock, Session& session, qint64 caseId,
                 QWidget* parent = nullptr);

    void setEditable(bool editable);
    QTableWidget* linksTable() const { return m_links; }
    QTableWidget* suggestionsTable() const { return m_suggestions; }
    const QList<TipSuggestion>& suggestions() const { return m_suggested; }

public Q_SLOTS:
    void reload();
    // Links the selected suggestion (asks for an optional note).
    void linkSelected();
    // Unlinks the selected linked tip (chiefs; asks for the reason).
    void unlinkSelected();

Q_SIGNALS:
    void changed();

private:
    void fillLinks();
    void fillSuggestions();
    void itemChanged(QTableWidgetItem* item);
    void updateActions();
    void afterChange();

    Register& m_register;
    const Clock& m_clock;
    Session& m_session;
    qint64 m_caseId = 0;
    bool m_editable = true;
    bool m_filling = false;
    QList<CaseTipLink> m_linked;
    QList<TipSuggestion> m_suggested;
    QTableWidget* m_links = nullptr;
    QTableWidget* m_suggestions = nullptr;
    QLabel* m_suggestionCaption = nullptr;
    QPushButton* m_unlink = nullptr;
    QPushButton* m_link = nullptr;
};

} // namespace binhyen::ui
