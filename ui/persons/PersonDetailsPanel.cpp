#include "ui/persons/PersonDetailsPanel.h"

#include "models/item/ListFormat.h"
#include "models/repo/persons/PersonRepo.h"
#include "models/store/Register.h"
#include "ui/persons/EnterActivates.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

constexpr int kCaseIdRole = Qt::UserRole + 1;

QLabel* valueLabel(QWidget* parent, const char* name) {
    auto* label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PersonDetailsPanel::PersonDetailsPanel(Register& reg, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
    , m_clock(clock) {
    m_empty =
        new QLabel(tr("Choose a person in the list to see their record and their cases."), this);
    m_empty->setObjectName(QStringLiteral("noPersonChosen"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);

    m_record = new QWidget(this);
    m_record->setObjectName(QStringLiteral("personRecord"));
    m_name = valueLabel(m_record, "detailName");
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_name->setFont(big);
    m_birthYear = valueLabel(m_record, "detailBirthYear");
    m_phone = valueLabel(m_record, "detailPhone");
    m_idNumber = valueLabel(m_record, "detailIdNumber");
    m_hamlet = valueLabel(m_record, "detailHamlet");
    m_address = valueLabel(m_record, "detailAddress");
    m_note = valueLabel(m_record, "detailNote");
    m_recorded = valueLabel(m_record, "detailRecorded");
    auto* form = new QFormLayout;
    form->addRow(tr("Birth year:"), m_birthYear);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("ID number:"), m_idNumber);
    form->addRow(tr("Hamlet:"), m_hamlet);
    form->addRow(tr("Address:"), m_address);
    form->addRow(tr("Note:"), m_note);
    form->addRow(tr("Recorded:"), m_recorded);

    m_roles = new QTableWidget(0, 3, m_record);
    m_roles->setObjectName(QStringLiteral("personRoles"));
    m_roles->setHorizontalHeaderLabels({tr("Case"), tr("Title"), tr("Role")});
    m_roles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_roles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_roles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_roles->setAlternatingRowColors(true);
    m_roles->verticalHeader()->hide();
    m_roles->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_roles->setToolTip(tr("Enter or a double click opens the case."));
    auto* rolesLabel = new QLabel(tr("&Roles in cases"), m_record);
    rolesLabel->setBuddy(m_roles);
    QFont bold = rolesLabel->font();
    bold.setBold(true);
    rolesLabel->setFont(bold);
    m_rolesCaption = new QLabel(m_record);
    m_rolesCaption->setObjectName(QStringLiteral("rolesCaption"));
    m_rolesCaption->setWordWrap(true);

    auto* record = new QVBoxLayout(m_record);
    record->setContentsMargins(0, 0, 0, 0);
    record->addWidget(m_name);
    record->addLayout(form);
    record->addSpacing(8);
    record->addWidget(rolesLabel);
    record->addWidget(m_rolesCaption);
    record->addWidget(m_roles, 1);

    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(8, 6, 6, 6);
    box->addWidget(m_empty, 1);
    box->addWidget(m_record, 1);

    connect(m_roles, &QTableWidget::cellDoubleClicked, this, &PersonDetailsPanel::activateRole);
    new EnterActivates(m_roles, [this] { activateRole(); });
    clear();
}

void PersonDetailsPanel::clear() {
    m_person = Person();
    m_roles->setRowCount(0);
    m_record->hide();
    m_empty->show();
}

void PersonDetailsPanel::showPerson(const Session& session, const Person& person) {
    m_person = person;
    const QString unknown = tr("unknown");
    m_name->setText(person.fullName);
    m_birthYear->setText(person.birthYear ? QString::number(person.birthYear) : unknown);
    m_phone->setText(person.phone.isEmpty() ? unknown : person.phone);
    m_idNumber->setText(person.idNumber.isEmpty() ? unknown : person.idNumber);
    m_hamlet->setText(person.placeName.isEmpty() ? unknown : person.placeName);
    m_address->setText(person.address.isEmpty() ? unknown : person.address);
    m_note->setText(person.note);
    m_recorded->setText(listformat::dateTime(person.createdAt));
    m_empty->hide();
    m_record->show();

    m_roles->setRowCount(0);
    auto roles = PersonRepo(m_register.database(), m_clock).casesOf(session, person.id);
    if (!roles) {
        m_rolesCaption->setText(roles.error().message);
        return;
    }
    m_rolesCaption->setText(roles.value().isEmpty()
                                ? tr("In no case yet.")
                                : tr("%n case role(s)", nullptr, int(roles.value().size())));
    m_roles->setRowCount(int(roles.value().size()));
    int row = 0;
    for (const PersonCaseRole& role : roles.value()) {
        const QString cells[] = {role.caseNumber, role.caseTitle, role.roleLabel};
        for (int column = 0; column < 3; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            item->setData(kCaseIdRole, role.caseId);
            item->setToolTip(listformat::wrappedTip(cells[column]));
            m_roles->setItem(row, column, item);
        }
        ++row;
    }
    m_roles->resizeColumnToContents(0);
    m_roles->resizeColumnToContents(2);
    if (m_roles->rowCount() > 0)
        m_roles->setCurrentCell(0, 0);
}

void PersonDetailsPanel::activateRole() {
    const QTableWidgetItem* item = m_roles->item(m_roles->currentRow(), 0);
    if (item)
        Q_EMIT caseActivated(item->data(kCaseIdRole).toLongLong());
}

} // namespace binhyen::ui
