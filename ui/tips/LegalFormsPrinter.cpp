#include "ui/tips/LegalFormsPrinter.h"

#include "models/repo/tips/LegalFormsRepo.h"
#include "models/security/SecretBytes.h"
#include "models/store/Register.h"
#include "reports/forms/ReceiptRecord.h"
#include "reports/forms/TransferSlip.h"
#include "ui/dialogs/Messages.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <optional>

namespace binhyen::ui {

namespace {

void forget(std::optional<ReceiptRecordData>& data) {
    if (!data)
        return;
    if (data->informant) {
        FormInformant& f = *data->informant;
        for (QString* text : {&f.fullName, &f.birthYear, &f.address, &f.idNumber, &f.idIssued,
                              &f.phone, &f.relationship})
            wipe(*text);
    }
    data.reset();
}

// One form of one tip: print it, or (explicitly) save it as a PDF.
class LegalFormDialog : public QDialog {
    Q_DECLARE_TR_FUNCTIONS(LegalFormsPrinter)

public:
    LegalFormDialog(QWidget* parent, Register& reg, const Clock& clock, const Session& session,
                    qint64 tipId, std::optional<ReceiptRecordData> receipt,
                    std::optional<TransferSlipData> slip)
        : QDialog(parent)
        , m_register(reg)
        , m_clock(clock)
        , m_session(session)
        , m_tipId(tipId)
        , m_receipt(std::move(receipt))
        , m_slip(std::move(slip)) {
        setObjectName(QStringLiteral("legalFormDialog"));
        const bool isReceipt = m_receipt.has_value();
        const QString number = isReceipt ? m_receipt->tipNumber : m_slip->tipNumber;
        setWindowTitle(isReceipt ? tr("Receipt record (Mẫu 01) — %1").arg(number)
                                 : tr("Transfer slip (Mẫu 03) — %1").arg(number));
        auto* text = new QLabel(
            isReceipt
                ? (m_receipt->informant
                       ? tr("The receipt record names the informant, as the law requires. "
                            "Printing is recorded in the audit trail.")
                       : tr("The informant did not give an identity: the record says so."))
                : tr("The transfer slip goes to %1 with the tip's documents. It never names the "
                     "informant.")
                      .arg(m_slip->recipient.isEmpty() ? tr("the investigating body")
                                                       : m_slip->recipient),
            this);
        text->setWordWrap(true);
        auto* buttons = new QDialogButtonBox(this);
        QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
        print->setObjectName(QStringLiteral("printButton"));
        print->setDefault(true);
        QPushButton* save =
            buttons->addButton(tr("Save as P&DF instead…"), QDialogButtonBox::ActionRole);
        save->setObjectName(QStringLiteral("saveAsPdfButton"));
        save->setAutoDefault(false);
        buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
        connect(print, &QPushButton::clicked, this, &LegalFormDialog::print);
        connect(save, &QPushButton::clicked, this, &LegalFormDialog::saveAs);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* box = new QVBoxLayout(this);
        box->addWidget(text);
        box->addWidget(buttons);
        setMinimumWidth(480);
    }
    ~LegalFormDialog() override { forget(m_receipt); }

    void done(int result) override {
        forget(m_receipt);
        QDialog::done(result);
    }

private:
    QString form() const { return m_receipt ? QStringLiteral("01") : QStringLiteral("03"); }

    void print() {
        QPrinter printer(QPrinter::HighResolution);
        printer.setDocName(windowTitle());
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        Result<void> printed = m_receipt ? printReceiptRecord(*m_receipt, printer)
                                         : printTransferSlip(*m_slip, printer);
        if (!printed) {
            showError(this, windowTitle(), printed.error());
            return;
        }
        auto recorded = LegalFormsRepo(m_register.database(), m_clock)
                            .recordPrinted(m_session, m_tipId, form(), false, QString());
        if (!recorded)
            showError(this, windowTitle(), recorded.error());
        accept();
    }

    void saveAs() {
        if (m_receipt && m_receipt->informant &&
            !askYesNo(this, windowTitle(),
                      tr("The PDF file will contain the informant's name and identity. Keep it "
                         "in a safe place and delete it when it is no longer needed. Saving it "
                         "is recorded in the audit trail. Save it?")))
            return;
        QString number = m_receipt ? m_receipt->tipNumber : m_slip->tipNumber;
        number.replace(QLatin1Char('/'), QLatin1Char('-'));
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(QStringLiteral("Mau%1-%2.pdf").arg(form(), number));
        const QString path =
            QFileDialog::getSaveFileName(this, windowTitle(), suggested, tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        Result<void> written = m_receipt ? writeReceiptRecordPdf(*m_receipt, path)
                                         : writeTransferSlipPdf(*m_slip, path);
        if (!written) {
            showError(this, windowTitle(), written.error());
            return;
        }
        auto recorded =
            LegalFormsRepo(m_register.database(), m_clock)
                .recordPrinted(m_session, m_tipId, form(), true, QFileInfo(path).fileName());
        if (!recorded)
            showError(this, windowTitle(), recorded.error());
        accept();
    }

    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    qint64 m_tipId = 0;
    std::optional<ReceiptRecordData> m_receipt;
    std::optional<TransferSlipData> m_slip;
};

void openForm(LegalFormDialog* dialog) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace

void printReceiptRecord(QWidget* parent, Register& reg, const Clock& clock, const Session& session,
                        qint64 tipId, const InformantIdentity* identity) {
    auto data = LegalFormsRepo(reg.database(), clock).receiptData(session, tipId, identity);
    if (!data) {
        showError(parent, QCoreApplication::translate("LegalFormsPrinter", "Receipt record"),
                  data.error());
        return;
    }
    openForm(new LegalFormDialog(parent, reg, clock, session, tipId, data.take(), std::nullopt));
}

void printTransferSlip(QWidget* parent, Register& reg, const Clock& clock, const Session& session,
                       qint64 tipId) {
    auto data = LegalFormsRepo(reg.database(), clock).transferData(session, tipId);
    if (!data) {
        showError(parent, QCoreApplication::translate("LegalFormsPrinter", "Transfer slip"),
                  data.error());
        return;
    }
    openForm(new LegalFormDialog(parent, reg, clock, session, tipId, std::nullopt, data.take()));
}

Result<void> saveReceiptRecordAs(Register& reg, const Clock& clock, const Session& session,
                                 qint64 tipId, const InformantIdentity* identity,
                                 const QString& path) {
    LegalFormsRepo repo(reg.database(), clock);
    auto data = repo.receiptData(session, tipId, identity);
    if (!data)
        return data.error();
    std::optional<ReceiptRecordData> receipt = data.take();
    auto written = writeReceiptRecordPdf(*receipt, path);
    forget(receipt);
    if (!written)
        return written.error();
    return repo.recordPrinted(session, tipId, QStringLiteral("01"), true,
                              QFileInfo(path).fileName());
}

Result<void> saveTransferSlipAs(Register& reg, const Clock& clock, const Session& session,
                                qint64 tipId, const QString& path) {
    LegalFormsRepo repo(reg.database(), clock);
    auto data = repo.transferData(session, tipId);
    if (!data)
        return data.error();
    if (auto written = writeTransferSlipPdf(data.value(), path); !written)
        return written.error();
    return repo.recordPrinted(session, tipId, QStringLiteral("03"), true,
                              QFileInfo(path).fileName());
}

} // namespace binhyen::ui
