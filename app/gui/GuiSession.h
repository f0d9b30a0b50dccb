#pragma once

namespace binhyen {

class Arguments;

// Opens the register named by --register in the main window: one window per register (lock),
// key from this computer's keychain or else from the recovery key, errors explained in dialogs.
int runGui(const Arguments& args);

} // namespace binhyen
