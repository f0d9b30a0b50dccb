#pragma once

#include "models/domain/Movement.h"

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace binhyen {
class Clock;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// Records a mobilised resident (MobilisedRepo::add): an existing register person found by name
// or phone, or a new person (name, birth year, phone, hamlet); the model (or none, e.g. the
// grassroots security force), the role, the consent note, the joining and leaving dates.
// An error is shown and the dialog stays open.
class MobilisedDialog : public QDialog {
    Q_OBJECT
public:
    MobilisedDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                    QWidget* parent = nullptr);

    void accept() override;

Q_SIGNALS:
    void saved(qint64 id);

private:
    void findPersons();
    void updatePerson();
    NewMobilised entered() const;

    QSqlDatabase m_db;
    const Clock& m_clock;
    const Session& m_session;
    QLineEdit* m_find = nullptr;
    QComboBox* m_person = nullptr;
    QLineEdit* m_name = nullptr;
    QSpinBox* m_birthYear = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_hamlet = nullptr;
    QComboBox* m_model = nullptr;
    QComboBox* m_role = nullptr;
    QPlainTextEdit* m_consent = nullptr;
    QDateEdit* m_joined = nullptr;
    QCheckBox* m_hasLeft = nullptr;
    QDateEdit* m_left = nullptr;
};

} // namespace binhyen::ui
