#include "ui/admin/RulesDialog.h"

#include "models/domain/Clock.h"
#include "models/security/Permissions.h"
#include "models/security/Session.h"
#include "models/store/Register.h"
#include "ui/admin/HolidaysPage.h"
#include "ui/admin/RuleChangeDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace binhyen::ui {

RulesDialog::RulesDialog(Register& reg, const Clock& clock, const Session& session, QWidget* parent)
    : QDialog(parent)
    , m_register(reg)
    , m_clock(clock)
    , m_session(session)
    , m_canChange(isAllowed(session.role(), Operation::ChangeRules)) {
    setObjectName(QStringLiteral("rulesDialog"));
    setWindowTitle(tr("Legal deadlines and days off"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto* rulesPage = new QWidget(m_tabs);
    auto* rulesLayout = new QVBoxLayout(rulesPage);
    m_table = new QTableWidget(0, ColumnCount, rulesPage);
    m_table->setObjectName(QStringLiteral("rulesTable"));
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Rule"), tr("Value"), tr("Legal source"),
                                        tr("Effective from"), tr("To confirm")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    rulesLayout->addWidget(m_table, 1);
    auto* row = new QHBoxLayout;
    m_change = new QPushButton(tr("&Change…"), rulesPage);
    m_change->setObjectName(QStringLiteral("changeButton"));
    m_change->setToolTip(tr("Give the rule a new value from a date, with its legal source"));
    m_change->setVisible(m_canChange);
    m_status = new QLabel(rulesPage);
    m_status->setObjectName(QStringLiteral("rulesStatus"));
    m_status->setWordWrap(true);
    row->addWidget(m_status, 1);
    row->addWidget(m_change);
    rulesLayout->addLayout(row);
    m_tabs->addTab(rulesPage, tr("&Rules in force"));

    m_holidays = new HolidaysPage(reg, clock, session, m_tabs);
    m_tabs->addTab(m_holidays, tr("&Days off"));

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_change, &QPushButton::clicked, this, &RulesDialog::changeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RulesDialog::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RulesDialog::changeSelected);
    reload();
    resize(1100, 560);
}

QString RulesDialog::valueText(const Rule& rule) {
    if (rule.unit == QLatin1String("flag"))
        return rule.value ? tr("yes") : tr("no");
    if (rule.unit == QLatin1String("minutes"))
        return tr("%1 minutes").arg(rule.value);
    if (rule.unit == QLatin1String("hours"))
        return tr("%1 hours").arg(rule.value);
    if (rule.unit == QLatin1String("days"))
        return tr("%1 days").arg(rule.value);
    if (rule.unit == QLatin1String("months"))
        return tr("%1 months").arg(rule.value);
    return QString::number(rule.value);
}

void RulesDialog::reload() {
    m_table->setRowCount(0);
    auto rows = RulesRepo(m_register.database()).allRules();
    if (!rows) {
        m_rows.clear();
        m_status->setText(rows.error().message);
        updateButtons();
        return;
    }
    const QDate today = m_clock.now().date();
    m_rows = RulesRepo::inForceOrLater(rows.value(), today);
    for (const RuleRow& r : std::as_const(m_rows)) {
        const int at = m_table->rowCount();
        m_table->insertRow(at);
        const bool later = r.effectiveFrom > today;
        const QString from = r.effectiveFrom.toString(QStringLiteral("dd/MM/yyyy"));
        const QStringList cells{r.rule.code,
                                r.rule.description,
                                valueText(r.rule),
                                r.rule.legalSource,
                                later ? tr("%1 (not yet in force)").arg(from) : from,
                                r.rule.toConfirm ? tr("to confirm") : QString()};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(column == Description || column == Source
                                 ? cells.at(column) + (r.note.isEmpty()
                                                           ? QString()
                                                           : QStringLiteral("\n") + r.note)
                                 : QString());
            m_table->setItem(at, column, item);
        }
    }
    for (int column : {Code, Value, EffectiveFrom, ToConfirm})
        m_table->resizeColumnToContents(column);
    m_table->setColumnWidth(Description, 420);
    m_table->horizontalHeader()->setStretchLastSection(true);
    updateButtons();
}

void RulesDialog::updateButtons() {
    m_change->setEnabled(m_canChange && m_table->currentRow() >= 0);
}

void RulesDialog::changeSelected() {
    const int at = m_table->currentRow();
    if (!m_canChange || at < 0 || at >= m_rows.size())
        return;
    const RuleRow current = m_rows.at(at);
    auto apply = [this, code = current.rule.code](const RuleChangeDialog::Change& c) {
        auto saved = RulesRepo(m_register.database(), m_clock)
                         .setRule(m_session, code, c.value, c.effectiveFrom, c.legalSource, c.note);
        if (!saved)
            return saved.error().message;
        m_status->setText(tr("%1: the new value applies from %2.")
                              .arg(code, c.effectiveFrom.toString(QStringLiteral("dd/MM/yyyy"))));
        reload();
        return QString();
    };
    auto* form = new RuleChangeDialog(current, m_clock.now().date(), apply, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    form->open();
}

} // namespace binhyen::ui
