#include "ui/stats/CorrectionDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

CorrectionDialog::CorrectionDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                                   const QString& month, const QString& issuedNumber,
                                   QWidget* parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_session(session)
    , m_month(month) {
    setObjectName(QStringLiteral("correctionDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    const QString monthText = month.mid(5, 2) + QLatin1Char('/') + month.left(4);
    setWindowTitle(tr("Issue a correction — %1").arg(monthText));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("The report no. %1 of %2 stays stored unchanged. A correction report with its own "
           "number will carry the month's figures as they are now and the differences.")
            .arg(issuedNumber, monthText),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* noteLabel = new QLabel(tr("&Note (required): why the correction is issued"), this);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("correctionNote"));
    m_note->setTabChangesFocus(true);
    noteLabel->setBuddy(m_note);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("correctionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Issue the correction"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("issueCorrection"));
    m_ok->setEnabled(false);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CorrectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CorrectionDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        m_ok->setEnabled(!m_note->toPlainText().trimmed().isEmpty());
        m_error->hide();
    });
    layout->addWidget(buttons);
    setMinimumSize(520, 300);
}

void CorrectionDialog::accept() {
    const QString note = m_note->toPlainText().trimmed();
    if (note.isEmpty()) {
        m_error->setText(tr("Enter the note of the correction."));
        m_error->show();
        return;
    }
    auto report = MonthLockRepo(m_db, m_clock).correction(m_session, m_month, note);
    if (!report) {
        m_error->setText(report.error().message);
        m_error->show();
        return;
    }
    Q_EMIT issued(report.value());
    QDialog::accept();
}

} // namespace binhyen::ui
