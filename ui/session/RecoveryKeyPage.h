#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;

namespace binhyen::ui {

class FirstRunWizard;

// First-run wizard, last page: the recovery key, shown this once, large and in groups; the
// recovery sheet as a PDF; a required "I have written down / printed the recovery key".
class RecoveryKeyPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryKeyPage(FirstRunWizard* wizard);
    ~RecoveryKeyPage() override;

    void initializePage() override;
    void cleanupPage() override;
    // Writes the recovery sheet; a translated problem, or empty on success. (The button asks for
    // the file name first; tests call this directly.)
    QString saveSheet(const QString& pdfPath);
    // Wipes the key from the screen (the wizard calls it when it closes).
    void forgetKey();

private:
    void chooseSheetFile();

    FirstRunWizard* m_wizard;
    QLabel* m_key = nullptr;
    QLabel* m_sheetStatus = nullptr;
    QCheckBox* m_noted = nullptr;
};

} // namespace binhyen::ui
