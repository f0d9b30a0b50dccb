#pragma once

#include "tests/bench/MeasureCore.h"

#include <QJsonObject>
#include <QStringList>

namespace binhyen {
class Arguments;
namespace bench {

// Where a child binhyen-bench finds one side: the register (with its key file, empty for the
// keychain) or the plain twin. The password travels in the environment (BINHYEN_PASSWORD),
// never on the command line.
struct ChildSide {
    QString name; // "encrypted" or "plain"
    QString path;
    QString keyFile;
    bool plain = false;
    QString user;
    QStringList arguments() const;
};

// "open" as the officer waits for it: from the start of a new process to the main window
// showing the first screen of tips (offscreen platform), the register key read and the register
// opened in that process; the human logon, timed inside the child, is taken out. `runs` timed
// processes after one untimed.
Runs measureOpenFromProcessStart(const ChildSide& side, int runs);

// binhyen-bench open-window (the child of the measure above): opens the side, logs on, shows the
// main window, and prints {"logon_ms": …} on stdout when the first screen of tips is painted.
int runOpenWindow(const Arguments& args);

// Runs binhyen-bench again with `arguments` and returns the JSON object it prints (its stderr
// passes through): measures whose memory must be a fresh process's.
Result<QJsonObject> runChildBench(const QStringList& arguments);

} // namespace bench
} // namespace binhyen
