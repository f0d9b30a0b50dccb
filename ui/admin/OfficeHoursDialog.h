#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The office hours of the hamlet Zalo groups (posts in office hours only, unless urgent): the
// periods ("07:30-11:30,13:30-17:00") and the days (1 = Monday … 7 = Sunday), saved through
// ZaloNoticeRepo::setOfficeHours (ChangeSettings, chiefs); errors shown in the dialog.
class OfficeHoursDialog : public QDialog {
    Q_OBJECT
public:
    OfficeHoursDialog(Register& reg, const Clock& clock, const Session& session,
                      QWidget* parent = nullptr);

    void accept() override;

private:
    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    QLineEdit* m_periods = nullptr;
    QLineEdit* m_days = nullptr;
    QLabel* m_current = nullptr;
};

} // namespace binhyen::ui
