#include "ui/tips/FoldedCompleter.h"

#include "models/domain/TextFold.h"

#include <QStandardItemModel>

namespace binhyen::ui {

FoldedCompleter::FoldedCompleter(const QStringList& names, QObject* parent)
    : QCompleter(parent) {
    auto* model = new QStandardItemModel(this);
    for (const QString& name : names) {
        auto* item = new QStandardItem(name);
        item->setData(foldText(name), Qt::UserRole);
        model->appendRow(item);
    }
    setModel(model);
    setCompletionRole(Qt::UserRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchContains);
    setCompletionMode(QCompleter::PopupCompletion);
}

QStringList FoldedCompleter::splitPath(const QString& path) const {
    return {foldText(path.trimmed())};
}

QString FoldedCompleter::pathFromIndex(const QModelIndex& index) const {
    return index.data(Qt::DisplayRole).toString();
}

} // namespace binhyen::ui
