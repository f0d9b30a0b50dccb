#include "models/security/RecoveryKey.h"

#include <QCoreApplication>
#include <sodium.h>

namespace binhyen {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kDataChars = 32;    // 160 bits / 5
constexpr int kChecksumChars = 4; // 20 bits
constexpr unsigned char kChecksumPersonal[] = "BinhYen recovery key checksum v1";

int symbolValue(QChar c) {
    const char ch = c.toUpper().toLatin1();
    switch (ch) {
    case 'O':
        return 0;
    case 'I':
    case 'L':
        return 1;
    default:
        break;
    }
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == ch)
            return i;
    }
    return -1;
}

// 20 bits of BLAKE2b over the secret, keyed by a fixed personalisation string.
quint32 checksum(const unsigned char* secret, std::size_t size) {
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, secret, size, kChecksumPersonal,
                       sizeof kChecksumPersonal - 1);
    return (quint32(digest[0]) << 12 | quint32(digest[1]) << 4 | quint32(digest[2]) >> 4) & 0xFFFFF;
}

} // namespace

SecretBytes RecoveryKey::generateSecret() {
    return SecretBytes::random(kSecretBytes);
}

QString RecoveryKey::format(const SecretBytes& secret) {
    QString symbols;
    symbols.reserve(kDataChars + kChecksumChars);
    // 160 bits → 32 symbols of 5 bits, most significant first.
    for (int i = 0; i < kDataChars; ++i) {
        int value = 0;
        for (int b = 0; b < 5; ++b) {
            const int bit = i * 5 + b;
            const int byte = secret.data()[bit / 8];
            value = value << 1 | ((byte >> (7 - bit % 8)) & 1);
        }
        symbols.append(QLatin1Char(kAlphabet[value]));
    }
    const quint32 sum = checksum(secret.data(), secret.size());
    for (int i = kChecksumChars - 1; i >= 0; --i)
        symbols.append(QLatin1Char(kAlphabet[(sum >> (i * 5)) & 31]));

    QString grouped;
    for (int i = 0; i < symbols.size(); i += 4) {
        if (i)
            grouped.append(QLatin1Char('-'));
        grouped.append(QStringView(symbols).mid(i, 4));
    }
    wipe(symbols);
    return grouped;
}

Result<SecretBytes> RecoveryKey::parse(const QString& text) {
    SecretBytes secret(kSecretBytes);
    int values[kDataChars + kChecksumChars];
    int count = 0;
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int v = symbolValue(c);
        if (v < 0 || count == kDataChars + kChecksumChars) {
            sodium_memzero(values, sizeof values);
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate(
                                 "RecoveryKey", "The recovery key has 36 letters and digits in "
                                                "groups of four; this one does not look like it."));
        }
        values[count++] = v;
    }
    if (count != kDataChars + kChecksumChars) {
        sodium_memzero(values, sizeof values);
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "RecoveryKey", "The recovery key has 36 letters and digits in groups "
                                            "of four; %1 were typed.")
                             .arg(count));
    }
    for (int bit = 0; bit < kDataChars * 5; ++bit) {
        const int v = values[bit / 5];
        if ((v >> (4 - bit % 5)) & 1)
            secret.data()[bit / 8] |= static_cast<unsigned char>(1 << (7 - bit % 8));
    }
    quint32 typed = 0;
    for (int i = 0; i < kChecksumChars; ++i)
        typed = typed << 5 | quint32(values[kDataChars + i]);
    sodium_memzero(values, sizeof values);
    if (typed != checksum(secret.data(), secret.size())) {
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "RecoveryKey", "The recovery key contains a typing mistake (its "
                                            "checksum does not match). Check each group again."));
    }
    return secret;
}

} // namespace binhyen
