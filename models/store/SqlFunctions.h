#pragma once

struct sqlite3;

namespace binhyen {

// SQL functions every BinhYen connection has (registered right after keying):
// - binhyen_searchable(a, b, …): SearchText's searchableText() over its arguments — used by the
//   triggers that keep the full-text index of tips in step with the tips.
// A shell without these functions can read the register but cannot write indexed columns, which
// keeps the index and the records consistent.
int registerSqlFunctions(sqlite3* db);

} // namespace binhyen
