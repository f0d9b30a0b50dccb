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

// Records members warned or removed in a hamlet Zalo group (ZaloModerationRepo::record): the
// group (preselected: groupId, 0 none), date, action, count, note. An error is shown and the
// dialog stays open.
class ModerationDialog : public QDialog {
    Q_OBJECT
public:
    ModerationDialog(QSqlDatabase db, const Clock& clock, const Session& session, qint64 groupId,
                     QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    QComboBox* m_group = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_action = nullptr;
    QSpinBox* m_count = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace binhyen::ui
