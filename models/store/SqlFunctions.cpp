#include "models/store/SqlFunctions.h"

#include "models/domain/SearchText.h"

#include <sqlite3.h>

namespace binhyen {

namespace {

void searchable(sqlite3_context* ctx, int argc, sqlite3_value** argv) {
    QStringList parts;
    parts.reserve(argc);
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL)
            continue;
        const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[i]));
        parts << QString::fromUtf8(text, sqlite3_value_bytes(argv[i]));
    }
    const QByteArray out = searchableText(parts).toUtf8();
    sqlite3_result_text(ctx, out.constData(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

} // namespace

int registerSqlFunctions(sqlite3* db) {
    return sqlite3_create_function_v2(db, "binhyen_searchable", -1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, &searchable, nullptr, nullptr, nullptr);
}

} // namespace binhyen
