// TipWorkflowRepo::classify (TipWorkflowRepo.h): the classification of a tip and its new deadline.
#include "models/domain/LegalClock.h"
#include "models/domain/StationTime.h"
#include "models/repo/tips/RulesRepo.h"
#include "models/repo/tips/TipWorkflowStep.h"
#include "models/store/EngineErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace binhyen {

namespace {

const QStringList kClassifications = {QStringLiteral("to_giac"), QStringLiteral("tin_bao"),
                                      QStringLiteral("kien_nghi"), QStringLiteral("phan_anh"),
                                      QStringLiteral("khong_antt")};

QVariantMap change(const QVariant& before, const QVariant& after) {
    return {{QStringLiteral("before"), before}, {QStringLiteral("after"), after}};
}

QVariant orNull(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Result<void> TipWorkflowRepo::classify(const Session& session, qint64 tipId,
                                       const QString& classification, const QString& reason) {
    if (!kClassifications.contains(classification))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("TipWorkflowRepo", "Choose a classification."));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT received_at, urgency, status, forwarded_at, extensions, "
                             "classification, due_at FROM tips WHERE id = ?"));
    q.addBindValue(tipId);
    if (!q.exec())
        return engineError(q.lastError().nativeErrorCode().toInt(), q.lastError().databaseText(),
                           QCoreApplication::translate("TipWorkflowRepo", "Changing the tip"));
    if (!q.next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("TipWorkflowRepo", "There is no such tip."));
    TipClockFacts facts;
    facts.receivedAt = stationTimeFromText(q.value(0).toString());
    facts.urgency = q.value(1).toString();
    facts.status = q.value(2).toString();
    facts.forwardedAt = stationTimeFromText(q.value(3).toString());
    facts.extensions = q.value(4).toInt();
    facts.classification = classification;
    const QString before = q.value(5).toString();
    const QString dueBefore = q.value(6).toString();
    if (before == classification)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("TipWorkflowRepo",
                                                     "The tip already has this classification."));
    auto rules = RulesRepo(m_db).inForceAt(facts.receivedAt.date());
    if (!rules)
        return rules.error();
    const QDateTime due = LegalClock(rules.take()).next(facts).due;
    const QString dueText = due.isValid() ? stationTimeText(due) : QString();

    Step step;
    step.from = {QStringLiteral("new"), QStringLiteral("verifying")};
    step.action = QStringLiteral("tip.classify");
    step.kind = QStringLiteral("classify");
    step.reason = reason;
    step.extra = {{QStringLiteral("classification"), classification}};
    step.sets = {{QStringLiteral("classification"), classification},
                 {QStringLiteral("due_at"), orNull(dueText)}};
    step.changes = {{QStringLiteral("classification"), change(orNull(before), classification)}};
    if (dueBefore != dueText)
        step.changes.insert(QStringLiteral("due_at"), change(orNull(dueBefore), orNull(dueText)));
    return apply(session, tipId, step);
}

} // namespace binhyen
