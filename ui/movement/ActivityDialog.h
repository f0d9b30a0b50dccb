#pragma once

#include "models/domain/Movement.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// Records a residents' meeting or a propaganda session (ActivityRepo::add): date, kind, hamlet,
// model, title, attendance, note. An error is shown and the dialog stays open.
class ActivityDialog : public QDialog {
    Q_OBJECT
public:
    ActivityDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                   QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    QDateEdit* m_date = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_hamlet = nullptr;
    QComboBox* m_model = nullptr;
    QLineEdit* m_title = nullptr;
    QSpinBox* m_attendance = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace binhyen::ui
