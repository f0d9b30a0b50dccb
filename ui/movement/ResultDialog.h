#pragma once

#include "models/domain/Movement.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// Records a result not tied to a tip (ResultRepo::add): date, kind, count, a value in đồng for
// documents / property returned (typed "1500000" or "1.500.000", shown back as "1.500.000
// đồng"), hamlet, note. An error is shown and the dialog stays open.
class ResultDialog : public QDialog {
    Q_OBJECT
public:
    ResultDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                 QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    void updateValue();

    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    QDateEdit* m_date = nullptr;
    QComboBox* m_kind = nullptr;
    QSpinBox* m_count = nullptr;
    QCheckBox* m_hasValue = nullptr;
    QLineEdit* m_value = nullptr;
    QLabel* m_valueText = nullptr;
    QComboBox* m_hamlet = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace binhyen::ui
