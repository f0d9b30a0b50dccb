#pragma once

#include "models/domain/Person.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPushButton;

namespace binhyen {
class Clock;
class Register;
class Session;
} // namespace binhyen

namespace binhyen::ui {

// A chief's list of person records that may be the same person (PersonDuplicates::suggest): the
// pairs on the left, the chosen pair side by side with the reasons; "Merge into the left…" /
// "Merge into the right…" ask for a reason, then PersonDuplicates::merge.
class DuplicatesDialog : public QDialog {
    Q_OBJECT
public:
    DuplicatesDialog(Register& reg, const Clock& clock, const Session& session,
                     QWidget* parent = nullptr);

Q_SIGNALS:
    void merged();

private:
    void reload();
    void showPair();
    void merge(bool intoLeft);

    Register& m_register;
    const Clock& m_clock;
    const Session& m_session;
    QList<DuplicatePair> m_pairs;
    QListWidget* m_list = nullptr;
    QLabel* m_left = nullptr;
    QLabel* m_right = nullptr;
    QLabel* m_reasons = nullptr;
    QPushButton* m_mergeLeft = nullptr;
    QPushButton* m_mergeRight = nullptr;
};

} // namespace binhyen::ui
