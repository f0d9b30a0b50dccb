#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace binhyen::test {

// Records the SQL (with its bound values) of every statement a connection runs while it lives,
// through SQLite's statement trace, so that a test (or binhyen-bench check-twin) can look at the
// query plans of exactly the statements the repos ran.
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

} // namespace binhyen::test
