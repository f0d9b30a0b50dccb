#include "ui/admin/OfficeHoursDialog.h"

#include "models/repo/cases/ZaloNoticeRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

OfficeHoursDialog::OfficeHoursDialog(Register& reg, const Clock& clock, const Session& session,
                                     QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("officeHoursDialog"));
    setWindowTitle(tr("Office hours of the Zalo groups"));
    auto* intro = new QLabel(tr("Officers post to the hamlet Zalo groups in office hours only, "
                                "unless the notice is urgent."),
                             this);
    intro->setWordWrap(true);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("current"));
    m_current->setWordWrap(true);
    m_periods = new QLineEdit(this);
    m_periods->setObjectName(QStringLiteral("periods"));
    m_periods->setPlaceholderText(QStringLiteral("07:30-11:30,13:30-17:00"));
    m_days = new QLineEdit(this);
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setPlaceholderText(QStringLiteral("1,2,3,4,5"));
    m_days->setToolTip(tr("1 = Monday … 7 = Sunday, separated by commas"));
    if (auto hours = ZaloNoticeRepo(reg.database(), clock).officeHours(session)) {
        m_periods->setText(hours.value().periodsText());
        m_days->setText(hours.value().daysText());
        m_current->setText(tr("Now: %1").arg(hours.value().describe()));
    } else {
        m_current->setText(hours.error().message);
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&Hours"), m_periods);
    form->addRow(tr("&Days (1 = Monday … 7 = Sunday)"), m_days);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficeHoursDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto allowed = require(session, Operation::ChangeSettings);
    if (!allowed) {
        save->setEnabled(false);
        save->setToolTip(allowed.error().message);
        m_periods->setReadOnly(true);
        m_days->setReadOnly(true);
    }
    auto* box = new QVBoxLayout(this);
    box->addWidget(intro);
    box->addWidget(m_current);
    box->addLayout(form);
    box->addWidget(buttons);
    setMinimumWidth(520);
}

void OfficeHoursDialog::accept() {
    auto done = ZaloNoticeRepo(m_register.database(), m_clock)
                    .setOfficeHours(m_session, m_periods->text(), m_days->text());
    if (!done) {
        showError(this, windowTitle(), done.error());
        return;
    }
    QDialog::accept();
}

} // namespace binhyen::ui
