// TipFormDialog: saving, drafts, discarding and the identity warning.
#include "models/domain/Clock.h"
#include "models/domain/Tip.h"
#include "models/repo/tips/TipDraftRepo.h"
#include "models/repo/tips/TipIntake.h"
#include "models/security/IdentityCodec.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"
#include "ui/tips/LegalFormsPrinter.h"
#include "ui/tips/TipFormDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace binhyen::ui {

namespace {

QString key(const char* name) {
    return QLatin1String(name);
}

void selectData(QComboBox* box, const QVariant& data) {
    const int index = box->findData(data);
    if (index >= 0)
        box->setCurrentIndex(index);
}

} // namespace

void TipFormDialog::markChanged() {
    updateIdentityState();
    checkMentions();
    if (m_loading || m_savedId)
        return;
    m_dirty = true;
    m_autosave->start();
}

void TipFormDialog::updateIdentityState() {
    m_zaloGroup->setEnabled(m_channel->currentData().toString() == QStringLiteral("zalo") &&
                            m_zaloGroup->count() > 0);
    m_identityBox->setEnabled(m_informantKind->currentData().toString() ==
                              QStringLiteral("identified"));
}

// Officers cannot unseal stored identities (IdentityRepo::textMentionsSealed is for chiefs), so
// the form checks the text against the identity typed in this very form, for every role.
void TipFormDialog::checkMentions() {
    const auto typed = identity();
    const bool mentions =
        typed && identitycodec::textMentions(
                     m_summary->text() + QLatin1Char('\n') + m_details->toPlainText(), *typed);
    m_mentionWarning->setText(mentions ? tr("The summary or the details repeat the informant's "
                                            "name or phone number. Remove them: only the sealed "
                                            "identity may hold them.")
                                       : QString());
    m_mentionWarning->setVisible(mentions);
}

bool TipFormDialog::hasContent() const {
    return (m_dirty || m_resumed) &&
           (!m_summary->text().trimmed().isEmpty() ||
            !m_details->toPlainText().trimmed().isEmpty() || identity() ||
            !m_address->text().trimmed().isEmpty() || !m_hamlet->text().trimmed().isEmpty());
}

std::optional<InformantIdentity> TipFormDialog::identity() const {
    if (m_informantKind->currentData().toString() != QStringLiteral("identified"))
        return std::nullopt;
    InformantIdentity id;
    id.name = m_name->text().trimmed();
    id.phone = m_phone->text().trimmed();
    id.address = m_idAddress->text().trimmed();
    id.idNumber = m_idNumber->text().trimmed();
    id.relationship = m_relationship->text().trimmed();
    id.note = m_note->text().trimmed();
    if (id.isEmpty())
        return std::nullopt;
    return id;
}

QJsonObject TipFormDialog::fields() const {
    return {{key("receivedAt"), m_received->dateTime().toString(Qt::ISODate)},
            {key("channel"), m_channel->currentData().toString()},
            {key("zaloGroup"), m_zaloGroup->currentData().toLongLong()},
            {key("informantKind"), m_informantKind->currentData().toString()},
            {key("hamlet"), m_hamlet->text()},
            {key("address"), m_address->text()},
            {key("category"), m_category->currentData().toString()},
            {key("classification"), m_classification->currentData().toString()},
            {key("urgency"), m_urgency->currentData().toString()},
            {key("summary"), m_summary->text()},
            {key("details"), m_details->toPlainText()}};
}

void TipFormDialog::applyFields(const QJsonObject& f) {
    m_loading = true;
    m_received->setDateTime(
        QDateTime::fromString(f.value(key("receivedAt")).toString(), Qt::ISODate));
    selectData(m_channel, f.value(key("channel")).toString());
    selectData(m_zaloGroup, qint64(f.value(key("zaloGroup")).toInteger()));
    selectData(m_informantKind, f.value(key("informantKind")).toString());
    m_hamlet->setText(f.value(key("hamlet")).toString());
    m_address->setText(f.value(key("address")).toString());
    selectData(m_category, f.value(key("category")).toString());
    selectData(m_classification, f.value(key("classification")).toString());
    selectData(m_urgency, f.value(key("urgency")).toString());
    m_summary->setText(f.value(key("summary")).toString());
    m_details->setPlainText(f.value(key("details")).toString());
    m_loading = false;
    updateIdentityState();
}

NewTip TipFormDialog::tip() const {
    NewTip t;
    const QDateTime typed = m_received->dateTime();
    t.receivedAt = QDateTime(typed.date(), typed.time(), Clock::stationZone());
    t.channel = m_channel->currentData().toString();
    if (t.channel == QStringLiteral("zalo") && m_zaloGroup->count() > 0)
        t.zaloGroupId = m_zaloGroup->currentData().toLongLong();
    const QString hamlet = m_hamlet->text().trimmed();
    if (m_hamletIds.contains(hamlet))
        t.placeId = m_hamletIds.value(hamlet);
    t.address = m_address->text().trimmed();
    if (!hamlet.isEmpty() && !t.placeId) // an unknown hamlet is kept as written
        t.address = t.address.isEmpty() ? hamlet : hamlet + QStringLiteral(", ") + t.address;
    t.categoryCode = m_category->currentData().toString();
    t.classification = m_classification->currentData().toString();
    t.urgency = m_urgency->currentData().toString();
    t.summary = m_summary->text().trimmed();
    t.details = m_details->toPlainText().trimmed();
    return t;
}

