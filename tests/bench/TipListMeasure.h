#pragma once

#include <QJsonObject>
#include <QSqlDatabase>

namespace binhyen::bench {

// The tip list on the whole register: count + first page of 200 ("tip_list_open"), and the jump
// to the last page (offset = count − 200, "tip_list_jump_end") through TipListRepo, plus the
// same jump in plain SQL over the id order ("tip_list_sql_offset_end") as a reference.
void measureTipList(QSqlDatabase db, QJsonObject& result);

} // namespace binhyen::bench
