#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class MonthFilter;

// Results (ResultRepo::list): the movement's own and those recorded with a tip's outcome, newest
// first, for a month or every date and one kind or all, with the total value returned in đồng.
// Officers add one (ResultRepo has no edit).
class ResultsTab : public QWidget {
    Q_OBJECT
public:
    ResultsTab(QSqlDatabase db, const Clock& clock, const Session& session,
               QWidget* parent = nullptr);

    MonthFilter* monthFilter() const { return m_month; }

public Q_SLOTS:
    void reload();
    void newResult();
    void openSelected();

Q_SIGNALS:
    void changed();

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    bool m_canWrite = false;
    MonthFilter* m_month = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_totals = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
};

} // namespace binhyen::ui
