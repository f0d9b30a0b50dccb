#pragma once

#include "models/item/TipWindowModel.h"

#include <QHeaderView>
#include <QTableView>

namespace binhyen::ui {

// Initial widths of a tip table's columns: wide enough for the header (in the user's language)
// and the usual values; the summary takes the rest. Never measures rows (a million of them).
inline void fitTipColumns(QTableView* view) {
    const int minimum[] = {95, 125, 95, 90, 95, 120, 105, 125, 0, 70};
    static_assert(std::size(minimum) == TipWindowModel::Count);
    const QFontMetrics metrics(view->horizontalHeader()->font());
    for (int column = 0; column < TipWindowModel::Count; ++column) {
        if (column == TipWindowModel::Summary)
            continue;
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        view->setColumnWidth(column, qMax(minimum[column], metrics.horizontalAdvance(title) + 30));
    }
    view->horizontalHeader()->setSectionResizeMode(TipWindowModel::Summary, QHeaderView::Stretch);
}

} // namespace binhyen::ui
