#pragma once

#include "models/domain/Result.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace binhyen::ui {

// A small dialog asking one text (a reason, a comment, an outcome, a note), optionally with one
// check box. Accepting runs the action; an error is shown and the dialog stays open. Opened with
// open() and deleted on close.
class CasePromptDialog : public QDialog {
    Q_OBJECT
public:
    using Action = std::function<Result<void>(const QString& text, bool checked)>;

    // `checkText` empty: no check box. `required`: an empty text is refused before the action.
    CasePromptDialog(const QString& title, const QString& label, bool required, Action action,
                     QWidget* parent = nullptr, const QString& checkText = {});

    QPlainTextEdit* textEdit() const { return m_text; }
    QCheckBox* checkBox() const { return m_check; }
    void accept() override;

private:
    bool m_required = false;
    Action m_action;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_check = nullptr;
};

} // namespace binhyen::ui
