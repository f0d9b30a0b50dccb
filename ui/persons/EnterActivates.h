#pragma once

#include <QAbstractItemView>
#include <QEvent>
#include <QKeyEvent>
#include <functional>

namespace binhyen::ui {

// Enter (or Return) on a list calls `activate` instead of moving to the next row; owned by the
// view.
class EnterActivates : public QObject {
public:
    EnterActivates(QAbstractItemView* view, std::function<void()> activate)
        : QObject(view)
        , m_activate(std::move(activate)) {
        view->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::KeyPress) {
            const auto* key = static_cast<QKeyEvent*>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
                m_activate();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_activate;
};

} // namespace binhyen::ui
