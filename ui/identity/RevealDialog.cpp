#include "ui/identity/RevealDialog.h"

#include "models/security/SecretBytes.h"
#include "models/security/Session.h"
#include "models/store/Register.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHideEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

RevealDialog::RevealDialog(Register& reg, const Clock& clock, const Session& chief, qint64 tipId,
                           const QString& tipNumber, const QString& pseudonym, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_chief(chief)
    , m_tipId(tipId) {
    setObjectName(QStringLiteral("revealDialog"));
    setWindowTitle(tr("Informant identity — %1").arg(tipNumber));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("Tip %1, informant %2.").arg(tipNumber, pseudonym) + QLatin1Char(' ') +
            tr("An informant's identity is kept secret (Criminal Procedure Code, Articles "
               "484–486). Write why you need to see it and for which task: the reason and the "
               "reveal are recorded in the audit trail under your name."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* reasonLabel =
        new QLabel(tr("&Reason for viewing (at least %1 characters):").arg(kMinReasonLength), this);
    layout->addWidget(reasonLabel);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(
        tr("For example: call the informant back to verify the theft reported on 03/09"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #a00000"));
    m_problem->hide();
    layout->addWidget(m_problem);

    m_panel = new QGroupBox(tr("Identity"), this);
    m_panel->setObjectName(QStringLiteral("identityPanel"));
    auto* form = new QFormLayout(m_panel);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QString labels[] = {tr("Full name:"), tr("Phone:"),        tr("Address:"),
                              tr("ID number:"), tr("Relationship:"), tr("Note:")};
    for (const QString& label : labels) {
        auto* field = new QLabel(m_panel);
        field->setTextFormat(Qt::PlainText);
        field->setTextInteractionFlags(Qt::NoTextInteraction); // no copy: nothing leaves here
        field->setWordWrap(true);
        form->addRow(label, field);
        m_fields.append(field);
    }
    m_fields.constFirst()->setObjectName(QStringLiteral("identityName"));
    QFont bold = m_fields.constFirst()->font();
    bold.setBold(true);
    m_fields.constFirst()->setFont(bold);
    auto* notice = new QLabel(tr("Viewing this identity has been recorded in the audit trail. It "
                                 "is hidden again when this window closes."),
                              m_panel);
    notice->setObjectName(QStringLiteral("auditNotice"));
    notice->setWordWrap(true);
    notice->setStyleSheet(
        QStringLiteral("background: #fff4d6; border: 1px solid #d9a400; padding: 6px"));
    form->addRow(notice);
    m_panel->hide();
    layout->addWidget(m_panel);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_revealButton = buttons->addButton(tr("&Show identity"), QDialogButtonBox::AcceptRole);
    m_revealButton->setObjectName(QStringLiteral("revealButton"));
    QPushButton* close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(m_revealButton, &QPushButton::clicked, this, &RevealDialog::reveal);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

RevealDialog::~RevealDialog() {
    forget();
}

void RevealDialog::reveal() {
    const QString reason = m_reason->toPlainText().simplified();
    if (reason.size() < kMinReasonLength) {
        showProblem(tr("Write the reason in at least %1 characters: why the identity is needed "
                       "and for which task. It is recorded in the audit trail.")
                        .arg(kMinReasonLength));
        m_reason->setFocus();
        return;
    }
    auto identity = IdentityRepo(m_register.database(), m_clock).reveal(m_chief, m_tipId, reason);
    if (!identity) {
        showProblem(identity.error().message);
        return;
    }
    m_identity = identity.take();
    m_revealed = true;
    showIdentity();
    Q_EMIT revealed();
}

void RevealDialog::showIdentity() {
    const QString* values[] = {&m_identity.name,     &m_identity.phone,        &m_identity.address,
                               &m_identity.idNumber, &m_identity.relationship, &m_identity.note};
    for (int i = 0; i < m_fields.size(); ++i)
        m_fields.at(i)->setText(*values[i]); // shares the buffer that forget() wipes
    m_problem->hide();
    m_reason->setReadOnly(true);
    m_revealButton->hide();
    m_panel->show();
    layout()->activate();
    resize(width(), qMax(sizeHint().height(), heightForWidth(width())));
}

void RevealDialog::showProblem(const QString& problem) {
    m_problem->setText(problem);
    m_problem->show();
}

void RevealDialog::forget() {
    // The labels drop their reference first, so wipe() then clears the only copy in place.
    for (QLabel* field : std::as_const(m_fields))
        field->setText(QString());
    for (QString* value : {&m_identity.name, &m_identity.phone, &m_identity.address,
                           &m_identity.idNumber, &m_identity.relationship, &m_identity.note})
        wipe(*value);
    m_identity.personId.reset();
    if (m_panel)
        m_panel->hide();
}

void RevealDialog::done(int result) {
    m_closing = true;
    forget();
    QDialog::done(result);
}

void RevealDialog::hideEvent(QHideEvent* event) {
    QDialog::hideEvent(event);
    if (m_closing || event->spontaneous())
        return;
    forget();
    if (m_revealed) // shown again on unlock, it would be empty: close it instead
        QMetaObject::invokeMethod(this, &QDialog::reject, Qt::QueuedConnection);
}

} // namespace binhyen::ui
