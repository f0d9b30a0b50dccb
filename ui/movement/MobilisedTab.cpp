#include "ui/movement/MobilisedTab.h"

#include "models/domain/Clock.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/movement/MobilisedRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "ui/dialogs/Messages.h"
#include "ui/movement/MobilisedDialog.h"
#include "ui/movement/RegisterTools.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

MobilisedTab::MobilisedTab(QSqlDatabase db, const Clock& clock, const Session& session,
                           QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_canWrite(isAllowed(session.role(), Operation::WriteRecords)) {
    setObjectName(QStringLiteral("mobilisedTab"));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("mobilisedFilterModel"));
    addModelItems(m_model, db, clock, session);
    m_model->setItemText(0, tr("All residents"));
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(36);
    auto* modelLabel = new QLabel(tr("M&odel:"), this);
    modelLabel->setBuddy(m_model);
    m_onlyActive = new QCheckBox(tr("Taking &part on:"), this);
    m_onlyActive->setObjectName(QStringLiteral("mobilisedOnlyActive"));
    m_activeOn = dayEdit(stationToday(clock), QStringLiteral("mobilisedActiveOn"), this);
    m_activeOn->setEnabled(false);

    m_table = registerTable(QStringLiteral("mobilisedTable"),
                            {tr("Name"), tr("Hamlet"), tr("Role"), tr("Model"), tr("Joined"),
                             tr("Left"), tr("Consent note")},
                            this);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_table->setColumnWidth(3, 260);

    m_new = new QPushButton(tr("&New resident…"), this);
    m_new->setObjectName(QStringLiteral("mobilisedNew"));
    m_leave = new QPushButton(tr("Record &leaving…"), this);
    m_leave->setObjectName(QStringLiteral("mobilisedLeave"));
    if (!m_canWrite)
        for (QPushButton* button : {m_new, m_leave})
            button->setToolTip(readOnlyReason());

    auto* top = new QHBoxLayout;
    top->addWidget(modelLabel);
    top->addWidget(m_model);
    top->addSpacing(16);
    top->addWidget(m_onlyActive);
    top->addWidget(m_activeOn);
    top->addStretch(1);
    top->addWidget(m_new);
    top->addWidget(m_leave);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);

    connect(m_model, &QComboBox::currentIndexChanged, this, &MobilisedTab::reload);
    connect(m_onlyActive, &QCheckBox::toggled, m_activeOn, &QWidget::setEnabled);
    connect(m_onlyActive, &QCheckBox::toggled, this, &MobilisedTab::reload);
    connect(m_activeOn, &QDateEdit::dateChanged, this, &MobilisedTab::reload);
    connect(m_new, &QPushButton::clicked, this, &MobilisedTab::newResident);
    connect(m_leave, &QPushButton::clicked, this, &MobilisedTab::recordLeaving);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MobilisedTab::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, &MobilisedTab::openSelected);
    reload();
}

void MobilisedTab::updateButtons() {
    m_new->setEnabled(m_canWrite);
    m_leave->setEnabled(m_canWrite && selectedRowId(m_table) != 0);
}

void MobilisedTab::reload() {
    const QDate activeOn = m_onlyActive->isChecked() ? m_activeOn->date() : QDate();
    auto residents =
        MobilisedRepo(m_db, m_clock).list(m_session, m_model->currentData().toLongLong(), activeOn);
    m_table->setRowCount(0);
    if (!residents) {
        showError(this, tr("Mobilised residents"), residents.error());
        updateButtons();
        return;
    }
    m_table->setRowCount(int(residents.value().size()));
    int row = 0;
    for (const MobilisedRow& r : residents.value())
        setRegisterRow(m_table, row++, r.id,
                       {r.fullName, r.placeName, r.roleLabel, r.modelName,
                        movementDateText(r.joinedOn), movementDateText(r.leftOn), r.consentNote});
    updateButtons();
}

void MobilisedTab::openSelected() {
    if (selectedRowId(m_table))
        showRowDetails(m_table, m_table->currentRow(), tr("Mobilised resident"), this);
}

void MobilisedTab::newResident() {
    if (!m_canWrite)
        return;
    auto* dialog = new MobilisedDialog(m_db, m_clock, m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MobilisedDialog::saved, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->resize(dialog->sizeHint().expandedTo(QSize(560, 0)));
    dialog->open();
}

void MobilisedTab::recordLeaving() {
    const qint64 id = selectedRowId(m_table);
    if (!id || !m_canWrite)
        return;
    const QString name = m_table->item(m_table->currentRow(), 0)->text();
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("mobilisedLeaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Stops taking part"));
    auto* date = dayEdit(stationToday(m_clock), QStringLiteral("mobilisedLeaveDate"), dialog);
    auto* form = new QFormLayout;
    form->addRow(tr("Resident:"), new QLabel(name, dialog));
    form->addRow(tr("&Left on:"), date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, date, id] {
        auto left = MobilisedRepo(m_db, m_clock).leave(m_session, id, date->date());
        if (!left) {
            showError(dialog, dialog->windowTitle(), left.error());
            return;
        }
        dialog->accept();
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

} // namespace binhyen::ui
