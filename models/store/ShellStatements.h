#pragma once

#include "models/security/SecretBytes.h"

#include <QByteArray>

namespace binhyen {

// The statements that open a register in the upstream sqlcipher shell built with BinhYen: the raw
// key and the explicit cipher parameters. Only for `binhyen key sqlcipher-shell`, on request; the
// caller wipes the returned text.
QByteArray shellStatements(const SecretBytes& key);

} // namespace binhyen
