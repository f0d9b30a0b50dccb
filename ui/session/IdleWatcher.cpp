#include "ui/session/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace binhyen::ui {

IdleWatcher::IdleWatcher(const Clock& clock, int minutes, QObject* parent)
    : QObject(parent)
    , m_policy(clock, minutes)
    , m_timer(new QTimer(this)) {
    m_timer->setInterval(5000);
    connect(m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher() {
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::start() {
    m_policy.touch();
    m_running = true;
    m_timer->start();
}

void IdleWatcher::stop() {
    m_running = false;
    m_timer->stop();
}

void IdleWatcher::check() {
    if (m_running && m_policy.isDue()) {
        stop();
        Q_EMIT idle();
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event) {
    if (m_running) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
            m_policy.touch();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace binhyen::ui
