#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace binhyen {

class Session;

// One step of a tip's history: who, when, why. Valuable proposals and extensions are steps too
// (their status does not change; `extra` says what happened).
struct TipStatusChange {
    qint64 id = 0;
    QString fromStatus;
    QString toStatus;
    QDateTime at;
    qint64 userId = 0;
    QString reason;
    QVariantMap extra; // "step", forwarding "body"/"slip_no"/"forwarded_at", "duplicate_of" …
};

// Where a tip stands in its workflow (migration 0006).
struct TipWorkflowState {
    QString status;         // new | verifying | forwarded | resolved | suspended | closed
    QString closure;        // for closed: to_case | not_antt | duplicate
    qint64 duplicateOf = 0; // the original of a duplicate
    bool valuable = false;  // confirmed by a chief
    qint64 valuableProposedBy = 0;
    int extensions = 0; // extensions of the verification period recorded (0..2)
};

// The tip workflow (issue 4, DOMAIN-VN.md §1): mới tiếp nhận → đang xác minh → đã chuyển cơ quan
// điều tra | đã giải quyết | chuyển thành vụ việc, or không thuộc ANTT | trùng lặp. Each step
// checks the permission first, then the tip's state, and writes the tip, a history row and a
// signed audit row ("tip.status", "tip.valuable", "tip.extend") in one transaction. A reason is
// always required. Officers and chiefs change statuses and propose "valuable"; only chiefs confirm
// or reject a proposal and record extensions; inspectors do none.
class TipWorkflowRepo {
public:
    TipWorkflowRepo(QSqlDatabase db, const Clock& clock);

    // new → verifying.
    Result<void> startVerifying(const Session& session, qint64 tipId, const QString& reason);
    // new | verifying → forwarded: the receiving body, when, the transfer slip's number (Mẫu 03).
    Result<void> forward(const Session& session, qint64 tipId, const QString& body,
                         const QDateTime& at, const QString& slipNo, const QString& reason);
    // verifying → resolved; the reason is kept as the tip's outcome.
    Result<void> resolve(const Session& session, qint64 tipId, const QString& reason);
    // verifying → closed (to_case): records the intent; the case comes with the cases issue.
    Result<void> toCase(const Session& session, qint64 tipId, const QString& reason);
    // new | verifying → closed (not_antt).
    Result<void> notAntt(const Session& session, qint64 tipId, const QString& reason);
    // new | verifying → closed (duplicate) of `originalId` (a duplicate's own original when that
    // one is itself a duplicate).
    Result<void> duplicate(const Session& session, qint64 tipId, qint64 originalId,
                           const QString& reason);

    // An officer (or chief) proposes that the tip was valuable; a chief confirms or rejects.
    Result<void> proposeValuable(const Session& session, qint64 tipId, const QString& reason);
    Result<void> confirmValuable(const Session& chief, qint64 tipId, const QString& reason);
    Result<void> rejectValuable(const Session& chief, qint64 tipId, const QString& reason);

    // A chief records an extension of the verification period (at most 2; the tip must still be
    // new or being verified). Returns the new count.
    Result<int> extend(const Session& chief, qint64 tipId, const QString& reason);

    // Classifies (or reclassifies) a tip that is new or being verified: tố giác (to_giac), tin báo
    // về tội phạm (tin_bao), kiến nghị khởi tố (kien_nghi), phản ánh ANTT (phan_anh), không thuộc
    // ANTT (khong_antt). The deadline is computed again from the rules (a crime report runs the
    // procedural clocks). ChangeTipStatus; audit "tip.classify"; history step "classify".
    Result<void> classify(const Session& session, qint64 tipId, const QString& classification,
                          const QString& reason);

    Result<TipWorkflowState> state(const Session& session, qint64 tipId) const;
    // Oldest first.
    Result<QList<TipStatusChange>> history(const Session& session, qint64 tipId) const;

private:
    struct Step;
    Result<TipWorkflowState> load(qint64 tipId) const;
    Result<void> apply(const Session& session, qint64 tipId, const Step& step);

    QSqlDatabase m_db;
    const Clock& m_clock;
};

} // namespace binhyen
