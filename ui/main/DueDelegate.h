#pragma once

#include "models/item/TipWindowModel.h"

#include <QStyledItemDelegate>

namespace binhyen::ui {

// Shows a passed legal deadline (TipWindowModel::OverdueRole) in red.
class DueDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(TipWindowModel::OverdueRole).toBool()) {
            const QColor red(0xb0, 0x00, 0x20);
            option->palette.setColor(QPalette::Text, red);
            option->palette.setColor(QPalette::HighlightedText, red.lighter(190));
            option->font.setBold(true);
        }
    }
};

} // namespace binhyen::ui
