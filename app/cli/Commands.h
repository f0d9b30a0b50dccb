#pragma once

namespace binhyen {
class Arguments;
}

namespace binhyen::cli {

// One function per command; each returns the process exit code (docs/CLI.md).
int runInit(const binhyen::Arguments& args, bool demo);
int runKey(const binhyen::Arguments& args);
int runBackup(const binhyen::Arguments& args);
int runRestore(const binhyen::Arguments& args);
int runAccount(const binhyen::Arguments& args);
int runImport(const binhyen::Arguments& args);
int runSearch(const binhyen::Arguments& args);
int runStats(const binhyen::Arguments& args);
int runReport(const binhyen::Arguments& args);
int runVerifyPackage(const binhyen::Arguments& args);
int runHelp();

} // namespace binhyen::cli
