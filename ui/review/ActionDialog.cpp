#include "ui/review/ActionDialog.h"

#include "ui/dialogs/Messages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace binhyen::ui {

ActionDialog::ActionDialog(const QString& title, const QString& intro, const QString& textLabel,
                           bool textRequired, Action action, QWidget* parent)
    : QDialog(parent)
    , m_action(std::move(action)) {
    setObjectName(QStringLiteral("reviewActionDialog"));
    setWindowTitle(title);
    auto* box = new QVBoxLayout(this);
    if (!intro.isEmpty()) {
        auto* label = new QLabel(intro, this);
        label->setObjectName(QStringLiteral("intro"));
        label->setWordWrap(true);
        box->addWidget(label);
    }
    auto* form = new QFormLayout;
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("choice"));
    m_choiceLabel = new QLabel(this);
    m_choiceLabel->setBuddy(m_choice);
    form->addRow(m_choiceLabel, m_choice);
    m_choice->hide();
    m_choiceLabel->hide();
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("text"));
    m_text->setPlaceholderText(textRequired ? tr("(required)") : tr("(optional)"));
    m_textLabel = new QLabel(textLabel, this);
    m_textLabel->setBuddy(m_text);
    form->addRow(m_textLabel, m_text);
    box->addLayout(form);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* save = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    box->addWidget(buttons);
    setMinimumWidth(480);
}

void ActionDialog::setChoices(const QString& label, const QList<QPair<QString, QVariant>>& items) {
    m_choiceLabel->setText(label);
    m_choice->clear();
    for (const auto& item : items)
        m_choice->addItem(item.first, item.second);
    m_choice->show();
    m_choiceLabel->show();
    m_choice->setFocus();
}

void ActionDialog::hideText() {
    m_text->hide();
    m_textLabel->hide();
}

void ActionDialog::accept() {
    // The repository checks what is required (a reason, a comment): its message is shown.
    const QString text = m_text->text().trimmed();
    const QVariant choice = m_choice->count() > 0 ? m_choice->currentData() : QVariant();
    if (auto done = m_action(choice, text); !done) {
        showError(this, windowTitle(), done.error());
        return;
    }
    QDialog::accept();
}

void openAction(ActionDialog* dialog, const std::function<void()>& done) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, dialog, [done] { done(); });
    dialog->open();
}

} // namespace binhyen::ui
