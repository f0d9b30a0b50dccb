#pragma once

#include "models/domain/Clock.h"
#include "models/security/SecretBytes.h"
#include "models/security/StationSetup.h"

#include <QWizard>
#include <memory>

namespace binhyen {
class Register;
}

namespace binhyen::ui {

// First run: the station (name, codes, date-line place, report recipient), its hamlets and the
// first chief; then the register is created and its recovery key shown once, with the recovery
// sheet as a PDF and a required "I have written it down". For a register made without a chief
// (binhyen init), the wizard completes that register with the escrow key from its recovery key.
// Qt has no Vietnamese: every button text is BinhYen's own.
class FirstRunWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { StationPageId, HamletsPageId, ChiefPageId, RecoveryPageId };

    // A new register at `path`.
    FirstRunWizard(QString path, const Clock& clock, QWidget* parent = nullptr);
    // An open register without a chief; `escrowKey` from its recovery key.
    FirstRunWizard(Register& reg, SecretBytes escrowKey, bool withStation, const Clock& clock,
                   QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    // Tests and scripts: keep the register key out of this computer's keychain.
    void setUseKeychain(bool use) { m_useKeychain = use; }

    // Called by the chief page: creates (or completes) the register. A failure is returned as a
    // translated message; empty on success.
    QString createRegister(const StationSetupInput& input, const SecretBytes& password);

    // The new register once created (new-register mode); ownership passes to the caller.
    std::unique_ptr<Register> takeRegister();
    QString registerPath() const { return m_path; }
    QString registerId() const { return m_registerId; }
    QString chiefUsername() const { return m_chiefUsername; }
    // The recovery secret of a new register (for its page); empty in completion mode.
    const SecretBytes& recoverySecret() const { return m_recovery; }
    const Clock& clock() const { return m_clock; }
    // A translated warning when the register key could not be kept in the keychain.
    QString keychainWarning() const { return m_keychainWarning; }
    bool isCreated() const { return m_created; }

    void reject() override;
    void done(int result) override;

private:
    void setUpButtons();

    QString m_path;
    const Clock& m_clock;
    Register* m_existing = nullptr;
    std::unique_ptr<Register> m_register;
    SecretBytes m_escrow;
    SecretBytes m_recovery;
    QString m_registerId;
    QString m_chiefUsername;
    QString m_keychainWarning;
    bool m_useKeychain = true;
    bool m_created = false;
};

} // namespace binhyen::ui
