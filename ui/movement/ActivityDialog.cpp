#include "ui/movement/ActivityDialog.h"

#include "models/domain/Clock.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/movement/ActivityRepo.h"
#include "ui/dialogs/Messages.h"
#include "ui/movement/RegisterTools.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace binhyen::ui {

ActivityDialog::ActivityDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                               QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(tr("New activity"));
    m_date = dayEdit(stationToday(clock), QStringLiteral("activityDate"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("activityKind"));
    for (const QString& kind : activityKinds())
        m_kind->addItem(activityKindLabel(kind), kind);
    m_hamlet = new QComboBox(this);
    m_hamlet->setObjectName(QStringLiteral("activityHamlet"));
    addHamletItems(m_hamlet, db, clock, session);
    m_hamlet->setItemText(0, tr("(commune-wide)"));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("activityModel"));
    addModelItems(m_model, db, clock, session);
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("activityTitle"));
    m_attendance = new QSpinBox(this);
    m_attendance->setObjectName(QStringLiteral("activityAttendance"));
    m_attendance->setRange(0, 100000);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("activityNote"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Held on:"), m_date);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Ha&mlet:"), m_hamlet);
    form->addRow(tr("M&odel:"), m_model);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Attendance:"), m_attendance);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("activitySave"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActivityDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ActivityDialog::accept() {
    NewActivity activity;
    activity.heldOn = m_date->date();
    activity.kind = m_kind->currentData().toString();
    activity.placeId = m_hamlet->currentData().toLongLong();
    activity.modelId = m_model->currentData().toLongLong();
    activity.title = m_title->text().trimmed();
    activity.attendance = m_attendance->value();
    activity.note = m_note->text().trimmed();
    auto added = ActivityRepo(m_db, m_clock).add(m_session, activity);
    if (!added) {
        showError(this, windowTitle(), added.error());
        return;
    }
    Q_EMIT saved(added.value());
    QDialog::accept();
}

} // namespace binhyen::ui
