#include "tests/support/StatementTrace.h"

#include "models/store/NativeHandle.h"

// The engine is linked statically into binhyen_models, whose include path for sqlite3.h is
// private: exactly sqlite3.h's declarations (SQLite 3.46.1 / SQLCipher 4.6.1).
struct sqlite3;
struct sqlite3_stmt;
extern "C" {
int sqlite3_trace_v2(sqlite3*, unsigned uMask, int (*xCallback)(unsigned, void*, void*, void*),
                     void* pCtx);
char* sqlite3_expanded_sql(sqlite3_stmt* pStmt);
void sqlite3_free(void*);
}

namespace binhyen::test {

namespace {
constexpr unsigned kTraceStatement = 0x01U; // SQLITE_TRACE_STMT
} // namespace

StatementTrace::StatementTrace(QSqlDatabase db)
    : m_handle(nativeHandle(db)) {
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), kTraceStatement, &StatementTrace::onTrace,
                         this);
}

StatementTrace::~StatementTrace() {
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), 0, nullptr, nullptr);
}

QStringList StatementTrace::take() {
    QStringList out;
    out.swap(m_statements);
    return out;
}

int StatementTrace::onTrace(unsigned type, void* context, void* statement, void* text) {
    if (type != kTraceStatement || !context)
        return 0;
    // Statements run by triggers arrive as "-- comment" text: only the top-level ones count.
    const char* sql = static_cast<const char*>(text);
    if (sql && sql[0] == '-' && sql[1] == '-')
        return 0;
    char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement));
    auto* self = static_cast<StatementTrace*>(context);
    self->m_statements << QString::fromUtf8(expanded ? expanded : sql);
    sqlite3_free(expanded);
    return 0;
}

} // namespace binhyen::test
