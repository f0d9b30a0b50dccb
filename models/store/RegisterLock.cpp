#include "models/store/RegisterLock.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <cerrno>
#include <csignal>

namespace binhyen {

RegisterLock::RegisterLock(const QString& lockPath)
    : m_lock(lockPath) {
    m_lock.setStaleLockTime(0); // never stale by age; see acquire() for a dead holder
}

RegisterLock::~RegisterLock() {
    m_lock.unlock();
}

Result<std::unique_ptr<RegisterLock>> RegisterLock::acquire(const QString& registerPath) {
    std::unique_ptr<RegisterLock> lock(new RegisterLock(registerPath + QStringLiteral(".lock")));
    if (lock->m_lock.tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host;
    QString app;
    lock->m_lock.getLockInfo(&pid, &host, &app);
    // A window that crashed or was killed leaves its lock file: stale when its process is gone.
    if (pid > 0 && host == QSysInfo::machineHostName() && ::kill(static_cast<pid_t>(pid), 0) != 0 &&
        errno == ESRCH && lock->m_lock.removeStaleLockFile() && lock->m_lock.tryLock(0))
        return lock;
    return makeError(ErrorCode::AlreadyOpen,
                     QCoreApplication::translate("RegisterLock",
                                                 "This register is already open in another BinhYen "
                                                 "window (on %1). Use that window, or close it "
                                                 "first.")
                         .arg(host),
                     QStringLiteral("pid=%1").arg(pid));
}

} // namespace binhyen
