#pragma once

#include "tests/bench/MeasureCore.h"

namespace binhyen::bench {

// "open": what the officer waits for between starting BinhYen and the main window showing data,
// the human logon excepted (measured on its own line): the register key read (side.reopen: the
// key file, else this computer's keychain), Register::open, the MainWindow built for the
// already logged-on `side.session` and shown (offscreen platform), its pages read and the first
// screen of tips painted. The side's own register is closed while this runs (a register is
// opened by one window at a time) and opened again after. Needs a QApplication.
Runs measureOpen(Side& side, int runs);

} // namespace binhyen::bench
