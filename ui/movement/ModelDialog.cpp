#include "ui/movement/ModelDialog.h"

#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/movement/MovementRepo.h"
#include "models/repo/places/PlaceRepo.h"
#include "ui/dialogs/Messages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace binhyen::ui {

namespace {

QDateEdit* dateEdit(const QDate& date, const QString& name, QWidget* parent) {
    auto* edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ModelDialog::ModelDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                         qint64 modelId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_modelId(modelId) {
    setObjectName(QStringLiteral("modelDialog"));
    setWindowTitle(modelId ? tr("Edit model") : tr("New model"));
    const QDate today = clock.now().toTimeZone(Clock::stationZone()).date();

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("modelType"));
    if (auto types = MovementRepo(db, clock).types(session))
        for (const MovementModelType& type : types.value())
            m_type->addItem(type.label, type.code);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("modelName"));
    m_hamlets = new QListWidget(this);
    m_hamlets->setObjectName(QStringLiteral("modelHamlets"));
    m_hamlets->setMinimumHeight(120);
    if (auto hamlets = PlaceRepo(db, clock).hamlets(session))
        for (const PlaceRow& place : hamlets.value()) {
            auto* item =
                new QListWidgetItem(place.kindLabel + QLatin1Char(' ') + place.name, m_hamlets);
            item->setData(Qt::UserRole, place.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    m_points = count(QStringLiteral("modelPoints"));
    m_teams = count(QStringLiteral("modelTeams"));
    m_members = count(QStringLiteral("modelMembers"));
    m_households = count(QStringLiteral("modelHouseholds"));
    m_started = dateEdit(today, QStringLiteral("modelStarted"), this);
    m_hasEnd = new QCheckBox(tr("E&nded on"), this);
    m_hasEnd->setObjectName(QStringLiteral("modelHasEnd"));
    m_ended = dateEdit(today, QStringLiteral("modelEnded"), this);
    m_ended->setEnabled(false);
    connect(m_hasEnd, &QCheckBox::toggled, m_ended, &QWidget::setEnabled);
    m_exemplary = new QCheckBox(tr("E&xemplary (advanced model)"), this);
    m_exemplary->setObjectName(QStringLiteral("modelExemplary"));
    m_officer = new QComboBox(this);
    m_officer->setObjectName(QStringLiteral("modelOfficer"));
    m_officer->addItem(tr("(none)"), qint64(0));
    if (auto accounts = UserRepo(db, clock).list())
        for (const Account& account : accounts.value())
            if (account.active)
                m_officer->addItem(account.fullName, account.id);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("modelNote"));
    m_anttOnly = new QCheckBox(tr("Posts about security and order only"), this);
    m_anttOnly->setObjectName(QStringLiteral("zaloAnttOnly"));
    m_anttOnly->setChecked(true);
    m_officeHours = new QCheckBox(tr("Office hours only, except urgent"), this);
    m_officeHours->setObjectName(QStringLiteral("zaloOfficeHours"));
    m_officeHours->setChecked(true);
    m_rules = new QPlainTextEdit(this);
    m_rules->setObjectName(QStringLiteral("zaloRules"));
    m_rules->setTabChangesFocus(true);
    m_rules->setMaximumHeight(80);

    auto* ends = new QHBoxLayout;
    ends->addWidget(m_hasEnd);
    ends->addWidget(m_ended, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Hamlets covered:"), m_hamlets);
    form->addRow(tr("&Points:"), m_points);
    form->addRow(tr("T&eams:"), m_teams);
    form->addRow(tr("Mem&bers:"), m_members);
    form->addRow(tr("Ho&useholds:"), m_households);
    form->addRow(tr("&Started on:"), m_started);
    form->addRow(QString(), ends);
    form->addRow(QString(), m_exemplary);
    form->addRow(tr("&Responsible officer:"), m_officer);
    form->addRow(tr("N&ote:"), m_note);
    form->addRow(tr("Zalo group:"), m_anttOnly);
    form->addRow(QString(), m_officeHours);
    form->addRow(tr("Group r&ules:"), m_rules);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("modelSave"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ModelDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ModelDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ModelDialog::updateZalo);

    if (modelId) {
        auto model = MovementRepo(db, clock).get(session, modelId);
        if (model)
            fill(model.value());
        else
            showError(this, windowTitle(), model.error());
    }
    updateZalo();
}

QSpinBox* ModelDialog::count(const QString& name) {
    auto* spin = new QSpinBox(this);
    spin->setObjectName(name);
    spin->setRange(0, 1000000);
    return spin;
}

void ModelDialog::fill(const MovementModel& model) {
    m_type->setCurrentIndex(m_type->findData(model.typeCode));
    m_name->setText(model.name);
    for (int i = 0; i < m_hamlets->count(); ++i) {
        QListWidgetItem* item = m_hamlets->item(i);
        const bool covered = model.placeIds.contains(item->data(Qt::UserRole).toLongLong());
        item->setCheckState(covered ? Qt::Checked : Qt::Unchecked);
    }
    m_points->setValue(model.points);
    m_teams->setValue(model.teams);
    m_members->setValue(model.members);
    m_households->setValue(model.households);
    m_started->setDate(model.startedOn);
    m_hasEnd->setChecked(model.endedOn.isValid());
    if (model.endedOn.isValid())
        m_ended->setDate(model.endedOn);
    m_exemplary->setChecked(model.exemplary);
    const int officer = m_officer->findData(model.responsibleOfficerId);
    m_officer->setCurrentIndex(officer < 0 ? 0 : officer);
    m_note->setText(model.note);
    m_anttOnly->setChecked(model.zalo.anttOnly);
    m_officeHours->setChecked(model.zalo.officeHoursOnlyExceptUrgent);
    m_rules->setPlainText(model.zalo.rules);
}

void ModelDialog::updateZalo() {
    const bool zalo = m_type->currentData().toString() == kZaloGroupType;
    m_anttOnly->setEnabled(zalo);
    m_officeHours->setEnabled(zalo);
    m_rules->setEnabled(zalo);
    m_households->setToolTip(zalo ? tr("For a Zalo group: the households connected") : QString());
}

NewMovementModel ModelDialog::entered() const {
    NewMovementModel model;
    model.typeCode = m_type->currentData().toString();
    model.name = m_name->text().trimmed();
    model.startedOn = m_started->date();
    if (m_hasEnd->isChecked())
        model.endedOn = m_ended->date();
    model.points = m_points->value();
    model.teams = m_teams->value();
    model.members = m_members->value();
    model.households = m_households->value();
    model.exemplary = m_exemplary->isChecked();
    model.responsibleOfficerId = m_officer->currentData().toLongLong();
    model.note = m_note->text().trimmed();
    for (int i = 0; i < m_hamlets->count(); ++i)
        if (m_hamlets->item(i)->checkState() == Qt::Checked)
            model.placeIds.append(m_hamlets->item(i)->data(Qt::UserRole).toLongLong());
    model.zalo.anttOnly = m_anttOnly->isChecked();
    model.zalo.officeHoursOnlyExceptUrgent = m_officeHours->isChecked();
    model.zalo.rules = m_rules->toPlainText().trimmed();
    return model;
}

void ModelDialog::accept() {
    MovementRepo repo(m_db, m_clock);
    qint64 id = m_modelId;
    if (m_modelId) {
        auto updated = repo.update(m_session, m_modelId, entered());
        if (!updated) {
            showError(this, windowTitle(), updated.error());
            return;
        }
    } else {
        auto created = repo.create(m_session, entered());
        if (!created) {
            showError(this, windowTitle(), created.error());
            return;
        }
        id = created.value();
    }
    Q_EMIT saved(id);
    QDialog::accept();
}

} // namespace binhyen::ui
