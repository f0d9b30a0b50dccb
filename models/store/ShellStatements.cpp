#include "models/store/ShellStatements.h"

namespace binhyen {

QByteArray shellStatements(const SecretBytes& key) {
    QByteArray hex = key.toHex();
    QByteArray text = "PRAGMA key = \"x'" + hex + "'\";\n";
    wipe(hex);
    text += "PRAGMA cipher_page_size = 4096;\n"
            "PRAGMA kdf_iter = 256000;\n"
            "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;\n"
            "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;\n"
            "PRAGMA cipher_plaintext_header_size = 0;\n"
            "PRAGMA foreign_keys = ON;\n";
    return text;
}

} // namespace binhyen
