#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace binhyen {
class CaseListModel;
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

class ListPage;

// The cases register: a filter bar (status, "mine", "waiting for the chief"), an accent-blind
// search box, the "New case" button, and the list (CaseListModel) with the chief's review of each
// case. Enter or a double click opens the selected case. Without a user only the newest cases are
// shown and the filters are off.
class CaseListPage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kListLimit = 500;

    CaseListPage(Register& reg, const Clock& clock, const Session* session,
                 QWidget* parent = nullptr);

    QTableView* view() const;
    CaseListModel* model() const { return m_model; }
    QLineEdit* searchBox() const { return m_search; }
    // The case of the selected row; 0 without a selection.
    qint64 selectedCase() const;

public Q_SLOTS:
    // Reads the list again with the current filters; keeps the selected case.
    void reload();

Q_SIGNALS:
    void caseActivated(qint64 caseId);
    void newCaseRequested();

private:
    void buildFilterBar();
    void fitColumns();
    void selectCase(qint64 caseId);

    Register& m_register;
    const Clock& m_clock;
    const Session* m_session = nullptr;
    CaseListModel* m_model = nullptr;
    ListPage* m_list = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_mine = nullptr;
    QCheckBox* m_pending = nullptr;
    QLineEdit* m_search = nullptr;
    QPushButton* m_new = nullptr;
};

} // namespace binhyen::ui
