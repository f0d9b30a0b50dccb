#pragma once

#include "models/security/IdlePolicy.h"

#include <QObject>

class QTimer;

namespace binhyen::ui {

// Watches every keyboard and mouse input of the application (an event filter on it) and asks
// the IdlePolicy every few seconds; emits idle() once when the time has run out. Paused while
// the screen is locked.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    IdleWatcher(const Clock& clock, int minutes, QObject* parent = nullptr);
    ~IdleWatcher() override;

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    int minutes() const { return m_policy.minutes(); }
    void setMinutes(int minutes) { m_policy.setMinutes(minutes); }

public Q_SLOTS:
    // Called by the timer; tests call it after moving their clock.
    void check();

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    IdlePolicy m_policy;
    QTimer* m_timer = nullptr;
    bool m_running = false;
};

} // namespace binhyen::ui
