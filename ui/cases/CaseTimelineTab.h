#pragma once

#include "models/domain/Case.h"

#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
struct CaseTimelineData;
} // namespace binhyen

namespace binhyen::ui {

// The timeline tab of a case window: the events oldest first, a row to add one (kind, time —
// now by default —, officer — me by default —, note; Ctrl+Enter adds), and the timeline printed
// or saved as a PDF (reports/cases/CaseTimelineReport).
class CaseTimelineTab : public QWidget {
    Q_OBJECT
public:
    CaseTimelineTab(Register& reg, const Clock& clock, Session& session, qint64 caseId,
                    QWidget* parent = nullptr);

    void setCase(const CaseDetail& detail);
    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    void reload();
    void addEvent();
    void print();
    void saveAsPdf();

Q_SIGNALS:
    void changed();

private:
    void buildAddRow();
    void setEventTimeNow();
    CaseTimelineData reportData() const;

    Register& m_register;
    const Clock& m_clock;
    Session& m_session;
    qint64 m_caseId = 0;
    CaseDetail m_detail;
    QList<CaseEvent> m_events;
    bool m_officersLoaded = false;
    QTableWidget* m_table = nullptr;
    QComboBox* m_kind = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QComboBox* m_officer = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
};

} // namespace binhyen::ui
