#pragma once

#include "models/domain/Result.h"

#include <QDialog>
#include <QVariant>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace binhyen::ui {

// A small window-modal dialog for one review action: an optional choice (combo "choice"), a
// text (line edit "text": a reason or a comment, required or optional) and Save / Cancel.
// `textRequired` only changes the placeholder: the repository says what is required. Accepting
// runs `action`; an error is shown and the dialog stays open.
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    using Action = std::function<Result<void>(const QVariant& choice, const QString& text)>;

    ActionDialog(const QString& title, const QString& intro, const QString& textLabel,
                 bool textRequired, Action action, QWidget* parent = nullptr);

    // Adds the choice row (before the text); items: label → data.
    void setChoices(const QString& label, const QList<QPair<QString, QVariant>>& items);

    // No text row (an assignment).
    void hideText();
    void accept() override;

private:
    Action m_action;
    QComboBox* m_choice = nullptr;
    QLabel* m_choiceLabel = nullptr;
    QLabel* m_textLabel = nullptr;
    QLineEdit* m_text = nullptr;
};

// Opens `dialog` window-modal, deleted on close; `done` runs after a successful action.
void openAction(ActionDialog* dialog, const std::function<void()>& done);

} // namespace binhyen::ui
