#pragma once

#include "models/repo/identity/IdentityRepo.h"

#include <QDialog>

class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// A chief reads who gave a tip: a written reason first (required, audited with the reveal by
// IdentityRepo), then the identity in a read-only panel. Closing the dialog wipes the identity
// from the widgets and from memory; so does hiding it (screen lock), which then closes it. The
// identity is never kept, copied or shown elsewhere.
class RevealDialog : public QDialog {
    Q_OBJECT
public:
    // The shortest reason accepted: a few words saying why and for which task.
    static constexpr int kMinReasonLength = 10;

    RevealDialog(Register& reg, const Clock& clock, const Session& chief, qint64 tipId,
                 const QString& tipNumber, const QString& pseudonym, QWidget* parent = nullptr);
    ~RevealDialog() override;

    bool isRevealed() const { return m_revealed; }

public Q_SLOTS:
    void done(int result) override;

Q_SIGNALS:
    void revealed();

protected:
    // Hidden by someone else (the lock screen hides every window): wiped, then closed.
    void hideEvent(QHideEvent* event) override;

private:
    void reveal();
    void showIdentity();
    void showProblem(const QString& problem);
    // Empties every identity widget, then wipes the strings they shared.
    void forget();

    Register& m_register;
    const Clock& m_clock;
    const Session& m_chief;
    qint64 m_tipId = 0;
    bool m_revealed = false;
    bool m_closing = false;
    InformantIdentity m_identity;

    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_problem = nullptr;
    QGroupBox* m_panel = nullptr;
    QList<QLabel*> m_fields; // name, phone, address, ID number, relationship, note
    QPushButton* m_revealButton = nullptr;
};

} // namespace binhyen::ui
