// SessionActions: the selected tip's actions (context menu and tool bar).
#include "models/domain/Labels.h"
#include "models/item/TipWindowModel.h"
#include "models/repo/cases/CaseWorkflowRepo.h"
#include "models/repo/identity/IdentityRepo.h"
#include "models/repo/tips/TipIntake.h"
#include "models/repo/tips/TipWorkflowRepo.h"
#include "models/security/IdentityCodec.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/cases/ZaloNoticeDialog.h"
#include "ui/identity/RevealDialog.h"
#include "ui/main/SessionActions.h"
#include "ui/review/ActionDialog.h"
#include "ui/review/ReviewChoices.h"
#include "ui/tips/LegalFormsPrinter.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMainWindow>
#include <QMenu>
#include <QTableView>
#include <QToolBar>

namespace binhyen::ui {

QAction* SessionActions::tipAction(const QString& name, const QString& text, const QString& tip) {
    auto* action = new QAction(text, m_window);
    action->setObjectName(name);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    // Shortcuts only while the tip list has focus (the review page has its own).
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_tipView->addAction(action);
    return action;
}

void SessionActions::installTipActions() {
    m_printReceipt =
        tipAction(QStringLiteral("printReceiptAction"), tr("Print receipt record (Mẫu 01)…"),
                  tr("The receipt record of the selected tip (Mẫu 01)"));
    m_printReceipt->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_printSlip = tipAction(QStringLiteral("printSlipAction"), tr("Print transfer slip (Mẫu 03)…"),
                            tr("The transfer slip of the selected forwarded tip (Mẫu 03)"));
    m_printSlip->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_zaloNotice =
        tipAction(QStringLiteral("lostPersonNoticeAction"), tr("Post lost-person notice to Zalo…"),
                  tr("A notice about the lost person for the hamlet Zalo groups"));
    m_classify = tipAction(QStringLiteral("classifyTipAction"), tr("Classify…"),
                           tr("Classify the selected tip"));
    m_classify->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_assign = tipAction(QStringLiteral("assignTipAction"), tr("Assign…"),
                         tr("Give the selected tip to an officer"));
    m_assign->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    connect(m_printReceipt, &QAction::triggered, this, &SessionActions::printReceipt);
    connect(m_printSlip, &QAction::triggered, this, &SessionActions::printSlip);
    connect(m_zaloNotice, &QAction::triggered, this, &SessionActions::postLostPersonNotice);
    connect(m_classify, &QAction::triggered, this, &SessionActions::classifyTip);
    connect(m_assign, &QAction::triggered, this, &SessionActions::assignTip);

    if (auto categories = TipIntake(m_register.database(), m_clock).categories()) {
        for (const IntakeChoice& c : categories.value()) {
            if (c.code == QStringLiteral("lost_person"))
                m_lostPersonLabel = c.label;
        }
    }

    auto* bar = m_window->addToolBar(tr("Tips"));
    bar->setObjectName(QStringLiteral("tipToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    if (m_reveal)
        bar->addAction(m_reveal);
    bar->addAction(m_printReceipt);
    bar->addAction(m_classify);
    bar->addAction(m_assign);
    m_tipView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tipView, &QWidget::customContextMenuRequested, this, &SessionActions::showTipMenu);
    connect(m_tipView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SessionActions::updateActions);
    connect(m_tips, &QAbstractItemModel::modelReset, this, &SessionActions::updateActions);
    updateActions();
}

SessionActions::TipFacts SessionActions::currentFacts() const {
    TipFacts f;
    f.id = currentTip(&f.number, &f.pseudonym, &f.sealed);
    const QModelIndex index = m_tipView->currentIndex();
    if (f.id > 0 && index.isValid()) {
        const QAbstractItemModel* model = index.model();
        f.status = model->index(index.row(), TipWindowModel::Status).data().toString();
        f.category = model->index(index.row(), TipWindowModel::Category).data().toString();
    }
    return f;
}

void SessionActions::updateActions() {
    const TipFacts tip = currentFacts();
    const bool any = tip.id > 0;
    if (m_reveal)
        m_reveal->setEnabled(any && tip.sealed);
    const auto gate = [this, any](QAction* action, Operation operation, bool applies,
                                  const QString& why, const QString& usual) {
        if (!action)
            return;
        const auto allowed = require(m_session, operation);
        action->setEnabled(any && allowed && applies);
        action->setToolTip(!allowed ? allowed.error().message : !applies && any ? why : usual);
    };
    const bool chief = isAllowed(m_session.role(), Operation::RevealIdentity);
    gate(m_printReceipt, Operation::PrintLegalForms, !tip.sealed || chief,
         tr("This tip's informant identity is sealed: only a chief can print its receipt "
            "record, with a reason."),
         tr("The receipt record of the selected tip (Mẫu 01)"));
    gate(m_printSlip, Operation::PrintLegalForms,
         tip.status == tipStatusLabel(QStringLiteral("forwarded")),
         tr("Only a forwarded tip has a transfer slip."),
         tr("The transfer slip of the selected forwarded tip (Mẫu 03)"));
    gate(m_zaloNotice, Operation::WriteRecords,
         !m_lostPersonLabel.isEmpty() && tip.category == m_lostPersonLabel,
         tr("Only for a tip about a lost person."),
         tr("A notice about the lost person for the hamlet Zalo groups"));
    gate(m_classify, Operation::ChangeTipStatus, true, {}, tr("Classify the selected tip"));
    gate(m_assign, Operation::AssignWork, true, {}, tr("Give the selected tip to an officer"));
}

void SessionActions::showTipMenu(const QPoint& pos) {
    if (!m_tipView->indexAt(pos).isValid())
        return;
    m_tipView->setCurrentIndex(m_tipView->indexAt(pos));
    auto* menu = new QMenu(m_tipView);
    menu->setObjectName(QStringLiteral("tipContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (m_reveal)
        menu->addAction(m_reveal);
    menu->addAction(m_printReceipt);
    menu->addAction(m_printSlip);
    menu->addAction(m_zaloNotice);
    menu->addSeparator();
    menu->addAction(m_classify);
    menu->addAction(m_assign);
    menu->popup(m_tipView->viewport()->mapToGlobal(pos));
}

void SessionActions::afterChange() {
    if (auto* model = qobject_cast<TipWindowModel*>(m_tips))
        model->reload();
    Q_EMIT changed();
}

void SessionActions::printReceipt() {
    const TipFacts tip = currentFacts();
    if (tip.id <= 0 || !m_printReceipt->isEnabled())
        return;
    if (tip.sealed) {
        revealAndPrint(tip);
        return;
    }
    printReceiptRecord(m_window, m_register, m_clock, m_session, tip.id, nullptr);
}

// A chief reads the sealed identity exactly as RevealDialog does (IdentityRepo::reveal with a
// written reason, audited); the form keeps its own copy and the revealed one is wiped here.
void SessionActions::revealAndPrint(const TipFacts& tip) {
    const qint64 id = tip.id;
    auto* dialog = new ActionDialog(
        tr("Receipt record (Mẫu 01) — %1").arg(tip.number),
        tr("The receipt record names the informant %1. Write why it is printed: the reason and "
           "the reveal are recorded in the audit trail under your name.")
            .arg(tip.pseudonym),
        tr("&Reason (at least %1 characters)").arg(RevealDialog::kMinReasonLength), true,
        [this, id](const QVariant&, const QString& reason) -> Result<void> {
            if (reason.simplified().size() < RevealDialog::kMinReasonLength)
                return makeError(ErrorCode::InvalidInput,
                                 tr("Write the reason in at least %1 characters.")
                                     .arg(RevealDialog::kMinReasonLength));
            auto identity =
                IdentityRepo(m_register.database(), m_clock).reveal(m_session, id, reason);
            if (!identity)
                return identity.error();
            InformantIdentity revealed = identity.take();
            printReceiptRecord(m_window, m_register, m_clock, m_session, id, &revealed);
            identitycodec::wipeIdentity(revealed);
            return {};
        },
        m_window);
    dialog->setObjectName(QStringLiteral("printRevealDialog"));
    openAction(dialog, [] {});
}

void SessionActions::printSlip() {
    const TipFacts tip = currentFacts();
    if (tip.id > 0 && m_printSlip->isEnabled())
        printTransferSlip(m_window, m_register, m_clock, m_session, tip.id);
}

void SessionActions::postLostPersonNotice() {
    const TipFacts tip = currentFacts();
    if (tip.id <= 0 || !m_zaloNotice->isEnabled())
        return;
    auto* dialog = new ZaloNoticeDialog(m_register, m_clock, m_session, 0, tip.id, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ZaloNoticeDialog::posted, this, &SessionActions::afterChange);
    dialog->open();
}

void SessionActions::classifyTip() {
    const TipFacts tip = currentFacts();
    if (tip.id <= 0 || !m_classify->isEnabled())
        return;
    const qint64 id = tip.id;
    auto* dialog = new ActionDialog(
        tr("Classify tip %1").arg(tip.number), {}, tr("&Reason"), true,
        [this, id](const QVariant& choice, const QString& reason) {
            return TipWorkflowRepo(m_register.database(), m_clock)
                .classify(m_session, id, choice.toString(), reason);
        },
        m_window);
    dialog->setChoices(tr("&Classification"), classificationChoices());
    openAction(dialog, [this] { afterChange(); });
}

void SessionActions::assignTip() {
    const TipFacts tip = currentFacts();
    if (tip.id <= 0 || !m_assign->isEnabled())
        return;
    const qint64 id = tip.id;
    auto* dialog = new ActionDialog(
        tr("Assign tip %1").arg(tip.number), {}, QString(), false,
        [this, id](const QVariant& choice, const QString&) {
            return CaseWorkflowRepo(m_register.database(), m_clock)
                .assignTip(m_session, id, choice.toLongLong());
        },
        m_window);
    dialog->setChoices(tr("&Officer"), officerChoices(m_register.database(), m_clock));
    dialog->hideText();
    openAction(dialog, [this] { afterChange(); });
}

} // namespace binhyen::ui
