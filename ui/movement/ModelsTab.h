#pragma once

#include "models/domain/Movement.h"

#include <QSqlDatabase>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QPushButton;
class QTableWidget;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The self-management models in force on a date, by type (MovementRepo::list), with New, Edit
// and End for officers and chiefs.
class ModelsTab : public QWidget {
    Q_OBJECT
public:
    ModelsTab(QSqlDatabase db, const Clock& clock, const Session& session,
              QWidget* parent = nullptr);

    qint64 selectedId() const;

public Q_SLOTS:
    void reload();
    void newModel();
    void editModel();
    void endModel();

Q_SIGNALS:
    void changed();

private:
    void updateButtons();

    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    bool m_canWrite = false;
    QDateEdit* m_date = nullptr;
    QComboBox* m_type = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_end = nullptr;
};

} // namespace binhyen::ui
