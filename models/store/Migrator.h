#pragma once

#include "models/domain/Result.h"

#include <QList>

struct sqlite3;

namespace binhyen {

// Numbered SQL migrations compiled in from resources/migrations/NNNN_name.sql. Each runs in its
// own transaction together with the new version number (PRAGMA user_version), so a register is
// always at exactly one version. A register newer than this build is refused, never downgraded.
class Migrator {
public:
    struct Step {
        int version = 0;
        QString resource;
    };

    static QList<Step> steps();
    static int latestVersion();

    static Result<int> currentVersion(sqlite3* db);
    // Brings the register to `target` (latestVersion() when -1). Refuses a newer register.
    static Result<void> migrate(sqlite3* db, int target = -1);
};

} // namespace binhyen
