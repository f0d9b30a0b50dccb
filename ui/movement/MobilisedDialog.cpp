#include "ui/movement/MobilisedDialog.h"

#include "models/domain/Clock.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/movement/MobilisedRepo.h"
#include "models/repo/persons/PersonRepo.h"
#include "ui/dialogs/Messages.h"
#include "ui/movement/RegisterTools.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace binhyen::ui {

MobilisedDialog::MobilisedDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                                 QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("mobilisedDialog"));
    setWindowTitle(tr("New mobilised resident"));
    const QDate today = stationToday(clock);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("mobilisedFind"));
    m_find->setPlaceholderText(tr("Name or phone, then Enter"));
    auto* findButton = new QPushButton(tr("&Find"), this);
    findButton->setObjectName(QStringLiteral("mobilisedFindButton"));
    findButton->setAutoDefault(false);
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("mobilisedPerson"));
    m_person->addItem(tr("(a new person, entered below)"), qint64(0));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("mobilisedName"));
    m_birthYear = new QSpinBox(this);
    m_birthYear->setObjectName(QStringLiteral("mobilisedBirthYear"));
    m_birthYear->setRange(0, today.year());
    m_birthYear->setSpecialValueText(tr("unknown"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("mobilisedPhone"));
    m_hamlet = new QComboBox(this);
    m_hamlet->setObjectName(QStringLiteral("mobilisedHamlet"));
    addHamletItems(m_hamlet, db, clock, session);
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("mobilisedModel"));
    addModelItems(m_model, db, clock, session);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("mobilisedRole"));
    for (const QString& role : residentRoles())
        m_role->addItem(residentRoleLabel(role), role);
    m_consent = new QPlainTextEdit(this);
    m_consent->setObjectName(QStringLiteral("mobilisedConsent"));
    m_consent->setTabChangesFocus(true);
    m_consent->setMaximumHeight(70);
    m_consent->setPlaceholderText(tr("How and when the resident agreed to take part"));
    m_joined = dayEdit(today, QStringLiteral("mobilisedJoined"), this);
    m_hasLeft = new QCheckBox(tr("&Left on"), this);
    m_hasLeft->setObjectName(QStringLiteral("mobilisedHasLeft"));
    m_left = dayEdit(today, QStringLiteral("mobilisedLeft"), this);
    m_left->setEnabled(false);
    connect(m_hasLeft, &QCheckBox::toggled, m_left, &QWidget::setEnabled);

    auto* findRow = new QHBoxLayout;
    findRow->addWidget(m_find, 1);
    findRow->addWidget(findButton);
    auto* leftRow = new QHBoxLayout;
    leftRow->addWidget(m_hasLeft);
    leftRow->addWidget(m_left, 1);
    auto* form = new QFormLayout;
    auto* findLabel = new QLabel(tr("Search the re&gister:"), this);
    findLabel->setBuddy(m_find); // a row holding a layout gets no buddy of its own
    form->addRow(findLabel, findRow);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&Birth year:"), m_birthYear);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("Ha&mlet:"), m_hamlet);
    form->addRow(tr("M&odel:"), m_model);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Consent note:"), m_consent);
    form->addRow(tr("&Joined on:"), m_joined);
    form->addRow(QString(), leftRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mobilisedSave"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &MobilisedDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MobilisedDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_find, &QLineEdit::returnPressed, this, &MobilisedDialog::findPersons);
    connect(findButton, &QPushButton::clicked, this, &MobilisedDialog::findPersons);
    connect(m_person, &QComboBox::currentIndexChanged, this, &MobilisedDialog::updatePerson);
    updatePerson();
}

void MobilisedDialog::findPersons() {
    const QString text = m_find->text().trimmed();
    if (text.isEmpty())
        return;
    auto found = PersonRepo(m_db, m_clock).find(m_session, text);
    if (!found) {
        showError(this, windowTitle(), found.error());
        return;
    }
    while (m_person->count() > 1)
        m_person->removeItem(1);
    for (const Person& person : found.value()) {
        QString label = person.fullName;
        if (person.birthYear > 0)
            label += QStringLiteral(" (%1)").arg(person.birthYear);
        if (!person.placeName.isEmpty())
            label += QStringLiteral(" – ") + person.placeName;
        m_person->addItem(label, person.id);
    }
    m_person->setCurrentIndex(found.value().isEmpty() ? 0 : 1);
    if (found.value().isEmpty())
        showInfo(this, windowTitle(), tr("No registered person matches \"%1\".").arg(text));
}

void MobilisedDialog::updatePerson() {
    const bool newPerson = m_person->currentData().toLongLong() == 0;
    for (QWidget* field : {static_cast<QWidget*>(m_name), static_cast<QWidget*>(m_birthYear),
                           static_cast<QWidget*>(m_phone), static_cast<QWidget*>(m_hamlet)})
        field->setEnabled(newPerson);
}

NewMobilised MobilisedDialog::entered() const {
    NewMobilised resident;
    resident.personId = m_person->currentData().toLongLong();
    if (resident.personId == 0) {
        resident.person.fullName = m_name->text().trimmed();
        resident.person.birthYear = m_birthYear->value();
        resident.person.phone = m_phone->text().trimmed();
        resident.person.placeId = m_hamlet->currentData().toLongLong();
    }
    resident.modelId = m_model->currentData().toLongLong();
    resident.role = m_role->currentData().toString();
    resident.consentNote = m_consent->toPlainText().trimmed();
    resident.joinedOn = m_joined->date();
    if (m_hasLeft->isChecked())
        resident.leftOn = m_left->date();
    return resident;
}

void MobilisedDialog::accept() {
    auto added = MobilisedRepo(m_db, m_clock).add(m_session, entered());
    if (!added) {
        showError(this, windowTitle(), added.error());
        return;
    }
    Q_EMIT saved(added.value());
    QDialog::accept();
}

} // namespace binhyen::ui
