#include "tests/bench/TwinTrace.h"

#include "models/store/NativeHandle.h"
#include "tests/bench/TwinEngine.h"

namespace binhyen::bench {

StatementTrace::StatementTrace(QSqlDatabase db)
    : m_handle(nativeHandle(db)) {
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3*>(m_handle), engine::kTraceStatement,
                         &StatementTrace::onTrace, this);
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
    if (type != engine::kTraceStatement || !context)
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

} // namespace binhyen::bench
