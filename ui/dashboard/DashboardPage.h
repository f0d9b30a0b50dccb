#pragma once

#include <QSqlDatabase>
#include <QWidget>
#include <optional>

class QLabel;
class QTableView;

namespace binhyen {
class Clock;
class TipWindowModel;
} // namespace binhyen

namespace binhyen::ui {

// Tổng quan: today's and this month's tips, and the tips that need attention — due within
// 24 hours, overdue, new and not yet classified. An officer sees their own tips (received or
// recorded by them), a chief every tip. Double-clicking a tip asks to open it in the register.
class DashboardPage : public QWidget {
    Q_OBJECT
public:
    DashboardPage(QSqlDatabase db, const Clock& clock, std::optional<qint64> officerScope,
                  QWidget* parent = nullptr);

    TipWindowModel* dueSoon() const { return m_dueSoon; }
    TipWindowModel* overdue() const { return m_overdue; }
    TipWindowModel* unclassified() const { return m_unclassified; }

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    void tipActivated(qint64 tipId);

private:
    QTableView* addList(TipWindowModel* model, const QString& name, QLabel** title);

    QSqlDatabase m_db;
    const Clock& m_clock;
    std::optional<qint64> m_scope;
    QLabel* m_counts = nullptr;
    QLabel* m_dueSoonTitle = nullptr;
    QLabel* m_overdueTitle = nullptr;
    QLabel* m_unclassifiedTitle = nullptr;
    TipWindowModel* m_dueSoon = nullptr;
    TipWindowModel* m_overdue = nullptr;
    TipWindowModel* m_unclassified = nullptr;
};

} // namespace binhyen::ui
