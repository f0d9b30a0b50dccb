#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QString>

namespace binhyen {

class Register;

// Automatic backups: a verified copy in a folder beside the register (default
// "<register name>-backups"), keeping the newest `keep` automatic copies of that register and
// removing older ones. Manual backups elsewhere are never touched.
class AutomaticBackup {
public:
    static QString defaultFolder(const QString& registerPath);
    // Returns the new backup's path.
    static Result<QString> run(Register& reg, const QString& folder, const Clock& clock, int keep);
};

} // namespace binhyen
