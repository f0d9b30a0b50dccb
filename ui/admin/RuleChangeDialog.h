#pragma once

#include "models/repo/tips/RulesRepo.h"

#include <QDialog>
#include <functional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace binhyen::ui {

// A chief's change of one legal rule: the new value, the day it takes effect and its legal
// source. Past values stay: the change is a new row from that day (RulesRepo::setRule).
class RuleChangeDialog : public QDialog {
    Q_OBJECT
public:
    struct Change {
        int value = 0;
        QDate effectiveFrom;
        QString legalSource;
        QString note;
    };
    // `apply` saves the change and returns an error message (empty when saved).
    using Apply = std::function<QString(const Change&)>;

    RuleChangeDialog(const RuleRow& current, const QDate& today, Apply apply,
                     QWidget* parent = nullptr);

    Change change() const;

public Q_SLOTS:
    void accept() override;

private:
    Apply m_apply;
    QSpinBox* m_value = nullptr;
    QDateEdit* m_from = nullptr;
    QLineEdit* m_source = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace binhyen::ui
