#pragma once

#include "models/domain/Result.h"

#include <QLockFile>
#include <QString>
#include <memory>

namespace binhyen {

// One BinhYen window per register: the window holds this lock (a lock file next to the register
// naming the process and host) for as long as it has the register open. Command-line tools do
// not take it, except restore, which must not replace a file a window is using.
class RegisterLock {
public:
    static Result<std::unique_ptr<RegisterLock>> acquire(const QString& registerPath);
    ~RegisterLock();

private:
    explicit RegisterLock(const QString& lockPath);
    QLockFile m_lock;
};

} // namespace binhyen
