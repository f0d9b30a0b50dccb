#include "ui/persons/SuspectOutcomeDialog.h"

#include "models/domain/Clock.h"
#include "models/repo/persons/CasePersonRepo.h"
#include "models/store/Register.h"
#include "ui/dialogs/Messages.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

SuspectOutcomeDialog::SuspectOutcomeDialog(Register& reg, const Clock& clock,
                                           const Session& session, qint64 casePersonId,
                                           const QString& name, const SuspectOutcome& current,
                                           QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session)
    , m_casePersonId(casePersonId) {
    setObjectName(QStringLiteral("suspectOutcomeDialog"));
    setWindowTitle(tr("Suspect outcome — %1").arg(name));
    auto* grid = new QGridLayout;
    setLayout(new QVBoxLayout);
    static_cast<QVBoxLayout*>(layout())->addLayout(grid);
    m_identified = addRow(QStringLiteral("identified"), tr("&Identified"), current.identifiedAt);
    m_arrested = addRow(QStringLiteral("arrested"), tr("&Arrested"), current.arrestedAt);
    m_caughtInAct = new QCheckBox(tr("&Caught in the act"), this);
    m_caughtInAct->setObjectName(QStringLiteral("caughtInAct"));
    m_caughtInAct->setChecked(current.caughtInAct);
    grid->addWidget(m_caughtInAct, grid->rowCount(), 0, 1, 2);
    m_surrendered =
        addRow(QStringLiteral("surrendered"), tr("&Surrendered (đầu thú)"), current.surrenderedAt);
    m_handedOver = addRow(QStringLiteral("handedOver"),
                          tr("&Handed over to the investigating body"), current.handedOverAt);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &SuspectOutcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SuspectOutcomeDialog::reject);
    layout()->addWidget(buttons);
    setMinimumWidth(520);
}

SuspectOutcomeDialog::Row SuspectOutcomeDialog::addRow(const QString& name, const QString& label,
                                                       const QDateTime& value) {
    auto* grid = static_cast<QGridLayout*>(layout()->itemAt(0)->layout());
    Row row;
    row.set = new QCheckBox(label, this);
    row.set->setObjectName(name);
    row.at = new QDateTimeEdit(this);
    row.at->setObjectName(name + QStringLiteral("At"));
    row.at->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    row.at->setCalendarPopup(true);
    row.set->setChecked(value.isValid());
    const QDateTime shown = value.isValid() ? value : m_clock.now();
    row.at->setDateTime(QDateTime(shown.toTimeZone(Clock::stationZone()).date(),
                                  shown.toTimeZone(Clock::stationZone()).time()));
    row.at->setEnabled(value.isValid());
    connect(row.set, &QCheckBox::toggled, row.at, &QWidget::setEnabled);
    const int r = grid->rowCount();
    grid->addWidget(row.set, r, 0);
    grid->addWidget(row.at, r, 1);
    return row;
}

QDateTime SuspectOutcomeDialog::valueOf(const Row& row) const {
    if (!row.set->isChecked())
        return {};
    const QDateTime typed = row.at->dateTime();
    return QDateTime(typed.date(), typed.time(), Clock::stationZone());
}

void SuspectOutcomeDialog::accept() {
    SuspectOutcome outcome;
    outcome.identifiedAt = valueOf(m_identified);
    outcome.arrestedAt = valueOf(m_arrested);
    outcome.caughtInAct = m_caughtInAct->isChecked();
    outcome.surrenderedAt = valueOf(m_surrendered);
    outcome.handedOverAt = valueOf(m_handedOver);
    auto done = CasePersonRepo(m_register.database(), m_clock)
                    .setSuspectOutcome(m_session, m_casePersonId, outcome);
    if (!done) {
        showError(this, windowTitle(), done.error());
        return;
    }
    QDialog::accept();
}

} // namespace binhyen::ui
