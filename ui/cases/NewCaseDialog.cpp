#include "ui/cases/NewCaseDialog.h"

#include "models/repo/cases/CaseRepo.h"
#include "models/repo/tips/TipIntake.h"
#include "models/store/Register.h"
#include "ui/cases/CaseFields.h"
#include "ui/dialogs/Messages.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace binhyen::ui {

NewCaseDialog::NewCaseDialog(Register& reg, const Clock& clock, const Session& session,
                             qint64 tipId, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session)
    , m_tipId(tipId) {
    setObjectName(QStringLiteral("newCaseDialog"));
    m_fields = new CaseFields(reg, clock, session, this);
    auto* box = new QVBoxLayout(this);
    QString title = tr("New case");
    Error problem;
    if (auto loaded = m_fields->loadChoices(); !loaded)
        problem = loaded.error();
    if (tipId > 0) {
        auto found = TipIntake(reg.database(), clock).numberOf(tipId);
        const QString number = found ? found.value() : QString::number(tipId);
        title = tr("New case from tip %1").arg(number);
        auto* note = new QLabel(
            tr("The case is opened from tip %1, which will be linked to it. Check the fields "
               "taken from the tip.")
                .arg(number),
            this);
        note->setObjectName(QStringLiteral("fromTipNote"));
        note->setWordWrap(true);
        box->addWidget(note);
        auto draft = CaseRepo(reg.database(), clock).prefillFromTip(session, tipId);
        if (draft)
            m_fields->setCase(draft.value());
        else
            problem = draft.error();
    }
    setWindowTitle(title);
    box->addWidget(m_fields, 1);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* create = buttons->addButton(tr("&Open the case"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createCase"));
    create->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCaseDialog::reject);
    box->addWidget(buttons);
    setMinimumWidth(620);
    m_fields->titleEdit()->setFocus();
    if (problem.code != ErrorCode::None)
        QTimer::singleShot(0, this, [this, title, problem] { showError(this, title, problem); });
}

void NewCaseDialog::accept() {
    auto values = m_fields->values();
    if (!values) {
        showError(this, windowTitle(), values.error());
        return;
    }
    CaseRepo repo(m_register.database(), m_clock);
    auto created = m_tipId > 0 ? repo.createFromTip(m_session, m_tipId, values.value())
                               : repo.create(m_session, values.value());
    if (!created) {
        showError(this, windowTitle(), created.error());
        return;
    }
    QDialog::accept();
    Q_EMIT caseCreated(created.value());
}

} // namespace binhyen::ui
