#pragma once

#include "models/domain/Result.h"

#include <QString>

namespace binhyen {

// Facts about a register file that can be read without its key.
namespace registerfile {

// The register id: the file's random 16-byte SQLCipher salt (its first bytes), in hex. Stable for
// the life of the file (a rekey keeps it); a backup copy has its own.
Result<QString> readId(const QString& path);

// True for file-system types on which SQLite's WAL is unsafe (NFS, SMB/CIFS, sshfs …).
bool isNetworkFileSystem(const QByteArray& type);

// Refusals that need no key: missing, empty or truncated, on a network share, folder read-only.
Result<void> checkBeforeOpen(const QString& path);
Result<void> checkBeforeCreate(const QString& path);

// Creates a file with owner-only permissions that must not already exist, and writes `text`.
Result<void> writeNewPrivateFile(const QString& path, const QByteArray& text);

} // namespace registerfile
} // namespace binhyen
