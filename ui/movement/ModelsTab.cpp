#include "ui/movement/ModelsTab.h"

#include "models/domain/Clock.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/movement/MovementRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "ui/dialogs/Messages.h"
#include "ui/movement/ModelDialog.h"

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

ModelsTab::ModelsTab(QSqlDatabase db, const Clock& clock, const Session& session, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_canWrite(isAllowed(session.role(), Operation::WriteRecords)) {
    setObjectName(QStringLiteral("modelsTab"));
    m_date = new QDateEdit(clock.now().toTimeZone(Clock::stationZone()).date(), this);
    m_date->setObjectName(QStringLiteral("modelsDate"));
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setCalendarPopup(true);
    auto* dateLabel = new QLabel(tr("In force &on:"), this);
    dateLabel->setBuddy(m_date);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("modelsType"));
    m_type->addItem(tr("All types"), QString());
    if (auto types = MovementRepo(db, clock).types(session, true))
        for (const MovementModelType& type : types.value())
            m_type->addItem(type.label, type.code);
    auto* typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);

    m_table = new QTableWidget(0, 10, this);
    m_table->setObjectName(QStringLiteral("modelsTable"));
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Name"), tr("Hamlets"), tr("Points"),
                                        tr("Teams"), tr("Members"), tr("Households"), tr("Started"),
                                        tr("Ended"), tr("Exemplary")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Type and name are long: fixed widths (full text in the tooltip), the hamlets take the rest.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 200);
    m_table->setColumnWidth(1, 300);

    m_new = new QPushButton(tr("&New model…"), this);
    m_new->setObjectName(QStringLiteral("modelNew"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("modelEdit"));
    m_end = new QPushButton(tr("En&d…"), this);
    m_end->setObjectName(QStringLiteral("modelEnd"));
    if (!m_canWrite)
        for (QPushButton* button : {m_new, m_edit, m_end})
            button->setToolTip(tr("Inspectors read the register but do not change it."));

    auto* top = new QHBoxLayout;
    top->addWidget(dateLabel);
    top->addWidget(m_date);
    top->addSpacing(16);
    top->addWidget(typeLabel);
    top->addWidget(m_type);
    top->addStretch(1);
    top->addWidget(m_new);
    top->addWidget(m_edit);
    top->addWidget(m_end);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);

    connect(m_date, &QDateEdit::dateChanged, this, &ModelsTab::reload);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ModelsTab::reload);
    connect(m_new, &QPushButton::clicked, this, &ModelsTab::newModel);
    connect(m_edit, &QPushButton::clicked, this, &ModelsTab::editModel);
    connect(m_end, &QPushButton::clicked, this, &ModelsTab::endModel);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ModelsTab::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (m_canWrite)
            editModel();
    });
    reload();
}

qint64 ModelsTab::selectedId() const {
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0) || !m_table->item(row, 0)->isSelected())
        return 0;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void ModelsTab::updateButtons() {
    m_new->setEnabled(m_canWrite);
    m_edit->setEnabled(m_canWrite && selectedId() != 0);
    m_end->setEnabled(m_canWrite && selectedId() != 0);
}

void ModelsTab::reload() {
    MovementFilter filter;
    filter.typeCode = m_type->currentData().toString();
    filter.inForceOn = m_date->date();
    auto models = MovementRepo(m_db, m_clock).list(m_session, filter);
    m_table->setRowCount(0);
    if (!models) {
        showError(this, tr("Models"), models.error());
        updateButtons();
        return;
    }
    m_table->setRowCount(models.value().size());
    int row = 0;
    for (const MovementModel& model : models.value()) {
        const QStringList texts{model.typeLabel,
                                model.name,
                                model.placeNames.join(QStringLiteral(", ")),
                                QString::number(model.points),
                                QString::number(model.teams),
                                QString::number(model.members),
                                QString::number(model.households),
                                movementDateText(model.startedOn),
                                movementDateText(model.endedOn),
                                model.exemplary ? tr("Yes") : QString()};
        for (int col = 0; col < texts.size(); ++col) {
            auto* item = new QTableWidgetItem(texts.at(col));
            if (col >= 3 && col <= 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col, item);
        }
        m_table->item(row, 0)->setData(Qt::UserRole, model.id);
        m_table->item(row, 2)->setToolTip(model.placeNames.join(QLatin1Char('\n')));
        m_table->item(row, 0)->setToolTip(model.typeLabel);
        m_table->item(row, 1)->setToolTip(model.name);
        ++row;
    }
    updateButtons();
}

void ModelsTab::newModel() {
    auto* dialog = new ModelDialog(m_db, m_clock, m_session, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ModelDialog::saved, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

void ModelsTab::editModel() {
    const qint64 id = selectedId();
    if (!id)
        return;
    auto* dialog = new ModelDialog(m_db, m_clock, m_session, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ModelDialog::saved, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

void ModelsTab::endModel() {
    const qint64 id = selectedId();
    if (!id)
        return;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("endModelDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("End the model"));
    auto* date = new QDateEdit(m_clock.now().toTimeZone(Clock::stationZone()).date(), dialog);
    date->setObjectName(QStringLiteral("modelEndDate"));
    date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    date->setCalendarPopup(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&First day it no longer runs:"), date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&End the model"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, date, id] {
        auto ended = MovementRepo(m_db, m_clock).end(m_session, id, date->date());
        if (!ended) {
            showError(dialog, dialog->windowTitle(), ended.error());
            return;
        }
        dialog->accept();
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

} // namespace binhyen::ui
