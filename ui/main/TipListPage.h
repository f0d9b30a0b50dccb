#pragma once

#include "models/repo/tips/TipListRepo.h"
#include "ui/tips/TipStatusBar.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace binhyen {
class Clock;
class TipWindowModel;
} // namespace binhyen

namespace binhyen::ui {

// The tips register: a filter bar (status, channel, classification, category, hamlet, officer,
// received dates, due soon / overdue), an accent-blind search box, the newest or oldest first,
// and a windowed table (TipWindowModel) that stays light at a million tips.
class TipListPage : public QWidget {
    Q_OBJECT
public:
    TipListPage(QSqlDatabase db, const Clock& clock, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    TipWindowModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    // The selected tip's workflow steps (tool bar and context menu).
    TipStatusBar* statusBar() const { return m_steps; }
    // Who acts on the workflow steps; without a session they are all off.
    void setSession(const Session* session) { m_steps->setSession(session); }

    // Fills the choice lists and reads the list again (F5).
    void reload();
    // Clears the filters and selects a tip (from the dashboard).
    void showTip(qint64 tipId);
    // Only overdue / due-soon tips (the dashboard's lists).
    void showDue(TipFilter::Due due);

Q_SIGNALS:
    void filterApplied();

private:
    void buildFilterBar();
    TipFilter currentFilter() const;
    void apply();
    void clearFilters();
    void selectTip(qint64 tipId);

    QSqlDatabase m_db;
    const Clock& m_clock;
    TipWindowModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_classification = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_hamlet = nullptr;
    QComboBox* m_officer = nullptr;
    QComboBox* m_order = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_dueSoon = nullptr;
    QCheckBox* m_overdue = nullptr;
    QLabel* m_count = nullptr;
    TipStatusBar* m_steps = nullptr;
    bool m_applying = false;
};

} // namespace binhyen::ui
