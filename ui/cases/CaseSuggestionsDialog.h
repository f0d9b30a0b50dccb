#pragma once

#include "models/domain/Suggestion.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The open cases the register suggests for a tip (SuggestionRepo::suggestCasesForTip), each with
// its reasons; "Link" links the tip to the selected case (an optional note), "Open" opens it.
class CaseSuggestionsDialog : public QDialog {
    Q_OBJECT
public:
    CaseSuggestionsDialog(Register& reg, const Clock& clock, Session& session, qint64 tipId,
                          QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<CaseSuggestion>& suggestions() const { return m_suggested; }

public Q_SLOTS:
    void reload();
    void linkSelected();

Q_SIGNALS:
    void linked(qint64 caseId);
    void caseActivated(qint64 caseId);

private:
    qint64 selectedCase() const;

    Register& m_register;
    const Clock& m_clock;
    Session& m_session;
    qint64 m_tipId = 0;
    QList<CaseSuggestion> m_suggested;
    QLabel* m_caption = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_link = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace binhyen::ui
