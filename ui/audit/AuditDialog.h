#pragma once

#include <QDialog>

class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace binhyen {
class AuditListModel;
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The audit trail for chiefs and inspectors (AuditRepo::list enforces ViewAudit): who did what,
// when, to which record, filtered by user, kind of record and date; and a full integrity check
// of the chain, signatures and checkpoints (AuditRepo::verify) with its verdict.
class AuditDialog : public QDialog {
    Q_OBJECT
public:
    AuditDialog(Register& reg, const Clock& clock, const Session& session,
                QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }

public Q_SLOTS:
    // Reads the rows matching the filters again.
    void reload();
    // Runs the full integrity check and shows the verdict.
    void verify();

private:
    void buildFilters(QBoxLayout* layout);
    void loadUsers();

    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    AuditListModel* m_model = nullptr;
    QComboBox* m_user = nullptr;
    QComboBox* m_entity = nullptr;
    QCheckBox* m_useFrom = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_caption = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_verify = nullptr;
    QLabel* m_verdict = nullptr;
};

} // namespace binhyen::ui
