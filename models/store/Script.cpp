#include "models/store/Script.h"

#include "models/store/EngineErrors.h"
#include "models/store/NativeHandle.h"

#include <sqlite3.h>

namespace binhyen {

Result<void> executeScript(QSqlDatabase& db, const QString& sql) {
    sqlite3* h = nativeHandle(db);
    if (!h)
        return makeError(ErrorCode::Io, QStringLiteral("not a BinhYen connection"));
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_exec(h, utf8.constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return engineError(h, rc);
    return {};
}

} // namespace binhyen
