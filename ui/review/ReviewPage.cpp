#include "ui/review/ReviewPage.h"

#include "models/domain/Case.h"
#include "models/repo/cases/CaseWorkflowRepo.h"
#include "models/repo/cases/ReviewQueueRepo.h"
#include "models/repo/tips/TipWorkflowRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/review/ActionDialog.h"
#include "ui/review/ReviewChoices.h"
#include "ui/review/ReviewSection.h"

#include <QAction>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

ReviewPage::ReviewPage(Register& reg, const Clock& clock, Session& session, QWidget* parent,
                       bool readNow)
    : QWidget(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("reviewPage"));
    m_unclassified =
        new ReviewSection(QStringLiteral("unclassified"), tr("Tips not yet classified (%1)"),
                          tr("Received"), tr("Every tip has been classified."), this);
    m_due = new ReviewSection(QStringLiteral("due"), tr("Deadlines due within 24 hours (%1)"),
                              tr("Deadline"), tr("No deadline is due."), this);
    m_valuable = new ReviewSection(QStringLiteral("valuable"), tr("Proposed as valuable tips (%1)"),
                                   tr("Proposed"), tr("No tip waits for confirmation."), this);
    m_closure = new ReviewSection(QStringLiteral("closure"), tr("Cases proposed for closure (%1)"),
                                  tr("Proposed"), tr("No case waits for approval."), this);

    addReviewAction(m_unclassified, QStringLiteral("unclassifiedOpen"), tr("Open"), {},
                    Operation::ReadRecords, &ReviewPage::open, true);
    addReviewAction(m_unclassified, QStringLiteral("unclassifiedClassify"), tr("Classify…"),
                    QKeySequence(Qt::CTRL | Qt::Key_L), Operation::ChangeTipStatus,
                    &ReviewPage::classify);
    addReviewAction(m_unclassified, QStringLiteral("unclassifiedAssign"), tr("Assign…"),
                    QKeySequence(Qt::CTRL | Qt::Key_G), Operation::AssignWork, &ReviewPage::assign);

    addReviewAction(m_due, QStringLiteral("dueOpen"), tr("Open"), {}, Operation::ReadRecords,
                    &ReviewPage::open, true);
    addReviewAction(m_due, QStringLiteral("dueAssign"), tr("Assign…"),
                    QKeySequence(Qt::CTRL | Qt::Key_G), Operation::AssignWork, &ReviewPage::assign);

    addReviewAction(m_valuable, QStringLiteral("valuableOpen"), tr("Open"), {},
                    Operation::ReadRecords, &ReviewPage::open, true);
    addReviewAction(m_valuable, QStringLiteral("valuableConfirm"), tr("Confirm valuable…"),
                    QKeySequence(Qt::CTRL | Qt::Key_Y), Operation::ConfirmValuable,
                    &ReviewPage::confirmValuable);
    addReviewAction(m_valuable, QStringLiteral("valuableReject"), tr("Reject…"),
                    QKeySequence(Qt::CTRL | Qt::Key_R), Operation::ConfirmValuable,
                    &ReviewPage::rejectValuable);
    addReviewAction(m_valuable, QStringLiteral("valuableAssign"), tr("Assign…"),
                    QKeySequence(Qt::CTRL | Qt::Key_G), Operation::AssignWork, &ReviewPage::assign);

    addReviewAction(m_closure, QStringLiteral("closureOpen"), tr("Open"), {},
                    Operation::ReadRecords, &ReviewPage::open, true);
    addReviewAction(m_closure, QStringLiteral("closureApprove"), tr("Approve closure…"),
                    QKeySequence(Qt::CTRL | Qt::Key_Y), Operation::ReviewCase,
                    &ReviewPage::approveClosure);
    addReviewAction(m_closure, QStringLiteral("closureReturn"), tr("Send back…"),
                    QKeySequence(Qt::CTRL | Qt::Key_R), Operation::ReviewCase,
                    &ReviewPage::returnClosure);
    addReviewAction(m_closure, QStringLiteral("closureAssign"), tr("Assign…"),
                    QKeySequence(Qt::CTRL | Qt::Key_G), Operation::AssignWork, &ReviewPage::assign);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("reviewProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    m_problem->hide();
    m_allDone = new QLabel(tr("Nothing waits for review."), this);
    m_allDone->setObjectName(QStringLiteral("reviewAllDone"));
    m_allDone->setStyleSheet(QStringLiteral("font-weight: bold; color: #1a5c1a;"));
    m_allDone->hide();

    auto* box = new QVBoxLayout(this);
    box->addWidget(m_problem);
    box->addWidget(m_allDone);
    for (ReviewSection* section : {m_unclassified, m_due, m_valuable, m_closure}) {
        box->addWidget(section, 1);
        connect(section, &ReviewSection::currentChanged, this, &ReviewPage::updateActions);
    }
    box->addStretch(0); // takes what is left when every section is empty
    setTabOrder(m_unclassified->table(), m_due->table());
    setTabOrder(m_due->table(), m_valuable->table());
    setTabOrder(m_valuable->table(), m_closure->table());
    if (readNow)
        reload();
}

QAction* ReviewPage::addReviewAction(ReviewSection* section, const QString& name,
                                     const QString& text, const QKeySequence& shortcut,
                                     Operation operation, Handler handler, bool isDefault) {
    auto* action = new QAction(text, section);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    if (isDefault)
        action->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    const auto allowed = require(m_session, operation);
    if (!allowed) {
        action->setEnabled(false);
        action->setToolTip(allowed.error().message); // why it is disabled
    } else {
        m_actions.append({action, section});
        action->setToolTip(shortcut.isEmpty() ? text
                                              : text + QStringLiteral(" (") +
                                                    shortcut.toString(QKeySequence::NativeText) +
                                                    QLatin1Char(')'));
    }
    connect(action, &QAction::triggered, this, [this, section, handler] {
        if (const ReviewItem* item = section->current())
            (this->*handler)(*item);
    });
    section->addAction(action, isDefault);
    return action;
}

