#pragma once

#include <QCompleter>

namespace binhyen::ui {

// A completer that matches accent-blind and case-blind anywhere in the names ("cay cam",
// "Cây Cám", "CAY" all offer "Cây Cám") and inserts the name as written. The model's
// Qt::UserRole holds each name folded (foldText); the popup shows Qt::DisplayRole.
class FoldedCompleter : public QCompleter {
    Q_OBJECT

public:
    explicit FoldedCompleter(const QStringList& names, QObject* parent = nullptr);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;
};

} // namespace binhyen::ui
