#pragma once

namespace binhyen {

class Arguments;

namespace bench {

// binhyen-bench check-twin --register F --key-file K --plain-twin F2 [--month YYYY-MM]: compares
// the encrypted register with its plain twin — sqlite_schema (tables, indexes, triggers), the
// connection pragmas other than the key, and for every benchmark query (the accent-blind searches
// of BenchQueries.h through SearchRepo and TipListRepo, one month's figures, 12 months of chart
// data, the tip list's first and last pages) the rows returned and the EXPLAIN QUERY PLAN of each
// statement the repos ran. Prints JSON; exit 0 when everything is equal, 1 otherwise, 2 on usage.
int runCheckTwin(const Arguments& args);

} // namespace bench
} // namespace binhyen
