#include "ui/cases/CaseDetailsTab.h"

#include "models/domain/CaseLabels.h"
#include "models/domain/Labels.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/cases/CaseRepo.h"
#include "models/repo/cases/CaseWorkflowRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/cases/CaseFields.h"
#include "ui/cases/CasePromptDialog.h"
#include "ui/dialogs/Messages.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

QPushButton* button(QWidget* parent, const QString& text, const QString& name) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

CaseDetailsTab::CaseDetailsTab(Register& reg, const Clock& clock, Session& session, qint64 caseId,
                               QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session)
    , m_caseId(caseId) {
    m_fields = new CaseFields(reg, clock, session, this);
    m_save = button(this, tr("&Save"), QStringLiteral("saveCase"));
    m_save->setToolTip(tr("Save the case's fields (Ctrl+S)"));
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &CaseDetailsTab::save);
    connect(m_save, &QPushButton::clicked, this, &CaseDetailsTab::save);

    m_officer = new QComboBox(this);
    m_officer->setObjectName(QStringLiteral("assignedOfficer"));
    m_assign = button(this, tr("&Assign"), QStringLiteral("assignCase"));
    connect(m_assign, &QPushButton::clicked, this, &CaseDetailsTab::assign);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    for (const QString& status : openCaseStatuses())
        m_status->addItem(caseStatusLabel(status), status);
    m_setStatus = button(this, tr("Set s&tatus"), QStringLiteral("setStatus"));
    connect(m_setStatus, &QPushButton::clicked, this, &CaseDetailsTab::applyStatus);
    // Read-only text of a fixed height: a long outcome scrolls instead of squeezing the form.
    m_outcome = new QPlainTextEdit(this);
    m_outcome->setObjectName(QStringLiteral("caseOutcome"));
    m_outcome->setReadOnly(true);
    m_outcome->setTabChangesFocus(true);
    m_outcome->setFrameShape(QFrame::NoFrame);
    m_outcome->setBackgroundRole(QPalette::Window);
    m_outcome->viewport()->setAutoFillBackground(false);
    m_outcome->setFixedHeight(m_outcome->fontMetrics().lineSpacing() * 3 + 8);
    m_propose = button(this, tr("&Propose closure…"), QStringLiteral("proposeClosure"));
    connect(m_propose, &QPushButton::clicked, this, &CaseDetailsTab::proposeClosure);
    m_approve = button(this, tr("Appro&ve closure…"), QStringLiteral("approveClosure"));
    connect(m_approve, &QPushButton::clicked, this, &CaseDetailsTab::approveClosure);
    m_return = button(this, tr("Send &back…"), QStringLiteral("returnClosure"));
    connect(m_return, &QPushButton::clicked, this, &CaseDetailsTab::returnClosure);

    auto* work = new QGroupBox(tr("Work on the case"), this);
    auto* form = new QFormLayout(work);
    auto* officerRow = new QHBoxLayout;
    officerRow->addWidget(m_officer, 1);
    officerRow->addWidget(m_assign);
    auto* officerLabel = new QLabel(tr("Officer in &charge"), work);
    officerLabel->setBuddy(m_officer);
    form->addRow(officerLabel, officerRow);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_setStatus);
    auto* statusLabel = new QLabel(tr("Stat&us"), work);
    statusLabel->setBuddy(m_status);
    form->addRow(statusLabel, statusRow);
    form->addRow(tr("Outcome"), m_outcome);
    auto* closure = new QHBoxLayout;
    closure->addWidget(m_propose);
    closure->addStretch(1);
    closure->addWidget(m_approve);
    closure->addWidget(m_return);
    form->addRow(tr("Closure"), closure);

    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch(1);
    saveRow->addWidget(m_save);
    auto* box = new QVBoxLayout(this);
    box->addWidget(m_fields);
    box->addLayout(saveRow);
    box->addWidget(work);
    box->addStretch(1);
}

void CaseDetailsTab::loadOfficers() {
    auto accounts = UserRepo(m_register.database(), m_clock).list();
    m_officer->clear();
    m_officer->addItem(tr("(nobody)"), qlonglong(0));
    if (!accounts)
        return;
    for (const Account& account : accounts.value()) {
        if (account.active && (account.role == Role::Officer || account.role == Role::Chief))
            m_officer->addItem(account.fullName, qlonglong(account.id));
    }
}