void ReviewPage::updateActions() {
    for (const auto& [action, section] : std::as_const(m_actions))
        action->setEnabled(section->current() != nullptr);
}

void ReviewPage::reload() {
    auto head = ReviewQueueRepo(m_register.database(), m_clock).head(m_session, kShown);
    if (!head) {
        m_problem->setText(tr("The review queue could not be read: %1").arg(head.error().message));
        m_problem->show();
        return;
    }
    m_problem->hide();
    const QDateTime now = m_clock.now();
    const ReviewQueue& q = head.value().queue;
    const ReviewQueueCounts& total = head.value().totals;
    m_unclassified->setItems(q.unclassified, now, false, total.unclassified);
    m_due->setItems(q.dueSoon, now, true, total.dueSoon);
    m_valuable->setItems(q.valuableProposals, now, false, total.valuableProposals);
    m_closure->setItems(q.closureProposals, now, false, total.closureProposals);
    // Empty sections shrink to their one line; the others share the height.
    if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
        for (ReviewSection* section : {m_unclassified, m_due, m_valuable, m_closure}) {
            const bool any = section->count() > 0;
            box->setStretchFactor(section, any ? 1 : 0);
            section->setSizePolicy(QSizePolicy::Preferred,
                                   any ? QSizePolicy::Expanding : QSizePolicy::Maximum);
        }
    }
    m_allDone->setVisible(q.unclassified.isEmpty() && q.dueSoon.isEmpty() &&
                          q.valuableProposals.isEmpty() && q.closureProposals.isEmpty());
    updateActions();
}

void ReviewPage::afterAction() {
    reload();
    Q_EMIT changed();
}

void ReviewPage::open(const ReviewItem& item) {
    if (item.kind == QStringLiteral("case"))
        Q_EMIT caseActivated(item.id);
    else
        Q_EMIT tipActivated(item.id);
}

void ReviewPage::classify(const ReviewItem& item) {
    const qint64 id = item.id;
    auto* dialog = new ActionDialog(
        tr("Classify tip %1").arg(item.number), item.text, tr("&Reason"), true,
        [this, id](const QVariant& choice, const QString& reason) {
            return TipWorkflowRepo(m_register.database(), m_clock)
                .classify(m_session, id, choice.toString(), reason);
        },
        this);
    dialog->setChoices(tr("&Classification"), classificationChoices());
    openAction(dialog, [this] { afterAction(); });
}

void ReviewPage::assign(const ReviewItem& item) {
    const bool isCase = item.kind == QStringLiteral("case");
    const qint64 id = item.id;
    auto* dialog =
        new ActionDialog((isCase ? tr("Assign case %1") : tr("Assign tip %1")).arg(item.number),
                         item.text, tr("&Note"), false,
                         [this, id, isCase](const QVariant& choice, const QString&) {
                             CaseWorkflowRepo repo(m_register.database(), m_clock);
                             return isCase ? repo.assignCase(m_session, id, choice.toLongLong())
                                           : repo.assignTip(m_session, id, choice.toLongLong());
                         },
                         this);
    dialog->setChoices(tr("&Officer"), officerChoices(m_register.database(), m_clock));
    dialog->hideText();
    openAction(dialog, [this] { afterAction(); });
}

void ReviewPage::confirmValuable(const ReviewItem& item) {
    const qint64 id = item.id;
    auto* dialog = new ActionDialog(
        tr("Confirm tip %1 as valuable").arg(item.number), item.text, tr("&Reason"), true,
        [this, id](const QVariant&, const QString& reason) {
            return TipWorkflowRepo(m_register.database(), m_clock)
                .confirmValuable(m_session, id, reason);
        },
        this);
    openAction(dialog, [this] { afterAction(); });
}

void ReviewPage::rejectValuable(const ReviewItem& item) {
    const qint64 id = item.id;
    auto* dialog = new ActionDialog(
        tr("Do not confirm tip %1 as valuable").arg(item.number), item.text, tr("&Reason"), true,
        [this, id](const QVariant&, const QString& reason) {
            return TipWorkflowRepo(m_register.database(), m_clock)
                .rejectValuable(m_session, id, reason);
        },
        this);
    openAction(dialog, [this] { afterAction(); });
}

void ReviewPage::approveClosure(const ReviewItem& item) {
    const qint64 id = item.id;
    auto* dialog = new ActionDialog(
        tr("Approve the closure of case %1").arg(item.number), item.text, tr("&Comment"), false,
        [this, id](const QVariant&, const QString& comment) {
            return CaseWorkflowRepo(m_register.database(), m_clock)
                .approveClosure(m_session, id, comment);
        },
        this);
    openAction(dialog, [this] { afterAction(); });
}

void ReviewPage::returnClosure(const ReviewItem& item) {
    const qint64 id = item.id;
    auto* dialog = new ActionDialog(
        tr("Send case %1 back").arg(item.number),
        item.text + QLatin1Char('\n') +
            tr("Say what is missing: the officer in charge reads this comment."),
        tr("&Comment"), true,
        [this, id](const QVariant&, const QString& comment) {
            return CaseWorkflowRepo(m_register.database(), m_clock)
                .returnClosure(m_session, id, comment);
        },
        this);
    openAction(dialog, [this] { afterAction(); });
}

} // namespace binhyen::ui
