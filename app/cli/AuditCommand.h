#pragma once

namespace binhyen {
class Arguments;
}

namespace binhyen::cli {

// binhyen audit verify --register F [--key-file K] (docs/CLI.md). Exit 0 when the audit trail is
// intact (rows after the last checkpoint: a warning), 7 when it is not.
int runAuditCommand(const binhyen::Arguments& args);

} // namespace binhyen::cli
