#include "ui/session/RecoveryKeyPage.h"

#include "models/security/RecoveryKey.h"
#include "reports/recovery/RecoverySheet.h"
#include "ui/session/FirstRunWizard.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

RecoveryKeyPage::RecoveryKeyPage(FirstRunWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setTitle(tr("The recovery key"));
    setSubTitle(tr("It is shown only this once. Without it, the register cannot be opened on "
                   "another computer, and a chief who forgets the password cannot be restored."));
    auto* layout = new QVBoxLayout(this);
    m_key = new QLabel(this);
    m_key->setObjectName(QStringLiteral("recoveryKey"));
    m_key->setAlignment(Qt::AlignCenter);
    m_key->setTextInteractionFlags(Qt::NoTextInteraction);
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPointSize(20);
    font.setBold(true);
    m_key->setFont(font);
    m_key->setStyleSheet(QStringLiteral("QLabel { border: 2px solid #444; padding: 12px; "
                                        "background: #fffdf0; color: #000; }"));
    layout->addWidget(m_key);
    auto* advice = new QLabel(
        tr("Print the recovery sheet (or copy the key by hand), sign it and keep it locked in "
           "the station's safe. Do not keep it on this computer, in e-mail or in Zalo."),
        this);
    advice->setWordWrap(true);
    layout->addWidget(advice);
    auto* save = new QPushButton(tr("Save the recovery sheet (PDF)…"), this);
    save->setObjectName(QStringLiteral("saveSheet"));
    connect(save, &QPushButton::clicked, this, &RecoveryKeyPage::chooseSheetFile);
    layout->addWidget(save, 0, Qt::AlignLeft);
    m_sheetStatus = new QLabel(this);
    m_sheetStatus->setObjectName(QStringLiteral("sheetStatus"));
    m_sheetStatus->setWordWrap(true);
    layout->addWidget(m_sheetStatus);
    layout->addStretch();
    m_noted = new QCheckBox(tr("I have written down / printed the recovery key"), this);
    m_noted->setObjectName(QStringLiteral("keyNoted"));
    layout->addWidget(m_noted);
    registerField(QStringLiteral("keyNoted*"), m_noted);
}

RecoveryKeyPage::~RecoveryKeyPage() {
    forgetKey();
}

void RecoveryKeyPage::initializePage() {
    // The register exists now: no Back, no Cancel (FirstRunWizard::reject refuses too).
    wizard()->setOption(QWizard::NoCancelButton, true);
    QString text = RecoveryKey::format(m_wizard->recoverySecret());
    const QStringList groups = recoveryKeyGroups(text);
    wipe(text);
    QString shown;
    for (int i = 0; i < groups.size(); ++i) {
        if (i > 0)
            shown += (i % 3 == 0) ? QStringLiteral("\n") : QStringLiteral("  ");
        shown += groups.at(i);
    }
    m_key->setText(shown);
    wipe(shown);
    if (!m_wizard->keychainWarning().isEmpty())
        m_sheetStatus->setText(m_wizard->keychainWarning());
}

void RecoveryKeyPage::cleanupPage() {
    forgetKey();
}

void RecoveryKeyPage::forgetKey() {
    QString text = m_key->text();
    wipe(text);
    m_key->clear();
}

QString RecoveryKeyPage::saveSheet(const QString& pdfPath) {
    RecoverySheetData data;
    QString text = RecoveryKey::format(m_wizard->recoverySecret());
    data.recoveryKey = text;
    data.registerPath = QFileInfo(m_wizard->registerPath()).fileName();
    data.createdAt = m_wizard->clock().now();
    data.stationName = field(QStringLiteral("unitName")).toString();
    data.registerId = m_wizard->registerId();
    auto written = writeRecoverySheet(data, pdfPath);
    wipe(text);
    wipe(data.recoveryKey);
    if (!written) {
        m_sheetStatus->setText(written.error().message);
        return written.error().message;
    }
    m_sheetStatus->setText(tr("Recovery sheet saved: %1. Print it, then delete the file.")
                               .arg(QDir::toNativeSeparators(pdfPath)));
    return {};
}

void RecoveryKeyPage::chooseSheetFile() {
    const QString suggested = QDir::home().filePath(tr("recovery-sheet.pdf"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the recovery sheet"),
                                                      suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        (void)saveSheet(path);
}

} // namespace binhyen::ui
