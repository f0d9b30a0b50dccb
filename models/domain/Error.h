#pragma once

#include <QString>

namespace binhyen {

// The one error model of BinhYen. Every layer that can fail returns a Result<T> (Result.h) whose
// error carries a code the caller can act on and a Vietnamese (translated) message for the user.
enum class ErrorCode {
    None = 0,
    Usage,               // bad command line or call
    InvalidInput,        // malformed user input, file or import
    NoKey,               // no key available for the register
    WrongKey,            // the key does not open the register
    Damaged,             // not a BinhYen register, truncated, corrupt
    NewerSchema,         // written by a newer BinhYen
    ReadOnly,            // the file or its folder cannot be written
    DiskFull,            // no space left
    NetworkShare,        // on a network file system (refused: WAL corrupts there)
    AlreadyOpen,         // another BinhYen window holds the register
    Busy,                // locked by another writer for too long
    NotFound,            // a file or record that should exist does not
    Exists,              // a file that must not be overwritten exists
    NotPermitted,        // the role may not do this
    KeychainUnavailable, // no secret service on this machine
    VerificationFailed,  // a copy, signature or checksum did not verify
    WrongEngine,         // not running the pinned SQLCipher build
    Io,                  // any other file-system or engine failure
};

struct Error {
    ErrorCode code = ErrorCode::None;
    QString message; // for the user, already translated
    QString detail;  // technical detail (engine code and text); never contains secrets

    // Message and detail joined, for logs and the command line.
    QString text() const {
        return detail.isEmpty() ? message
                                : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

// The command-line exit code for an error (docs/CLI.md).
int exitCodeFor(ErrorCode code);

} // namespace binhyen
