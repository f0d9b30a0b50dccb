#pragma once

namespace binhyen {

// Entry point of the binhyen executable: a command (init, demo, key, backup, restore, …) runs
// headless; no command opens the main window.
int dispatch(int argc, char** argv);

} // namespace binhyen
