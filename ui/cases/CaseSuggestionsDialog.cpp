#include "ui/cases/CaseSuggestionsDialog.h"

#include "models/domain/Labels.h"
#include "models/repo/cases/CaseLinkRepo.h"
#include "models/repo/cases/SuggestionRepo.h"
#include "models/repo/tips/TipIntake.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/cases/CasePromptDialog.h"
#include "ui/dialogs/Messages.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

} // namespace

CaseSuggestionsDialog::CaseSuggestionsDialog(Register& reg, const Clock& clock, Session& session,
                                             qint64 tipId, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session)
    , m_tipId(tipId) {
    setObjectName(QStringLiteral("caseSuggestionsDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    auto number = TipIntake(reg.database(), clock).numberOf(tipId);
    setWindowTitle(tr("Suggested cases for tip %1").arg(number ? number.value() : QString()));
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("suggestedCases"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Title"), tr("Occurred at"), tr("Hamlet"),
                                        tr("Status"), tr("Why it is suggested")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, m_table,
            &QTableView::resizeRowsToContents);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_caption->setBuddy(m_table);

    auto* buttons = new QDialogButtonBox(this);
    m_link = buttons->addButton(tr("&Link the tip to this case…"), QDialogButtonBox::ActionRole);
    m_link->setObjectName(QStringLiteral("linkToCase"));
    m_open = buttons->addButton(tr("&Open the case"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("openSuggestedCase"));
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_link, &QPushButton::clicked, this, &CaseSuggestionsDialog::linkSelected);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedCase(); id > 0)
            Q_EMIT caseActivated(id);
    });
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (const qint64 id = selectedCase(); id > 0)
            Q_EMIT caseActivated(id);
    });
    const bool mayLink = isAllowed(session.role(), Operation::LinkTips);
    m_link->setEnabled(mayLink);
    if (!mayLink)
        m_link->setToolTip(tr("Your role may not link tips."));

    auto* box = new QVBoxLayout(this);
    box->addWidget(m_caption);
    box->addWidget(m_table, 1);
    box->addWidget(buttons);
    resize(980, 420);
    reload();
}

void CaseSuggestionsDialog::reload() {
    auto found =
        SuggestionRepo(m_register.database(), m_clock).suggestCasesForTip(m_session, m_tipId);
    if (!found) {
        m_caption->setText(found.error().message);
        return;
    }
    m_suggested = found.take();
    m_caption->setText(m_suggested.isEmpty()
                           ? tr("No open case looks related to this tip.")
                           : tr("&Open cases that may be related (%1):").arg(m_suggested.size()));
    m_table->setRowCount(int(m_suggested.size()));
    for (int row = 0; row < m_suggested.size(); ++row) {
        const CaseSuggestion& s = m_suggested.at(row);
        QStringList reasons;
        for (const SuggestionReason& reason : s.reasons)
            reasons << reason.text;
        m_table->setItem(row, 0, cell(s.number));
        m_table->setItem(row, 1, cell(s.title));
        m_table->setItem(row, 2, cell(s.occurredAt.toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
        m_table->setItem(row, 3, cell(s.hamlet));
        m_table->setItem(row, 4, cell(caseStatusLabel(s.status)));
        m_table->setItem(row, 5, cell(reasons.join(QStringLiteral(" · "))));
    }
    // The reasons take the remaining width and wrap: they are what the officer weighs.
    m_table->resizeColumnsToContents();
    for (int column = 0; column < 5; ++column)
        m_table->setColumnWidth(column, qMin(m_table->columnWidth(column) + 12, 220));
    m_table->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_table->resizeRowsToContents();
    if (!m_suggested.isEmpty())
        m_table->selectRow(0);
}

qint64 CaseSuggestionsDialog::selectedCase() const {
    const int row = m_table->currentRow();
    return row >= 0 && row < m_suggested.size() ? m_suggested.at(row).caseId : 0;
}

void CaseSuggestionsDialog::linkSelected() {
    const qint64 caseId = selectedCase();
    if (caseId <= 0)
        return;
    auto* dialog = new CasePromptDialog(
        tr("Link the tip"), tr("A note on the link (optional):"), false,
        [this, caseId](const QString& note, bool) {
            return CaseLinkRepo(m_register.database(), m_clock)
                .link(m_session, m_tipId, caseId, note);
        },
        this);
    dialog->setObjectName(QStringLiteral("linkTipDialog"));
    connect(dialog, &QDialog::accepted, this, [this, caseId] {
        reload();
        Q_EMIT linked(caseId);
    });
    dialog->open();
}

} // namespace binhyen::ui
