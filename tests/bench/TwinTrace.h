#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace binhyen::bench {

// Records the SQL (with its bound values) of every statement a connection runs while it lives,
// through SQLite's statement trace, so that check-twin can compare the query plans of exactly the
// statements the repos ran.
class StatementTrace {
public:
    explicit StatementTrace(QSqlDatabase db);
    ~StatementTrace();
    StatementTrace(const StatementTrace&) = delete;
    StatementTrace& operator=(const StatementTrace&) = delete;

    QStringList take(); // the statements since the last take(), in order

    static int onTrace(unsigned type, void* context, void* statement, void* text);

private:
    void* m_handle = nullptr;
    QStringList m_statements;
};

} // namespace binhyen::bench
