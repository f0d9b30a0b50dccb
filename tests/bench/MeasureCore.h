#pragma once

#include "models/domain/Clock.h"
#include "models/domain/Error.h"
#include "models/security/Session.h"
#include "models/store/Register.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace binhyen::bench {

// One register the benchmark measures: the encrypted register, or its plain twin (the same data
// unencrypted, opened through the bench-only opener). Each side has its own logged-on session.
struct Side {
    QString name; // "encrypted" or "plain"
    // Opens the register again from its file (the key read included on the encrypted side).
    std::function<Result<std::unique_ptr<Register>>()> reopen;
    std::unique_ptr<Register> reg;
    Session session;
    QSqlDatabase db() const { return reg->database(); }
};

// A measure's runs, or the error that stopped it.
using Runs = Result<QList<double>>;

// Runs `work` once untimed (warm page cache), then `runs` times timed: the milliseconds of each
// timed run, or the first error.
Runs measure(int runs, const std::function<Result<void>()>& work);

// The measure on the encrypted side, and on the plain twin when there is one: the encrypted
// summary (median_ms, p95_ms, max_ms, runs) with, for a twin, "plain": its summary and
// "ratio": encrypted median ÷ plain median. A failure on the encrypted side is returned; one on
// the twin is reported as "plain_error" next to the encrypted figures.
Result<QJsonObject> sideBySide(Side& encrypted, Side* plain,
                               const std::function<Runs(Side&)>& measureOn);

// Peak resident memory: reset (writing "5" to /proc/self/clear_refs; false when the kernel
// refuses), then VmHWM and VmRSS of /proc/self/status in MB.
bool resetPeakRss();
double peakRssNowMb(); // VmHWM
double rssNowMb();     // VmRSS

// The CPU model of /proc/cpuinfo.
QString cpuModel();

} // namespace binhyen::bench
