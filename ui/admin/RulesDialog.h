#pragma once

#include "models/repo/tips/RulesRepo.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class HolidaysPage;

// The legal rules in force (DOMAIN-VN.md §1: value, legal source, effective date, "to confirm")
// and the days off of a year. Anyone who reads the register sees them; a chief
// (Operation::ChangeRules) changes a rule from a date and maintains the days off, audited.
class RulesDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { Code, Description, Value, Source, EffectiveFrom, ToConfirm, ColumnCount };

    RulesDialog(Register& reg, const Clock& clock, const Session& session,
                QWidget* parent = nullptr);

    QTableWidget* rulesTable() const { return m_table; }
    HolidaysPage* holidaysPage() const { return m_holidays; }
    // The rule's value with its unit, in words ("20 ngày", "24 giờ").
    static QString valueText(const Rule& rule);

public Q_SLOTS:
    void reload();
    // Opens the change form for the selected rule (chiefs only); does not block.
    void changeSelected();

private:
    void updateButtons();

    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    bool m_canChange = false;
    QList<RuleRow> m_rows;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_change = nullptr;
    QLabel* m_status = nullptr;
    HolidaysPage* m_holidays = nullptr;
};

} // namespace binhyen::ui
