#include "ui/tips/TipStatusDialog.h"

#include "models/domain/Clock.h"
#include "models/repo/tips/TipListRepo.h"
#include "models/repo/tips/TipWorkflowRepo.h"
#include "ui/dialogs/Messages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace binhyen::ui {

namespace {

const QString kTimeFormat = QStringLiteral("dd/MM/yyyy HH:mm");

} // namespace

TipStatusDialog::TipStatusDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                                 qint64 tipId, const QString& tipNumber, TipStep step,
                                 QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_tipId(tipId)
    , m_step(step) {
    setObjectName(QStringLiteral("tipStatusDialog"));
    setWindowTitle(tr("%1 — tip %2").arg(QString(stepText(step)).remove(QChar(0x2026)), tipNumber));
    auto* form = new QFormLayout;
    if (step == TipStep::Forward) {
        m_body = field(QStringLiteral("body"), tr("e.g. Investigation police of the district"));
        form->addRow(tr("Receiving body"), m_body);
        m_at = field(QStringLiteral("forwardedAt"), tr("dd/MM/yyyy HH:mm"));
        m_at->setText(m_clock.now().toString(kTimeFormat));
        form->addRow(tr("Forwarded at"), m_at);
        m_slip = field(QStringLiteral("slipNo"));
        form->addRow(tr("Transfer slip number"), m_slip);
    }
    if (step == TipStep::Duplicate) {
        m_original = field(QStringLiteral("original"), tr("TB-NNNN/YYYY"));
        form->addRow(tr("Original tip number"), m_original);
    }
    m_reason = field(QStringLiteral("reason"));
    form->addRow(tr("Reason"), m_reason);

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &TipStatusDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TipStatusDialog::reject);
    auto* box = new QVBoxLayout(this);
    box->addLayout(form);
    box->addWidget(buttons);
    setMinimumWidth(460);
}

QString TipStatusDialog::stepText(TipStep step) {
    switch (step) {
    case TipStep::Verify:
        return tr("Start verifying");
    case TipStep::Forward:
        return tr("Forward to the investigating body…");
    case TipStep::Resolve:
        return tr("Resolved…");
    case TipStep::ToCase:
        return tr("Turn into a case…");
    case TipStep::NotAntt:
        return tr("Not a security and order matter…");
    case TipStep::Duplicate:
        return tr("Duplicate…");
    case TipStep::ProposeValuable:
        return tr("Propose as a valuable tip…");
    case TipStep::ConfirmValuable:
        return tr("Confirm as a valuable tip");
    case TipStep::RejectValuable:
        return tr("Do not confirm");
    case TipStep::Extend:
        return tr("Extend…");
    }
    return {};
}

QLineEdit* TipStatusDialog::field(const QString& name, const QString& placeholder) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    return edit;
}

void TipStatusDialog::accept() {
    if (auto done = run(); !done) {
        showError(this, windowTitle(), done.error());
        return;
    }
    QDialog::accept();
}

Result<void> TipStatusDialog::run() {
    const QString reason = m_reason->text().trimmed();
    if (reason.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("Please give the reason."));
    TipWorkflowRepo repo(m_db, m_clock);
    switch (m_step) {
    case TipStep::Verify:
        return repo.startVerifying(m_session, m_tipId, reason);
    case TipStep::Forward: {
        const QDateTime typed = QDateTime::fromString(m_at->text().trimmed(), kTimeFormat);
        if (!typed.isValid())
            return makeError(ErrorCode::InvalidInput,
                             tr("Write the forwarding time as dd/MM/yyyy HH:mm."));
        const QDateTime at(typed.date(), typed.time(), Clock::stationZone());
        return repo.forward(m_session, m_tipId, m_body->text(), at, m_slip->text(), reason);
    }
    case TipStep::Resolve:
        return repo.resolve(m_session, m_tipId, reason);
    case TipStep::ToCase:
        return repo.toCase(m_session, m_tipId, reason);
    case TipStep::NotAntt:
        return repo.notAntt(m_session, m_tipId, reason);
    case TipStep::Duplicate: {
        auto original = originalId();
        if (!original)
            return original.error();
        return repo.duplicate(m_session, m_tipId, original.value(), reason);
    }
    case TipStep::ProposeValuable:
        return repo.proposeValuable(m_session, m_tipId, reason);
    case TipStep::ConfirmValuable:
        return repo.confirmValuable(m_session, m_tipId, reason);
    case TipStep::RejectValuable:
        return repo.rejectValuable(m_session, m_tipId, reason);
    case TipStep::Extend: {
        auto count = repo.extend(m_session, m_tipId, reason);
        if (!count)
            return count.error();
        return {};
    }
    }
    return {};
}

// Numbers run per received year in order of entry: the tip is found among that year's tips,
// oldest first, near its sequence number.
Result<qint64> TipStatusDialog::originalId() const {
    static const QRegularExpression pattern(QStringLiteral("^TB-(\\d{1,6})/(\\d{4})$"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(m_original->text().trimmed());
    if (!match.hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         tr("Write the original tip's number as TB-NNNN/YYYY."));
    const int sequence = match.captured(1).toInt();
    const int year = match.captured(2).toInt();
    const QString number =
        QStringLiteral("TB-%1/%2").arg(sequence, 4, 10, QLatin1Char('0')).arg(year);
    TipFilter filter;
    filter.from = QDate(year, 1, 1);
    filter.to = QDate(year, 12, 31);
    filter.now = m_clock.now();
    filter.oldestFirst = true;
    auto rows = TipListRepo(m_db).page(filter, qMax(0, sequence - 100), 200);
    if (!rows)
        return rows.error();
    for (const TipListRow& row : rows.value()) {
        if (row.tip.number == number)
            return row.tip.id;
    }
    return makeError(ErrorCode::NotFound, tr("There is no tip %1.").arg(number));
}

} // namespace binhyen::ui
