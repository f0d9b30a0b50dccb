#pragma once

#include "models/domain/Result.h"

#include <QString>
#include <memory>

namespace binhyen {

class Register;

// The plain (unencrypted) twin of a benchmark register: the same schema, indexes, triggers and
// connection pragmas (WAL, synchronous=FULL, foreign keys, cache, temp store, 4096-byte pages), the
// same SQL functions and migrations, but no key. It exists only inside binhyen-bench: Register
// names this class as a friend so that the twin is an ordinary Register for every repo, and the
// binhyen executable has no way to open a register without its key.
class PlainTwin {
public:
    // A new, empty plain register at the latest schema (never overwrites).
    static Result<std::unique_ptr<Register>> create(const QString& path);
    // An existing plain register (brought to the latest schema, like Register::open).
    static Result<std::unique_ptr<Register>> open(const QString& path);

private:
    static Result<std::unique_ptr<Register>> start(const QString& path, bool create);
};

} // namespace binhyen
