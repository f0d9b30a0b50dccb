#include "models/store/NativeHandle.h"

#include "models/store/sqlcipher/SqlCipherDriver.h"

namespace binhyen {

sqlite3* nativeHandle(const QSqlDatabase& db) {
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    return driver ? driver->sqliteHandle() : nullptr;
}

} // namespace binhyen
