#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QPushButton;
class QTableWidget;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The station's identity over time (StationHistoryRepo::list): effective from, unit name,
// parent body, place name, report recipient, codes. A chief (Operation::EditPlaces) adds a row
// from a date, pre-filled with the latest row.
class StationHistoryDialog : public QDialog {
    Q_OBJECT
public:
    StationHistoryDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                         QWidget* parent = nullptr);

public Q_SLOTS:
    void reload();
    void addRow();

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
};

} // namespace binhyen::ui
