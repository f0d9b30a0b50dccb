#pragma once

#include "models/domain/Error.h"

#include <QString>

namespace binhyen::cli {

// Messages go to stderr (translated), data to stdout.
void say(const QString& message);
void warn(const QString& message);
void out(const QString& data);
// Prints the error and returns its exit code (docs/CLI.md).
int fail(const Error& error);
int usage(const QString& message);

} // namespace binhyen::cli
