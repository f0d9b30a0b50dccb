#include "ui/cases/CasePromptDialog.h"

#include "ui/dialogs/Messages.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace binhyen::ui {

CasePromptDialog::CasePromptDialog(const QString& title, const QString& label, bool required,
                                   Action action, QWidget* parent, const QString& checkText)
    : QDialog(parent)
    , m_required(required)
    , m_action(std::move(action)) {
    setObjectName(QStringLiteral("casePromptDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    auto* caption = new QLabel(label, this);
    caption->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("promptText"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(m_text->fontMetrics().height() * 4);
    caption->setBuddy(m_text);
    auto* box = new QVBoxLayout(this);
    box->addWidget(caption);
    box->addWidget(m_text, 1);
    if (!checkText.isEmpty()) {
        m_check = new QCheckBox(checkText, this);
        m_check->setObjectName(QStringLiteral("promptCheck"));
        box->addWidget(m_check);
    }
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* ok = buttons->addButton(tr("OK"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("promptOk"));
    ok->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CasePromptDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CasePromptDialog::reject);
    // Enter inside the text makes a new line; Ctrl+Enter accepts.
    auto* send = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(send, &QShortcut::activated, this, &CasePromptDialog::accept);
    box->addWidget(buttons);
    setMinimumWidth(460);
}

void CasePromptDialog::accept() {
    const QString text = m_text->toPlainText().trimmed();
    if (m_required && text.isEmpty()) {
        showError(this, windowTitle(),
                  makeError(ErrorCode::InvalidInput, tr("Please write the text asked for.")));
        return;
    }
    if (m_action) {
        if (auto done = m_action(text, m_check && m_check->isChecked()); !done) {
            showError(this, windowTitle(), done.error());
            return;
        }
    }
    QDialog::accept();
}

} // namespace binhyen::ui
