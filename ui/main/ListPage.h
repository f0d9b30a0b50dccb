#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace binhyen::ui {

// One list of the main window: a small caption above a read-only, sortable table. The page only
// presents; the window loads the rows into the model.
class ListPage : public QWidget {
    Q_OBJECT
public:
    struct Layout {
        int sortRole = 0;      // the model's role holding sortable values
        int newestColumn = 0;  // sorted descending on first show: newest first
        int stretchColumn = 0; // takes the remaining width (the long text)
    };

    ListPage(QAbstractItemModel* model, const Layout& layout, QWidget* parent = nullptr);

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    void setCaption(const QString& text);
    // Fits every column but the stretching one to its contents, within sensible bounds.
    void fitColumns();

private:
    Layout m_layout;
    QLabel* m_caption = nullptr;
    QTableView* m_view = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
};

} // namespace binhyen::ui
