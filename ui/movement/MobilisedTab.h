#pragma once

#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QPushButton;
class QTableWidget;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// Mobilised residents (MobilisedRepo::list): model members and the grassroots security force
// with their consent note, filtered by model and by the day they take part. Officers add a
// resident and record the day one stops taking part (MobilisedRepo has no other edit).
class MobilisedTab : public QWidget {
    Q_OBJECT
public:
    MobilisedTab(QSqlDatabase db, const Clock& clock, const Session& session,
                 QWidget* parent = nullptr);

public Q_SLOTS:
    void reload();
    void newResident();
    void recordLeaving();
    void openSelected();

Q_SIGNALS:
    void changed();

private:
    void updateButtons();

    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    bool m_canWrite = false;
    QComboBox* m_model = nullptr;
    QCheckBox* m_onlyActive = nullptr;
    QDateEdit* m_activeOn = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_leave = nullptr;
};

} // namespace binhyen::ui
