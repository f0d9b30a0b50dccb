#include "ui/admin/RuleChangeDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace binhyen::ui {

RuleChangeDialog::RuleChangeDialog(const RuleRow& current, const QDate& today, Apply apply,
                                   QWidget* parent)
    : QDialog(parent)
    , m_apply(std::move(apply)) {
    setObjectName(QStringLiteral("ruleChangeDialog"));
    setWindowTitle(tr("Change a legal rule"));
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(current.rule.description, this);
    heading->setObjectName(QStringLiteral("ruleHeading"));
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto* form = new QFormLayout;
    m_value = new QSpinBox(this);
    m_value->setObjectName(QStringLiteral("valueEdit"));
    m_value->setRange(0, 100000);
    m_value->setValue(current.rule.value);
    m_from = new QDateEdit(today, this);
    m_from->setObjectName(QStringLiteral("effectiveEdit"));
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_from->setCalendarPopup(true);
    m_source = new QLineEdit(current.rule.legalSource, this);
    m_source->setObjectName(QStringLiteral("sourceEdit"));
    m_source->setMinimumWidth(420);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    form->addRow(tr("New &value:"), m_value);
    form->addRow(tr("&Effective from:"), m_from);
    form->addRow(tr("&Legal source:"), m_source);
    form->addRow(tr("N&ote:"), m_note);
    layout->addLayout(form);
    auto* hint = new QLabel(tr("Earlier values stay in the register: deadlines before this date "
                               "keep the old value. The change is recorded in the audit trail."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    buttons->addButton(tr("&Cancel"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &RuleChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RuleChangeDialog::Change RuleChangeDialog::change() const {
    return {m_value->value(), m_from->date(), m_source->text().trimmed(), m_note->text().trimmed()};
}

void RuleChangeDialog::accept() {
    const QString problem = m_apply ? m_apply(change()) : QString();
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        return;
    }
    QDialog::accept();
}

} // namespace binhyen::ui
