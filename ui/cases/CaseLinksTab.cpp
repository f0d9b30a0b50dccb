#include "ui/cases/CaseLinksTab.h"

#include "models/domain/Labels.h"
#include "models/repo/cases/SuggestionRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/cases/CasePromptDialog.h"
#include "ui/dialogs/Messages.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

const QString kTimeFormat = QStringLiteral("dd/MM/yyyy HH:mm");

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setToolTip(text);
    return item;
}

QTableWidget* table(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

void fitColumns(QTableWidget* t, int stretch) {
    t->resizeColumnsToContents();
    for (int column = 0; column < t->columnCount(); ++column) {
        if (column != stretch)
            t->setColumnWidth(column, qMin(t->columnWidth(column) + 12, 220));
    }
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

} // namespace

CaseLinksTab::CaseLinksTab(Register& reg, const Clock& clock, Session& session, qint64 caseId,
                           QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session)
    , m_caseId(caseId) {
    m_links = table(this, QStringLiteral("linkedTips"),
                    {tr("No."), tr("Received at"), tr("Hamlet"), tr("Summary"), tr("Valuable"),
                     tr("Contributed"), tr("Note")});
    connect(m_links, &QTableWidget::itemChanged, this, &CaseLinksTab::itemChanged);
    m_unlink = new QPushButton(tr("&Unlink…"), this);
    m_unlink->setObjectName(QStringLiteral("unlinkTip"));
    connect(m_unlink, &QPushButton::clicked, this, &CaseLinksTab::unlinkSelected);
    connect(m_links, &QTableWidget::itemSelectionChanged, this, &CaseLinksTab::updateActions);

    m_suggestions = table(
        this, QStringLiteral("suggestedTips"),
        {tr("No."), tr("Received at"), tr("Hamlet"), tr("Summary"), tr("Why it is suggested")});
    m_suggestions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_suggestions->setWordWrap(true);
    connect(m_suggestions->horizontalHeader(), &QHeaderView::sectionResized, m_suggestions,
            &QTableView::resizeRowsToContents);
    m_link = new QPushButton(tr("&Link to this case…"), this);
    m_link->setObjectName(QStringLiteral("linkTip"));
    connect(m_link, &QPushButton::clicked, this, &CaseLinksTab::linkSelected);
    connect(m_suggestions, &QTableWidget::itemSelectionChanged, this, &CaseLinksTab::updateActions);
    connect(m_suggestions, &QTableWidget::itemActivated, this, &CaseLinksTab::linkSelected);

    auto* linkedCaption = new QLabel(tr("Tips &linked to the case"), this);
    linkedCaption->setBuddy(m_links);
    m_suggestionCaption = new QLabel(tr("&Suggested tips"), this);
    m_suggestionCaption->setObjectName(QStringLiteral("suggestionCaption"));
    m_suggestionCaption->setBuddy(m_suggestions);
    auto* linkedButtons = new QHBoxLayout;
    linkedButtons->addWidget(linkedCaption);
    linkedButtons->addStretch(1);
    linkedButtons->addWidget(m_unlink);
    auto* suggestionButtons = new QHBoxLayout;
    suggestionButtons->addWidget(m_suggestionCaption);
    suggestionButtons->addStretch(1);
    suggestionButtons->addWidget(m_link);
    auto* box = new QVBoxLayout(this);
    box->addLayout(linkedButtons);
    box->addWidget(m_links, 1);
    box->addSpacing(6);
    box->addLayout(suggestionButtons);
    box->addWidget(m_suggestions, 1);
}

void CaseLinksTab::setEditable(bool editable) {
    m_editable = editable;
    reload();
}

void CaseLinksTab::reload() {
    auto links = CaseLinkRepo(m_register.database(), m_clock).linksOfCase(m_session, m_caseId);
    if (!links) {
        showError(this, tr("The linked tips could not be read"), links.error());
        return;
    }
    m_linked = links.take();
    auto suggested =
        SuggestionRepo(m_register.database(), m_clock).suggestTipsForCase(m_session, m_caseId);
    m_suggested = suggested ? suggested.take() : QList<TipSuggestion>();
    fillLinks();
    fillSuggestions();
    m_suggestionCaption->setText(suggested ? tr("&Suggested tips (%1)").arg(m_suggested.size())
                                           : suggested.error().message);
    updateActions();
}

void CaseLinksTab::fillLinks() {
    const QSignalBlocker quiet(m_links);
    m_filling = true;
    const Role role = m_session.role();
    const bool mayMark = m_editable && isAllowed(role, Operation::MarkContributed);
    const bool mayNote = m_editable && isAllowed(role, Operation::LinkTips);
    m_links->setRowCount(int(m_linked.size()));
    for (int row = 0; row < m_linked.size(); ++row) {
        const CaseTipLink& link = m_linked.at(row);
        m_links->setItem(row, Number, cell(link.number));
        m_links->setItem(row, Received, cell(link.receivedAt.toString(kTimeFormat)));
        m_links->setItem(row, Hamlet, cell(link.hamlet));
        m_links->setItem(row, Summary, cell(link.summary));
        m_links->setItem(row, Valuable, cell(yesNoLabel(link.valuable)));
        auto* contributed = cell(QString());
        contributed->setFlags(Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                              (mayMark ? Qt::ItemIsEnabled : Qt::NoItemFlags));
        contributed->setCheckState(link.contributed ? Qt::Checked : Qt::Unchecked);
        contributed->setToolTip(mayMark ? tr("Whether the tip helped the result (the chief "
                                             "decides, with a reason)")
                                        : tr("Only the station chief marks a tip as having "
                                             "contributed."));
        m_links->setItem(row, Contributed, contributed);
        auto* note = cell(link.note);
        if (mayNote)
            note->setFlags(note->flags() | Qt::ItemIsEditable);
        note->setToolTip(mayNote ? tr("Double-click or F2 to edit the note") : link.note);
        m_links->setItem(row, Note, note);
    }
    fitColumns(m_links, Summary);
    m_filling = false;
}

void CaseLinksTab::fillSuggestions() {
    m_suggestions->setRowCount(int(m_suggested.size()));
    for (int row = 0; row < m_suggested.size(); ++row) {
        const TipSuggestion& s = m_suggested.at(row);
        QStringList reasons;
        for (const SuggestionReason& reason : s.reasons)
            reasons << reason.text;
        m_suggestions->setItem(row, 0, cell(s.number));
        m_suggestions->setItem(row, 1, cell(s.receivedAt.toString(kTimeFormat)));
        m_suggestions->setItem(row, 2, cell(s.hamlet));
        m_suggestions->setItem(row, 3, cell(s.summary));
        m_suggestions->setItem(row, 4, cell(reasons.join(QStringLiteral(" · "))));
    }
    // The reasons are what the officer weighs: they take the remaining width and wrap.
    fitColumns(m_suggestions, 4);
    m_suggestions->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_suggestions->setColumnWidth(3, 340);
    m_suggestions->resizeRowsToContents();
    if (!m_suggested.isEmpty() && m_suggestions->currentRow() < 0)
        m_suggestions->setCurrentCell(0, 0);
}

void CaseLinksTab::updateActions() {
    const Role role = m_session.role();
    const bool mayUnlink = m_editable && isAllowed(role, Operation::UnlinkTips);
    m_unlink->setEnabled(mayUnlink && m_links->currentRow() >= 0);
    m_unlink->setToolTip(!isAllowed(role, Operation::UnlinkTips)
                             ? tr("Only the station chief unlinks a tip.")
                             : tr("Unlink the selected tip from the case, with the reason"));
    const bool mayLink = m_editable && isAllowed(role, Operation::LinkTips);
    m_link->setEnabled(mayLink && m_suggestions->currentRow() >= 0);
    m_link->setToolTip(mayLink ? tr("Link the selected suggested tip to this case")
                               : tr("The case is closed, or your role may not link tips."));
}

void CaseLinksTab::afterChange() {
    reload();
    Q_EMIT changed();
}

void CaseLinksTab::itemChanged(QTableWidgetItem* item) {
    if (m_filling || !item || item->row() >= m_linked.size())
        return;
    const CaseTipLink link = m_linked.at(item->row());
    CaseLinkRepo repo(m_register.database(), m_clock);
    if (item->column() == Note) {
        if (auto done = repo.setNote(m_session, link.tipId, m_caseId, item->text().trimmed());
            !done) {
            showError(this, tr("Change the note"), done.error());
            QMetaObject::invokeMethod(this, &CaseLinksTab::reload, Qt::QueuedConnection);
            return;
        }
        // Not inside the table's own signal: the lists are rebuilt after it returns.
        QMetaObject::invokeMethod(this, &CaseLinksTab::afterChange, Qt::QueuedConnection);
        return;
    }
    if (item->column() != Contributed)
        return;
    const bool contributed = item->checkState() == Qt::Checked;
    if (contributed == link.contributed)
        return;
    auto* dialog = new CasePromptDialog(
        contributed ? tr("Tip %1 contributed").arg(link.number)
                    : tr("Tip %1 did not contribute").arg(link.number),
        contributed ? tr("Why did tip %1 contribute to the result of the case?").arg(link.number)
                    : tr("Why did tip %1 not contribute to the result?").arg(link.number),
        true,
        [this, link, contributed](const QString& reason, bool) {
            return CaseLinkRepo(m_register.database(), m_clock)
                .setContributed(m_session, link.tipId, m_caseId, contributed, reason);
        },
        this);
    dialog->setObjectName(QStringLiteral("contributedDialog"));
    connect(dialog, &QDialog::accepted, this, &CaseLinksTab::afterChange);
    connect(dialog, &QDialog::rejected, this, &CaseLinksTab::reload); // the box goes back
    dialog->open();
}

void CaseLinksTab::linkSelected() {
    const int row = m_suggestions->currentRow();
    if (!m_link->isEnabled() || row < 0 || row >= m_suggested.size())
        return;
    const TipSuggestion tip = m_suggested.at(row);
    auto* dialog = new CasePromptDialog(
        tr("Link tip %1").arg(tip.number), tr("A note on the link (optional):"), false,
        [this, tip](const QString& note, bool) {
            return CaseLinkRepo(m_register.database(), m_clock)
                .link(m_session, tip.tipId, m_caseId, note);
        },
        this);
    dialog->setObjectName(QStringLiteral("linkTipDialog"));
    connect(dialog, &QDialog::accepted, this, &CaseLinksTab::afterChange);
    dialog->open();
}

void CaseLinksTab::unlinkSelected() {
    const int row = m_links->currentRow();
    if (!m_unlink->isEnabled() || row < 0 || row >= m_linked.size())
        return;
    const CaseTipLink link = m_linked.at(row);
    auto* dialog = new CasePromptDialog(
        tr("Unlink tip %1").arg(link.number),
        tr("Why is tip %1 unlinked from the case?").arg(link.number), true,
        [this, link](const QString& reason, bool) {
            return CaseLinkRepo(m_register.database(), m_clock)
                .unlink(m_session, link.tipId, m_caseId, reason);
        },
        this);
    dialog->setObjectName(QStringLiteral("unlinkTipDialog"));
    connect(dialog, &QDialog::accepted, this, &CaseLinksTab::afterChange);
    dialog->open();
}

} // namespace binhyen::ui
