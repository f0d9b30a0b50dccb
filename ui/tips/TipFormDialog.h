#pragma once

#include "models/domain/InformantIdentity.h"

#include <QDialog>
#include <QJsonObject>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QWidget;

namespace binhyen {
class Clock;
class Register;
class Session;
struct NewTip;
} // namespace binhyen

namespace binhyen::ui {

// "Log a tip while the caller talks" (Ctrl+N): keyboard only, Ctrl+Enter saves, Esc asks before
// discarding (non-blocking question, object name "discardConfirm"). Every change is saved as a
// draft after ~3 s and when focus leaves a field (TipDraftRepo: the identity part sealed, so a
// restored draft asks for the identity again). Opening the form with a draft offers to resume it.
// Warns when the summary or details repeat the informant's name or phone typed in this form.
// After saving a tip with an identity it offers "Print Mẫu 01 now" (the focus stays on Close).
class TipFormDialog : public QDialog {
    Q_OBJECT

public:
    TipFormDialog(Register& reg, const Clock& clock, const Session& session,
                  QWidget* parent = nullptr);
    ~TipFormDialog() override;

    qint64 savedTipId() const { return m_savedId; }
    int autosaveIntervalMs() const;

public Q_SLOTS:
    bool saveTip();         // Ctrl+Enter
    void saveDraft();       // autosave
    void resumeDraft();     // the draft banner's "resume"
    void dropDraft();       // the draft banner's "discard"
    void reject() override; // Esc: asks first when something was typed
    // After a tip with an identity was saved: Mẫu 01 with the identity typed in this form (kept
    // in memory only until the form closes; the register holds it sealed).
    void printReceipt();

Q_SIGNALS:
    void tipSaved(qint64 id, const QString& number);

private:
    void buildFields();
    void buildLayout();
    void loadChoices();
    void offerDraft();
    void markChanged();
    void updateIdentityState();
    void checkMentions();
    bool hasContent() const;
    QJsonObject fields() const;
    void applyFields(const QJsonObject& fields);
    std::optional<InformantIdentity> identity() const;
    NewTip tip() const;
    void forgetPrintIdentity();

    Register& m_reg;
    const Clock& m_clock;
    const Session& m_session;
    QDateTimeEdit* m_received = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_zaloGroup = nullptr;
    QComboBox* m_informantKind = nullptr;
    QGroupBox* m_identityBox = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_idAddress = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLineEdit* m_relationship = nullptr;
    QLineEdit* m_note = nullptr;
    QLineEdit* m_hamlet = nullptr;
    QLineEdit* m_address = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_classification = nullptr;
    QComboBox* m_urgency = nullptr;
    QLineEdit* m_summary = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QLabel* m_mentionWarning = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_draftBanner = nullptr;
    QLabel* m_draftLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QPushButton* m_printButton = nullptr;
    std::optional<InformantIdentity> m_printIdentity;
    QMessageBox* m_confirm = nullptr;
    QTimer* m_autosave = nullptr;
    QHash<QString, qint64> m_hamletIds; // name → places.id
    bool m_dirty = false;
    bool m_loading = false;
    bool m_resumed = false;
    qint64 m_savedId = 0;
};

// Opens the tip form for `session` (non-modal, deleted on close) and returns it. Wire to Ctrl+N.
TipFormDialog* openTipForm(QWidget* parent, Register& reg, const Session& session);

} // namespace binhyen::ui
