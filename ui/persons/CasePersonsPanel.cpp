#include "ui/persons/CasePersonsPanel.h"

#include "models/repo/persons/CasePersonRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"
#include "ui/persons/PersonPickerDialog.h"
#include "ui/persons/SuspectOutcomeDialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

constexpr int kRowRole = Qt::UserRole + 1;
const QString kDateFormat = QStringLiteral("dd/MM/yyyy HH:mm");

} // namespace

CasePersonsPanel::CasePersonsPanel(Register& reg, const Clock& clock, Session& session,
                                   QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("casePersonsPanel"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("casePersonsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Full name"), tr("Born"), tr("Role"), tr("Outcome"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_add = new QPushButton(tr("&Add person…"), this);
    m_add->setObjectName(QStringLiteral("addPersonButton"));
    m_outcome = new QPushButton(tr("Suspect &outcome…"), this);
    m_outcome->setObjectName(QStringLiteral("suspectOutcomeButton"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removePersonButton"));
    connect(m_add, &QPushButton::clicked, this, &CasePersonsPanel::addPerson);
    connect(m_outcome, &QPushButton::clicked, this, &CasePersonsPanel::editOutcome);
    connect(m_remove, &QPushButton::clicked, this, &CasePersonsPanel::removePerson);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &CasePersonsPanel::updateActions);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (m_outcome->isEnabled())
            editOutcome();
    });
    for (QPushButton* button : {m_add, m_outcome, m_remove}) {
        auto* action = new QAction(button->text(), m_table);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        connect(m_table, &QTableWidget::itemSelectionChanged, action,
                [action, button] { action->setEnabled(button->isEnabled()); });
        m_table->addAction(action);
    }

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_outcome);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->addWidget(m_table, 1);
    box->addLayout(buttons);
    updateActions();
}

void CasePersonsPanel::setCase(qint64 caseId, bool editable) {
    m_caseId = caseId;
    m_editable = editable;
    reload();
}

void CasePersonsPanel::reload() {
    m_table->setRowCount(0);
    m_rows.clear();
    if (m_caseId <= 0) {
        updateActions();
        return;
    }
    auto rows = CasePersonRepo(m_register.database(), m_clock).list(m_session, m_caseId);
    if (!rows) {
        m_table->setRowCount(1);
        m_table->setItem(0, 0, new QTableWidgetItem(rows.error().message));
        updateActions();
        return;
    }
    m_rows = rows.value();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const CasePersonRow& p = m_rows.at(r);
        const QString values[] = {p.fullName,
                                  p.birthYear ? QString::number(p.birthYear) : QString(),
                                  p.roleLabel, outcomeText(p), p.note};
        for (int c = 0; c < 5; ++c) {
            auto* cell = new QTableWidgetItem(values[c]);
            cell->setData(kRowRole, r);
            if (c == 3 || c == 4)
                cell->setToolTip(values[c]);
            m_table->setItem(r, c, cell);
        }
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);
    if (!m_rows.isEmpty())
        m_table->selectRow(0);
    updateActions();
}

QString CasePersonsPanel::outcomeText(const CasePersonRow& row) {
    if (row.role != QStringLiteral("suspect"))
        return {};
    const SuspectOutcome& o = row.outcome;
    QStringList parts;
    auto add = [&parts](const QString& label, const QDateTime& at) {
        if (at.isValid())
            parts.append(label.arg(at.toString(kDateFormat)));
    };
    add(tr("identified %1"), o.identifiedAt);
    add(tr("arrested %1"), o.arrestedAt);
    if (o.caughtInAct)
        parts.append(tr("caught in the act"));
    add(tr("surrendered %1"), o.surrenderedAt);
    add(tr("handed over %1"), o.handedOverAt);
    return parts.isEmpty() ? tr("not yet identified") : parts.join(QStringLiteral("; "));
}

const CasePersonRow* CasePersonsPanel::selected() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_rows.at(row);
}

void CasePersonsPanel::updateActions() {
    const auto allowed = require(m_session, Operation::WriteRecords);
    const QString why = !allowed      ? allowed.error().message
                        : !m_editable ? tr("The case is closed or waits for review: it cannot be "
                                           "changed.")
                                      : QString();
    const bool canWrite = allowed && m_editable && m_caseId > 0;
    const CasePersonRow* row = selected();
    m_add->setEnabled(canWrite);
    m_remove->setEnabled(canWrite && row);
    m_outcome->setEnabled(canWrite && row && row->role == QStringLiteral("suspect"));
    for (QPushButton* button : {m_add, m_outcome, m_remove})
        button->setToolTip(canWrite ? QString() : why);
    if (canWrite && row && row->role != QStringLiteral("suspect"))
        m_outcome->setToolTip(tr("Only a suspect has an outcome."));
}

void CasePersonsPanel::addPerson() {
    auto* dialog = new PersonPickerDialog(m_register, m_clock, m_session, m_caseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

void CasePersonsPanel::editOutcome() {
    const CasePersonRow* row = selected();
    if (!row || row->role != QStringLiteral("suspect"))
        return;
    auto* dialog = new SuspectOutcomeDialog(m_register, m_clock, m_session, row->id, row->fullName,
                                            row->outcome, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->open();
}

void CasePersonsPanel::removePerson() {
    const CasePersonRow* row = selected();
    if (!row)
        return;
    if (!askYesNo(this, tr("Remove a person"),
                  tr("Remove %1 (%2) from this case? The person's record stays in the register.")
                      .arg(row->fullName, row->roleLabel)))
        return;
    auto done = CasePersonRepo(m_register.database(), m_clock).remove(m_session, row->id);
    if (!done) {
        showError(this, tr("Remove a person"), done.error());
        return;
    }
    reload();
    Q_EMIT changed();
}

} // namespace binhyen::ui
