#pragma once

#include "models/domain/Case.h"

#include <QDateTime>
#include <QGroupBox>

class QAction;
class QHBoxLayout;
class QLabel;
class QTableWidget;
class QToolButton;

namespace binhyen::ui {

// One part of the review queue: a titled, compact table of ReviewItems ("Tips not yet
// classified (3)"), the actions on the selected row as buttons and a context menu, Enter or a
// double click runs the default action.
class ReviewSection : public QGroupBox {
    Q_OBJECT
public:
    // `name` prefixes the object names ("<name>Section", "<name>Table"); titleFormat has %1 for
    // the count; timeHeader names the time column.
    ReviewSection(const QString& name, const QString& titleFormat, const QString& timeHeader,
                  const QString& emptyText, QWidget* parent = nullptr);

    // `now`: rows whose time is before it are painted red when markOverdue. `total`: how many
    // the list holds in all when `items` are only its first ones (the title counts them all, and
    // a line below the table says only the first are shown); -1: items are the whole list.
    void setItems(const QList<ReviewItem>& items, const QDateTime& now, bool markOverdue,
                  qint64 total = -1);
    void addAction(QAction* action, bool isDefault = false);
    // The selected row's item, nullptr when none.
    const ReviewItem* current() const;
    QTableWidget* table() const { return m_table; }
    int count() const { return int(m_items.size()); }

Q_SIGNALS:
    void currentChanged();

private:
    void showMenu(const QPoint& pos);

    QString m_titleFormat;
    QList<ReviewItem> m_items;
    QList<QAction*> m_actions;
    QAction* m_default = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QLabel* m_more = nullptr;
    QHBoxLayout* m_buttons = nullptr;
    QList<QToolButton*> m_buttonWidgets;
};

} // namespace binhyen::ui