void CaseDetailsTab::setCase(const CaseDetail& detail) {
    m_detail = detail;
    if (!m_loaded) {
        if (auto choices = m_fields->loadChoices(); !choices)
            showError(this, tr("The case's lists could not be loaded"), choices.error());
        loadOfficers();
        m_loaded = true;
    }
    NewCase values;
    values.title = detail.title;
    values.caseType = detail.caseTypeCode;
    values.occurredAt = detail.occurredAt;
    if (detail.placeId > 0)
        values.placeId = detail.placeId;
    values.address = detail.address;
    values.summary = detail.summary;
    m_fields->setCase(values);
    int officer = m_officer->findData(qlonglong(detail.assignedOfficerId));
    if (officer < 0 && detail.assignedOfficerId > 0) {
        m_officer->addItem(detail.assignedOfficerName, qlonglong(detail.assignedOfficerId));
        officer = m_officer->count() - 1;
    }
    m_officer->setCurrentIndex(qMax(0, officer));
    int status = m_status->findData(detail.status);
    if (status < 0) { // 'closed' is shown, never chosen
        m_status->addItem(caseStatusLabel(detail.status), detail.status);
        status = m_status->count() - 1;
    }
    m_status->setCurrentIndex(status);
    QString outcome = detail.outcome.isEmpty() ? tr("(none yet)") : detail.outcome;
    if (detail.proposedSolved.has_value())
        outcome += QStringLiteral(" — ") +
                   (*detail.proposedSolved ? tr("proposed as solved") : tr("proposed as unsolved"));
    if (detail.closureProposedAt.isValid())
        outcome += QStringLiteral("\n") +
                   tr("Proposed by %1 on %2")
                       .arg(detail.closureProposedByName,
                            detail.closureProposedAt.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    m_outcome->setPlainText(outcome);
    updateActions();
}

void CaseDetailsTab::disable(QWidget* widget, bool enabled, const QString& why) {
    widget->setEnabled(enabled);
    widget->setToolTip(enabled ? QString() : why);
}

void CaseDetailsTab::updateActions() {
    const Role role = m_session.role();
    const bool closed = m_detail.status == QStringLiteral("closed");
    const bool pending = m_detail.reviewStatus == QStringLiteral("pending");
    const QString closedWhy = tr("The case is closed.");
    const bool canWrite = isAllowed(role, Operation::WriteRecords);
    m_fields->setEditable(canWrite && !closed);
    disable(m_save, canWrite && !closed,
            closed ? closedWhy : tr("Your role may not change cases."));
    const bool canAssign = isAllowed(role, Operation::AssignWork);
    disable(m_assign, canAssign && !closed,
            closed ? closedWhy : tr("Only the station chief assigns a case."));
    m_officer->setEnabled(canAssign && !closed);
    const bool canStatus = canWrite && !closed && !pending;
    disable(m_setStatus, canStatus,
            closed    ? closedWhy
            : pending ? tr("The closure waits for the chief's review.")
                      : tr("Your role may not change cases."));
    m_status->setEnabled(canStatus);
    disable(m_propose, isAllowed(role, Operation::ProposeCaseClosure) && !closed && !pending,
            closed    ? closedWhy
            : pending ? tr("A closure proposal already waits for the chief.")
                      : tr("Your role may not propose a closure."));
    const bool canReview = isAllowed(role, Operation::ReviewCase);
    const QString reviewWhy = !canReview ? tr("Only the station chief approves a closure.")
                                         : tr("No closure proposal waits for review.");
    disable(m_approve, canReview && pending, reviewWhy);
    disable(m_return, canReview && pending, reviewWhy);
}

void CaseDetailsTab::save() {
    if (!m_save->isEnabled())
        return;
    auto values = m_fields->values();
    if (!values) {
        showError(this, tr("Save the case"), values.error());
        return;
    }
    if (auto done =
            CaseRepo(m_register.database(), m_clock).update(m_session, m_caseId, values.value());
        !done) {
        showError(this, tr("Save the case"), done.error());
        return;
    }
    Q_EMIT changed();
}

void CaseDetailsTab::assign() {
    const qint64 officer = m_officer->currentData().toLongLong();
    if (officer <= 0 || officer == m_detail.assignedOfficerId)
        return;
    if (auto done = CaseWorkflowRepo(m_register.database(), m_clock)
                        .assignCase(m_session, m_caseId, officer);
        !done) {
        showError(this, tr("Assign the case"), done.error());
        return;
    }
    Q_EMIT changed();
}

void CaseDetailsTab::applyStatus() {
    const QString status = m_status->currentData().toString();
    if (status == m_detail.status)
        return;
    if (auto done = CaseWorkflowRepo(m_register.database(), m_clock)
                        .setStatus(m_session, m_caseId, status, QString());
        !done) {
        showError(this, tr("Set the status"), done.error());
        return;
    }
    Q_EMIT changed();
}

void CaseDetailsTab::proposeClosure() {
    auto* dialog = new CasePromptDialog(
        tr("Propose closing case %1").arg(m_detail.number),
        tr("The outcome of the case (what was done, what was found):"), true,
        [this](const QString& outcome, bool solved) {
            return CaseWorkflowRepo(m_register.database(), m_clock)
                .proposeClosure(m_session, m_caseId, outcome, solved);
        },
        this, tr("The case was &solved"));
    dialog->setObjectName(QStringLiteral("proposeClosureDialog"));
    connect(dialog, &QDialog::accepted, this, &CaseDetailsTab::changed);
    dialog->open();
}

void CaseDetailsTab::approveClosure() {
    auto* dialog = new CasePromptDialog(
        tr("Approve closing case %1").arg(m_detail.number), tr("Your comment (optional):"), false,
        [this](const QString& comment, bool) {
            return CaseWorkflowRepo(m_register.database(), m_clock)
                .approveClosure(m_session, m_caseId, comment);
        },
        this);
    dialog->setObjectName(QStringLiteral("approveClosureDialog"));
    connect(dialog, &QDialog::accepted, this, &CaseDetailsTab::changed);
    dialog->open();
}

void CaseDetailsTab::returnClosure() {
    auto* dialog = new CasePromptDialog(
        tr("Send case %1 back").arg(m_detail.number),
        tr("Why is the closure sent back? The officer will see your comment:"), true,
        [this](const QString& comment, bool) {
            return CaseWorkflowRepo(m_register.database(), m_clock)
                .returnClosure(m_session, m_caseId, comment);
        },
        this);
    dialog->setObjectName(QStringLiteral("returnClosureDialog"));
    connect(dialog, &QDialog::accepted, this, &CaseDetailsTab::changed);
    dialog->open();
}

} // namespace binhyen::ui
