#pragma once

#include "models/domain/InformantIdentity.h"
#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace binhyen {

// The plaintext of a sealed informant identity (docs/SECURITY.md), built and read only in locked,
// wiped memory. Format version 1, all integers big-endian:
//
//   "BYID" | version 0x01 | tip id (8) |
//   name, phone, address, id number, relationship, note: each length (4) + UTF-8 |
//   person link: 0x00, or 0x01 + person id (8) |
//   ISO/IEC 7816-4 padding (sodium_pad) to a multiple of 256 bytes
//
// The stored value is crypto::seal(identity public key, plaintext): 48 bytes of sealed-box
// overhead + the padded plaintext, so its length tells only a 256-byte bucket, never the length
// of a name. The tip id inside binds the value to its tip: a value copied to another tip is
// detected when it is opened.
namespace identitycodec {

inline constexpr char kMagic[4] = {'B', 'Y', 'I', 'D'};
inline constexpr quint8 kVersion = 1;
inline constexpr std::size_t kBlock = 256;

SecretBytes encode(qint64 tipId, const InformantIdentity& identity);

struct Decoded {
    qint64 tipId = 0;
    InformantIdentity identity;
};
// Damaged when the plaintext is not a version-1 identity (no message: the caller words it).
Result<Decoded> decode(const SecretBytes& plaintext);

// Overwrites every text of an identity in place (when a reveal's view closes).
void wipeIdentity(InformantIdentity& identity);

// A phone number reduced to its national significant digits: "0909 123 456", "0909123456" and
// "+84 909 123 456" all give "909123456". Empty when fewer than 6 digits remain.
QString phoneKey(const QString& phone);
// Does `text` mention the identity's name (accent-blind, whole words, names of 4 or more
// folded characters) or phone number (any spelling)?
bool textMentions(const QString& text, const InformantIdentity& identity);

} // namespace identitycodec
} // namespace binhyen
