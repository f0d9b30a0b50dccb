#pragma once

#include <QStringList>

namespace binhyen::bench {

// How many matches the benchmark's searches ask for: the 50 newest, in the app's order.
inline constexpr int kBenchSearchLimit = 50;

// The fixed accent-blind search queries of `binhyen-bench run`, shared with the plain twin's
// check (the same queries must return the same rows on both registers): places with and without
// accents, the words of the commonest tips ("dat do", "trom cap xe may"), a plate typed two ways,
// a phone number typed two ways, a prefix, and words that match nothing. At least 20.
QStringList benchQueries();

} // namespace binhyen::bench
