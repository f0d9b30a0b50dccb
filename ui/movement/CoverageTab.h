#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// Hamlets with and without a Zalo group in force on a date (CoverageRepo::on).
class CoverageTab : public QWidget {
    Q_OBJECT
public:
    CoverageTab(QSqlDatabase db, const Clock& clock, const Session& session,
                QWidget* parent = nullptr);

public Q_SLOTS:
    void reload();

private:
    QSqlDatabase m_db;
    const Session& m_session;
    QDateEdit* m_date = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_totals = nullptr;
};

} // namespace binhyen::ui
