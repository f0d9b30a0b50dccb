#include "ui/movement/ZaloModerationTab.h"

#include "models/domain/Clock.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/movement/MovementRepo.h"
#include "models/repo/movement/ZaloModerationRepo.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "ui/dialogs/Messages.h"
#include "ui/movement/ModelDialog.h"
#include "ui/movement/ModerationDialog.h"
#include "ui/movement/RegisterTools.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

ZaloModerationTab::ZaloModerationTab(QSqlDatabase db, const Clock& clock, const Session& session,
                                     QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(session)
    , m_canWrite(isAllowed(session.role(), Operation::WriteRecords)) {
    setObjectName(QStringLiteral("zaloModerationTab"));
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("zaloGroupFilter"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_group->setMinimumContentsLength(44);
    auto* groupLabel = new QLabel(tr("&Group:"), this);
    groupLabel->setBuddy(m_group);
    m_month = new MonthFilter(stationToday(clock), QStringLiteral("zaloFilter"), this);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("zaloTotals"));
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    auto* rulesBox = new QGroupBox(tr("Rules of the group"), this);
    m_ruleFlags = new QLabel(rulesBox);
    m_ruleFlags->setObjectName(QStringLiteral("zaloRuleFlags"));
    m_ruleFlags->setWordWrap(true);
    m_rules = new QPlainTextEdit(rulesBox);
    m_rules->setObjectName(QStringLiteral("zaloRulesView"));
    m_rules->setReadOnly(true);
    m_rules->setTabChangesFocus(true);
    m_rules->setMaximumHeight(70);
    m_editRules = new QPushButton(tr("Edit the &rules…"), rulesBox);
    m_editRules->setObjectName(QStringLiteral("zaloEditRules"));
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    auto* flagsRow = new QHBoxLayout;
    flagsRow->addWidget(m_ruleFlags, 1);
    flagsRow->addWidget(m_editRules);
    rulesLayout->addLayout(flagsRow);
    rulesLayout->addWidget(m_rules);

    m_table = registerTable(
        QStringLiteral("zaloModerationTable"),
        {tr("Date"), tr("Group"), tr("Action"), tr("Members"), tr("Officer"), tr("Note")}, this);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_table->setColumnWidth(1, 300);
    m_new = new QPushButton(tr("Record a &warning or removal…"), this);
    m_new->setObjectName(QStringLiteral("moderationNew"));
    m_new->setEnabled(m_canWrite);
    if (!m_canWrite)
        m_new->setToolTip(readOnlyReason());

    auto* top = new QHBoxLayout;
    top->addWidget(groupLabel);
    top->addWidget(m_group);
    top->addSpacing(16);
    top->addWidget(m_month);
    top->addStretch(1);
    top->addWidget(m_new);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(rulesBox);
    layout->addWidget(m_totals);
    layout->addWidget(m_table, 1);
    connect(m_group, &QComboBox::currentIndexChanged, this, &ZaloModerationTab::reload);
    connect(m_month, &MonthFilter::changed, this, &ZaloModerationTab::reload);
    connect(m_new, &QPushButton::clicked, this, &ZaloModerationTab::newEntry);
    connect(m_editRules, &QPushButton::clicked, this, &ZaloModerationTab::editRules);
    connect(m_table, &QTableWidget::itemActivated, this, &ZaloModerationTab::openSelected);
    reloadGroups();
}

void ZaloModerationTab::reloadGroups() {
    const qint64 current = m_group->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        m_group->addItem(tr("All groups"), qint64(0));
        MovementFilter filter;
        filter.typeCode = kZaloGroupType;
        if (auto groups = MovementRepo(m_db, m_clock).list(m_session, filter))
            for (const MovementModel& group : groups.value())
                m_group->addItem(group.name, group.id);
        const int index = m_group->findData(current);
        m_group->setCurrentIndex(index < 0 ? 0 : index);
    }
    reload();
}

void ZaloModerationTab::showRules() {
    const qint64 groupId = m_group->currentData().toLongLong();
    m_editRules->setEnabled(m_canWrite && groupId != 0);
    m_editRules->setToolTip(!m_canWrite ? readOnlyReason()
                            : groupId   ? QString()
                                        : tr("Choose a group first."));
    if (!groupId) {
        m_ruleFlags->setText(tr("Choose a group to see its rules."));
        m_rules->clear();
        return;
    }
    auto group = MovementRepo(m_db, m_clock).get(m_session, groupId);
    if (!group) {
        m_ruleFlags->clear();
        m_rules->clear();
        showError(this, tr("Zalo group"), group.error());
        return;
    }
    const ZaloRules& rules = group.value().zalo;
    QStringList flags;
    flags << (rules.anttOnly ? tr("Posts about security and order only")
                             : tr("Posts on any subject"));
    flags << (rules.officeHoursOnlyExceptUrgent ? tr("Office hours only, except urgent")
                                                : tr("At any hour"));
    m_ruleFlags->setText(flags.join(QStringLiteral(" · ")));
    m_rules->setPlainText(rules.rules.isEmpty() ? tr("(no rules written yet)") : rules.rules);
}

void ZaloModerationTab::reload() {
    showRules();
    const qint64 groupId = m_group->currentData().toLongLong();
    ZaloModerationRepo repo(m_db, m_clock);
    auto entries = repo.list(m_session, groupId, m_month->from(), m_month->to());
    auto totals = repo.totals(m_session, groupId, m_month->from(), m_month->to());
    m_table->setRowCount(0);
    if (!entries || !totals) {
        m_totals->clear();
        showError(this, tr("Zalo groups"), entries ? totals.error() : entries.error());
        return;
    }
    m_table->setRowCount(int(entries.value().size()));
    int row = 0;
    for (const ModerationRow& e : entries.value())
        setRegisterRow(m_table, row++, e.id,
                       {movementDateText(e.onDate), e.groupName, e.actionLabel,
                        QString::number(e.count), e.officerName, e.note},
                       {3});
    m_totals->setText(tr("Members warned: %1 · removed from the group: %2")
                          .arg(totals.value().warned)
                          .arg(totals.value().removed));
}

void ZaloModerationTab::openSelected() {
    if (selectedRowId(m_table))
        showRowDetails(m_table, m_table->currentRow(), tr("Zalo group moderation"), this);
}

void ZaloModerationTab::newEntry() {
    if (!m_canWrite)
        return;
    auto* dialog =
        new ModerationDialog(m_db, m_clock, m_session, m_group->currentData().toLongLong(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ModerationDialog::saved, this, [this] {
        reload();
        Q_EMIT changed();
    });
    dialog->resize(dialog->sizeHint().expandedTo(QSize(520, 0)));
    dialog->open();
}

void ZaloModerationTab::editRules() {
    const qint64 groupId = m_group->currentData().toLongLong();
    if (!groupId || !m_canWrite)
        return;
    auto* dialog = new ModelDialog(m_db, m_clock, m_session, groupId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ModelDialog::saved, this, [this] {
        reloadGroups();
        Q_EMIT changed();
    });
    dialog->open();
}

} // namespace binhyen::ui
