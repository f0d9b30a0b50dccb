#include "ui/movement/ModerationDialog.h"

#include "models/domain/Clock.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/movement/ZaloModerationRepo.h"
#include "ui/dialogs/Messages.h"
#include "ui/movement/RegisterTools.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace binhyen::ui {

ModerationDialog::ModerationDialog(QSqlDatabase db, const Clock& clock, const Session& session,
                                   qint64 groupId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session) {
    setObjectName(QStringLiteral("moderationDialog"));
    setWindowTitle(tr("Zalo group: warning or removal"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("moderationGroup"));
    addModelItems(m_group, db, clock, session, kZaloGroupType);
    m_group->setItemText(0, tr("(choose the group)"));
    const int preselected = m_group->findData(groupId);
    m_group->setCurrentIndex(groupId && preselected > 0 ? preselected : 0);
    m_date = dayEdit(stationToday(clock), QStringLiteral("moderationDate"), this);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("moderationAction"));
    for (const QString& action : moderationActions())
        m_action->addItem(moderationActionLabel(action), action);
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("moderationCount"));
    m_count->setRange(1, 10000);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("moderationNote"));
    m_note->setPlaceholderText(tr("What was posted, which rule"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Group:"), m_group);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Members:"), m_count);
    form->addRow(tr("&Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("moderationSave"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ModerationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ModerationDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void ModerationDialog::accept() {
    NewModeration entry;
    entry.groupId = m_group->currentData().toLongLong();
    if (!entry.groupId) {
        showInfo(this, windowTitle(), tr("Choose the Zalo group."));
        return;
    }
    entry.onDate = m_date->date();
    entry.action = m_action->currentData().toString();
    entry.count = m_count->value();
    entry.note = m_note->text().trimmed();
    auto recorded = ZaloModerationRepo(m_db, m_clock).record(m_session, entry);
    if (!recorded) {
        showError(this, windowTitle(), recorded.error());
        return;
    }
    Q_EMIT saved(recorded.value());
    QDialog::accept();
}

} // namespace binhyen::ui
