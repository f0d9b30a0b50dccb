#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class MonthFilter;

// Residents' meetings and propaganda sessions (ActivityRepo::list), newest first, for a month
// or every date, with the total attendance. Officers add one (ActivityRepo has no edit).
class ActivitiesTab : public QWidget {
    Q_OBJECT
public:
    ActivitiesTab(QSqlDatabase db, const Clock& clock, const Session& session,
                  QWidget* parent = nullptr);

    MonthFilter* monthFilter() const { return m_month; }

public Q_SLOTS:
    void reload();
    void newActivity();
    void openSelected();

Q_SIGNALS:
    void changed();

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    bool m_canWrite = false;
    MonthFilter* m_month = nullptr;
    QLabel* m_totals = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
};

} // namespace binhyen::ui
