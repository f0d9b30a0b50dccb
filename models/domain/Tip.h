#pragma once

#include "models/domain/StationTime.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace binhyen {

// A tip (tin báo, tố giác, kiến nghị khởi tố, phản ánh ANTT) as the lists show it. Codes are the
// register's own (tips.channel, tips.status); the UI translates them.
struct TipRow {
    qint64 id = 0;
    QString number;       // "TB-0012/2020": per-year sequence, derived
    QDateTime receivedAt; // station time (Asia/Ho_Chi_Minh)
    QString channel;      // phone | hotline | zalo | in_person | camera | document
    QString hamlet;       // place name without its kind ("Cây Cám"); empty when not a hamlet
    QString category;     // Vietnamese label from the categories table
    QString status;       // new | verifying | forwarded | resolved | suspended | closed
    QString summary;
    bool valuable = false;       // the tip contributed to a result
    QString informantPseudonym;  // "NBT-0042"; empty for an anonymous tip
    bool identitySealed = false; // a sealed identity exists (only chiefs may reveal it)
};

// What the duty officer records at intake. The register assigns the number (next sequence of the
// year of receivedAt) and the status "new".
struct NewTip {
    QDateTime receivedAt;              // station time
    QString channel;                   // see TipRow::channel
    std::optional<qint64> zaloGroupId; // when channel is "zalo": the hamlet group's model id
    qint64 receivingOfficerId = 0;
    QString informantKind = QStringLiteral("anonymous"); // anonymous | identified
    QString informantPseudonym;                          // the only informant text reports may show
    std::optional<qint64> placeId;                       // hamlet
    QString address;
    QString categoryCode = QStringLiteral("other");
    QString classification;                     // empty until classified
    QString urgency = QStringLiteral("normal"); // normal | urgent | immediate
    QString summary;
    QString details;
    QDateTime dueAt; // invalid when no legal deadline applies
    qint64 createdBy = 0;
    QDateTime createdAt; // from the Clock
};

} // namespace binhyen
