#pragma once

#include "models/domain/Movement.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// Creates (modelId 0) or edits a self-management model (MovementRepo::create / update): type,
// name, hamlets covered, points, teams, members, households, dates, exemplary, responsible
// officer, note, and for a Zalo group its rules. An error is shown and the dialog stays open.
class ModelDialog : public QDialog {
    Q_OBJECT
public:
    ModelDialog(QSqlDatabase db, const Clock& clock, const Session& session, qint64 modelId,
                QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void saved(qint64 modelId);

private:
    void fill(const MovementModel& model);
    void updateZalo();
    NewMovementModel entered() const;
    QSpinBox* count(const QString& name);

    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    qint64 m_modelId = 0;
    QComboBox* m_type = nullptr;
    QLineEdit* m_name = nullptr;
    QListWidget* m_hamlets = nullptr;
    QSpinBox* m_points = nullptr;
    QSpinBox* m_teams = nullptr;
    QSpinBox* m_members = nullptr;
    QSpinBox* m_households = nullptr;
    QDateEdit* m_started = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateEdit* m_ended = nullptr;
    QCheckBox* m_exemplary = nullptr;
    QComboBox* m_officer = nullptr;
    QLineEdit* m_note = nullptr;
    QCheckBox* m_anttOnly = nullptr;
    QCheckBox* m_officeHours = nullptr;
    QPlainTextEdit* m_rules = nullptr;
};

} // namespace binhyen::ui
