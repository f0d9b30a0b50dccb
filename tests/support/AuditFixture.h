#pragma once

#include "models/domain/Clock.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/security/Session.h"
#include "tests/support/TempRegister.h"

#include <QSqlDatabase>

namespace binhyen::test {

// A station for audit tests: a real encrypted register with a first chief ("truong") and an
// officer ("canbo1"), both logged on, a baseline, a tip recorded by the officer and a few more
// signed rows (see AuditFixture.cpp for the exact trail).
struct AuditStation {
    TempRegister t;
    FixedClock clock{QDateTime(QDate(2020, 9, 3), QTime(20, 30), Clock::stationZone())};
    Session chief;
    Session officer;
    qint64 tipId = 0;

    AuditStation();
    QSqlDatabase db() { return t.reg->database(); }
    AuditRepo audit() { return AuditRepo(db(), clock); }
    // A signed row by `who` about the tip, with the tip's current state.
    qint64 tipEvent(const Session& who, const QString& action);
    qint64 lastRowId();
};

// The insider's tools: direct SQL with the register key.
namespace insider {
void exec(QSqlDatabase db, const QString& sql);
void dropAppendOnlyTriggers(QSqlDatabase db);
// Recomputes prev_hash and hash of every row from `fromId` on, in rowid order; re-signs the rows
// of `signer` (the insider's own) with the insider's key. Other users' signatures stay as they
// were (the insider cannot make them).
void rechain(QSqlDatabase db, qint64 fromId, const Session* signer);
} // namespace insider

} // namespace binhyen::test
