#pragma once

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// The notice posted to the hamlet Zalo groups. caseId > 0: a case notice; else tipId > 0: a
// lost-person tip notice. The draft is editable; the office-hours warning is shown live.
class ZaloNoticeDialog : public QDialog {
    Q_OBJECT
public:
    ZaloNoticeDialog(Register& reg, const Clock& clock, Session& session, qint64 caseId,
                     qint64 tipId, QWidget* parent = nullptr);

Q_SIGNALS:
    void posted();

private:
    QLineEdit* field(const QString& name, const QString& placeholder);
    void loadFacts();
    void redraft();
    void updateWarning();
    void copyToClipboard();
    void markPosted();
    void record();

    Register& m_register;
    const Clock& m_clock;
    Session& m_session;
    qint64 m_caseId = 0;
    qint64 m_tipId = 0;
    bool m_loading = false;
    bool m_edited = false; // the officer changed the draft: facts no longer redraft it
    bool m_outside = false;
    QString m_unitName;
    QString m_title;
    QDateTime m_at;
    QString m_hamlet;
    QString m_address;
    QString m_description;          // lost person: summary and details of the tip
    QLineEdit* m_suspect = nullptr; // lost person: the person's name
    QLineEdit* m_vehicle = nullptr; // lost person: age
    QLineEdit* m_plate = nullptr;   // case only
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_groups = nullptr; // case only: the groups posted to
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_urgent = nullptr;
    QLabel* m_warning = nullptr;
    QPushButton* m_post = nullptr;
};

} // namespace binhyen::ui
