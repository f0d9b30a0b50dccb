#pragma once

#include "tests/bench/MeasureCore.h"

namespace binhyen::bench {

// The tip list as the window shows it, through its model (TipWindowModel, all tips, newest
// first), on the encrypted register and its twin:
// - "tip_list_open": a new model, setFilter (the count) and the first screen of rows (every
//   column of the first 40 rows, as the table paints them);
// - "tip_list_jump_end": on a model just opened (untimed), the last screen of rows;
// - "tip_list_peak_rss_mb": VmHWM of the process during the encrypted side's measures (reset
//   before by /proc/self/clear_refs; "tip_list_rss_sampled_mb" when the kernel refuses: the
//   largest VmRSS seen after each run);
// plus the reference SQL parts ("tip_list_sql_count": count(*), "tip_list_sql_last_page_reversed":
// the oldest 200 by id).
Result<void> measureTipList(Side& encrypted, Side* plain, QJsonObject& result);

} // namespace binhyen::bench
