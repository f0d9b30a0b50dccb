#include "ui/session/FirstRunWizard.h"

#include "models/security/KeyDerivation.h"
#include "models/security/Keychain.h"
#include "models/security/RecoveryKey.h"
#include "models/store/Register.h"
#include "ui/session/ChiefPage.h"
#include "ui/session/RecoveryKeyPage.h"
#include "ui/session/StationPages.h"

#include <QAbstractButton>

namespace binhyen::ui {

FirstRunWizard::FirstRunWizard(QString path, const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_path(std::move(path))
    , m_clock(clock)
    , m_recovery(RecoveryKey::generateSecret()) {
    setUpButtons();
    setWindowTitle(tr("Bình Yên — set up the station"));
    setPage(StationPageId, new StationPage(this));
    setPage(HamletsPageId, new HamletsPage(this));
    setPage(ChiefPageId, new ChiefPage(true, this));
    setPage(RecoveryPageId, new RecoveryKeyPage(this));
}

FirstRunWizard::FirstRunWizard(Register& reg, SecretBytes escrowKey, bool withStation,
                               const Clock& clock, QWidget* parent)
    : QWizard(parent)
    , m_path(reg.path())
    , m_clock(clock)
    , m_existing(&reg)
    , m_escrow(std::move(escrowKey))
    , m_registerId(reg.id()) {
    setUpButtons();
    setWindowTitle(tr("Bình Yên — set up the station"));
    if (withStation) {
        setPage(StationPageId, new StationPage(this));
        setPage(HamletsPageId, new HamletsPage(this));
    }
    setPage(ChiefPageId, new ChiefPage(false, this));
}

FirstRunWizard::~FirstRunWizard() = default;

void FirstRunWizard::setUpButtons() {
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setButtonText(QWizard::BackButton, tr("< Back"));
    setButtonText(QWizard::NextButton, tr("Next >"));
    setButtonText(QWizard::CommitButton, tr("Create the register"));
    setButtonText(QWizard::FinishButton, tr("Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::HelpButton, tr("Help"));
    setMinimumSize(720, 560);
}

QString FirstRunWizard::createRegister(const StationSetupInput& input,
                                       const SecretBytes& password) {
    if (m_created)
        return {};
    if (m_existing) {
        auto done = StationSetup::complete(*m_existing, m_escrow, input, password, m_clock);
        if (!done)
            return done.error().message;
        if (auto vouched =
                StationSetup::vouch(*m_existing, input.chief.username, password, m_clock);
            !vouched)
            qWarning("first-run audit baseline failed: %s", qPrintable(vouched.error().text()));
    } else {
        auto reg = StationSetup::createRegister(m_path, m_recovery, input, password, m_clock);
        if (!reg)
            return reg.error().message;
        m_register = reg.take();
        m_registerId = m_register->id();
        if (m_useKeychain) {
            auto stored = Keychain().storeRegisterKey(m_register->id(),
                                                      KeyDerivation::registerKey(m_recovery));
            if (!stored)
                m_keychainWarning = stored.error().message;
        }
    }
    m_chiefUsername = input.chief.username.trimmed().toLower();
    m_created = true;
    m_escrow.clear();
    return {};
}

std::unique_ptr<Register> FirstRunWizard::takeRegister() {
    return std::move(m_register);
}

void FirstRunWizard::reject() {
    // Once the register exists, its recovery key must have been seen: no way out but Finish.
    if (m_created && !m_existing)
        return;
    QWizard::reject();
}

void FirstRunWizard::done(int result) {
    if (auto* keyPage = qobject_cast<RecoveryKeyPage*>(page(RecoveryPageId)))
        keyPage->forgetKey();
    QWizard::done(result);
    m_recovery.clear();
    m_escrow.clear();
}

} // namespace binhyen::ui