bool TipFormDialog::saveTip() {
    if (m_savedId)
        return true;
    if (m_summary->text().trimmed().isEmpty()) {
        m_status->setText(tr("The summary is required."));
        m_summary->setFocus();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    auto id = TipIntake(m_reg.database(), m_clock).record(m_session, tip(), identity());
    if (!id) {
        showError(this, tr("The tip was not saved"), id.error());
        return false;
    }
    m_savedId = id.value();
    if (const auto typed = identity();
        typed && isAllowed(m_session.role(), Operation::PrintLegalForms))
        m_printIdentity = typed; // for "Print Mẫu 01 now" only; wiped when the form closes
    for (QLineEdit* edit : {m_name, m_phone, m_idAddress, m_idNumber, m_relationship, m_note}) {
        edit->clear(); // the identity is sealed now: never left in clear on screen
        edit->setPlaceholderText(tr("(sealed)"));
    }
    m_autosave->stop();
    m_dirty = false;
    (void)TipDraftRepo(m_reg.database(), m_clock).discard(m_session);
    const QString number = TipIntake(m_reg.database(), m_clock).numberOf(m_savedId).value();
    m_status->setText(tr("Saved tip %1").arg(number));
    m_status->setStyleSheet(QStringLiteral("font-weight: bold; color: #1a5c1a;"));
    for (QWidget* w : findChildren<QWidget*>()) {
        if (w != m_status && w != m_cancelButton && !qobject_cast<QLabel*>(w) &&
            qobject_cast<QWidget*>(w->parent()) == this)
            w->setEnabled(false);
    }
    m_cancelButton->setText(tr("Close"));
    if (m_printIdentity) {
        m_printButton->show();
        m_printButton->setEnabled(true);
    }
    m_cancelButton->setFocus();
    qInfo("tip %lld saved in %lld ms", static_cast<long long>(m_savedId),
          static_cast<long long>(timer.elapsed()));
    Q_EMIT tipSaved(m_savedId, number);
    return true;
}

TipFormDialog::~TipFormDialog() {
    forgetPrintIdentity();
}

void TipFormDialog::printReceipt() {
    if (!m_savedId || !m_printIdentity)
        return;
    printReceiptRecord(this, m_reg, m_clock, m_session, m_savedId, &*m_printIdentity);
}

void TipFormDialog::forgetPrintIdentity() {
    if (!m_printIdentity)
        return;
    identitycodec::wipeIdentity(*m_printIdentity);
    m_printIdentity.reset();
    if (m_printButton)
        m_printButton->setEnabled(false);
}

void TipFormDialog::saveDraft() {
    m_autosave->stop();
    if (!m_dirty || m_savedId)
        return;
    auto saved = TipDraftRepo(m_reg.database(), m_clock).save(m_session, fields(), identity());
    if (!saved) {
        m_status->setText(tr("The draft could not be saved: %1").arg(saved.error().message));
        return;
    }
    m_dirty = false;
    m_status->setText(
        tr("Draft saved at %1").arg(m_clock.now().toString(QStringLiteral("HH:mm:ss"))));
}

void TipFormDialog::offerDraft() {
    auto draft = TipDraftRepo(m_reg.database(), m_clock).load(m_session);
    if (!draft || !draft.value())
        return;
    m_draftLabel->setText(
        tr("An unsaved tip from %1 was found (the form was closed without "
           "saving). Resume it?")
            .arg(draft.value()->updatedAt.toString(QStringLiteral("HH:mm dd/MM/yyyy"))));
    m_draftBanner->show();
    m_draftBanner->findChild<QPushButton*>(QStringLiteral("resumeDraftButton"))->setFocus();
}

void TipFormDialog::resumeDraft() {
    auto draft = TipDraftRepo(m_reg.database(), m_clock).load(m_session);
    m_draftBanner->hide();
    if (!draft || !draft.value())
        return;
    applyFields(draft.value()->fields);
    m_resumed = true; // the stored draft stays until the tip is saved or discarded
    if (draft.value()->identitySealed) {
        const QString notice = tr("The informant's identity was sealed in the draft and cannot "
                                  "be shown again: ask for it and type it again.");
        m_status->setText(notice);
        m_name->setPlaceholderText(notice);
    }
    (m_identityBox->isEnabled() ? static_cast<QWidget*>(m_name) : m_summary)->setFocus();
}

void TipFormDialog::dropDraft() {
    (void)TipDraftRepo(m_reg.database(), m_clock).discard(m_session);
    m_draftBanner->hide();
    m_received->setFocus();
}

void TipFormDialog::reject() {
    if (m_savedId || !hasContent()) {
        if (!m_savedId)
            (void)TipDraftRepo(m_reg.database(), m_clock).discard(m_session);
        QDialog::reject();
        return;
    }
    if (m_confirm)
        return;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Discard this tip?"),
                                tr("The tip has not been saved. Discard what was typed?"),
                                QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("discardConfirm"));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = m_confirm->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("discardYes"));
    QPushButton* no = m_confirm->addButton(tr("Keep typing"), QMessageBox::RejectRole);
    m_confirm->setDefaultButton(no);
    m_confirm->setEscapeButton(no);
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton* button) {
        m_confirm = nullptr;
        if (button != yes)
            return;
        m_autosave->stop();
        m_dirty = false;
        (void)TipDraftRepo(m_reg.database(), m_clock).discard(m_session);
        QDialog::reject();
    });
    m_confirm->open();
}

} // namespace binhyen::ui
