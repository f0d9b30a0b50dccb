#include "models/domain/Error.h"

namespace binhyen {

int exitCodeFor(ErrorCode code) {
    switch (code) {
    case ErrorCode::None:
        return 0;
    case ErrorCode::Usage:
        return 1;
    case ErrorCode::InvalidInput:
    case ErrorCode::NotFound:
    case ErrorCode::Exists:
        return 2;
    case ErrorCode::NoKey:
    case ErrorCode::WrongKey:
    case ErrorCode::KeychainUnavailable:
        return 3;
    case ErrorCode::Damaged:
    case ErrorCode::NewerSchema:
    case ErrorCode::WrongEngine:
        return 4;
    case ErrorCode::NotPermitted:
    case ErrorCode::NetworkShare:
    case ErrorCode::ReadOnly:
        return 5;
    case ErrorCode::AlreadyOpen:
    case ErrorCode::Busy:
        return 6;
    case ErrorCode::VerificationFailed:
        return 7;
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
        return 4;
    }
    return 4;
}

} // namespace binhyen
