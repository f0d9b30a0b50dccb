#pragma once

#include "models/repo/stats/StatsDrillRepo.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace binhyen::ui {

// The records behind one figure of the statistics (StatsDrillRepo): number, date, content,
// hamlet, detail (and the amount each adds, for a sum). Enter or a double-click on a tip's or a
// case's row asks to open it (openTip / openCase); Esc closes. Opened with open(), deleted on
// close.
class DrillDialog : public QDialog {
    Q_OBJECT
public:
    DrillDialog(const DrillList& list, QWidget* parent = nullptr);

    const DrillList& list() const { return m_list; }
    // Opens the record of a row (as Enter does).
    void activateRow(int row);

Q_SIGNALS:
    void openTip(qint64 tipId);
    void openCase(qint64 caseId);

private:
    DrillList m_list;
    QTableWidget* m_table = nullptr;
};

} // namespace binhyen::ui
