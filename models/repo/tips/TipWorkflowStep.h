#pragma once

// Internal to TipWorkflowRepo (its .cpp files): one step of the workflow, applied by
// TipWorkflowRepo::apply in one transaction (permission, state check, update, history, audit).
#include "models/repo/tips/TipWorkflowRepo.h"
#include "models/security/Permissions.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QVariant>
#include <functional>

namespace binhyen {

struct TipWorkflowRepo::Step {
    Operation operation = Operation::ChangeTipStatus;
    QStringList from; // allowed current statuses; empty: any
    QString toStatus; // empty: unchanged
    QString action = QStringLiteral("tip.status");
    QString kind; // history "step"
    QString reason;
    QVariantMap extra;                    // history extra
    QList<QPair<QString, QVariant>> sets; // columns written (names from this file only)
    QVariantMap changes;                  // audit changes besides the status
    std::function<Result<void>(const TipWorkflowState&)> check;
};

} // namespace binhyen
