#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The public holidays of one year (days off for the legal clocks besides weekends); a chief
// adds and removes them (Operation::ChangeRules, audited), others only read.
class HolidaysPage : public QWidget {
    Q_OBJECT
public:
    HolidaysPage(Register& reg, const Clock& clock, const Session& session,
                 QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

public Q_SLOTS:
    void reload();
    void addHoliday();
    void removeHoliday();

private:
    void showResult(const QString& problem, const QString& done);

    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    bool m_canChange = false;
    QSpinBox* m_year = nullptr;
    QTableWidget* m_table = nullptr;
    QDateEdit* m_day = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace binhyen::ui
