#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class MonthFilter;

// Moderation of the hamlet Zalo groups (ZaloModerationRepo): one group or all, a month or every
// date, the members warned and removed (totals and entries, newest first). The chosen group's
// rules are shown read-only; they are edited in the model (ModelDialog, "Edit the rules…").
// Officers record a warning or a removal (the repo has no edit).
class ZaloModerationTab : public QWidget {
    Q_OBJECT
public:
    ZaloModerationTab(QSqlDatabase db, const Clock& clock, const Session& session,
                      QWidget* parent = nullptr);

    MonthFilter* monthFilter() const { return m_month; }

public Q_SLOTS:
    void reload();
    void reloadGroups();
    void newEntry();
    void editRules();
    void openSelected();

Q_SIGNALS:
    void changed();

private:
    void showRules();

    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    bool m_canWrite = false;
    QComboBox* m_group = nullptr;
    MonthFilter* m_month = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_ruleFlags = nullptr;
    QPlainTextEdit* m_rules = nullptr;
    QPushButton* m_editRules = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
};

} // namespace binhyen::ui
