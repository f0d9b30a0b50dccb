#include "models/security/SecretBytes.h"

#include <sodium.h>
#include <utility>

namespace binhyen {

bool ensureSodium() {
    static const bool ok = sodium_init() >= 0;
    return ok;
}

SecretBytes::SecretBytes(std::size_t size) {
    ensureSodium();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (m_data) {
        m_size = size;
        sodium_memzero(m_data, size);
    }
}

SecretBytes::~SecretBytes() {
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size) {
    SecretBytes s(size);
    if (s.m_data)
        randombytes_buf(s.m_data, size);
    return s;
}

SecretBytes SecretBytes::takeFrom(QByteArray& source) {
    SecretBytes s(static_cast<std::size_t>(source.size()));
    if (s.m_data)
        memcpy(s.m_data, source.constData(), s.m_size);
    wipe(source);
    return s;
}

bool SecretBytes::equals(const SecretBytes& other) const {
    return m_size == other.m_size &&
           (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

SecretBytes SecretBytes::copy() const {
    SecretBytes s(m_size);
    if (m_size)
        memcpy(s.m_data, m_data, m_size);
    return s;
}

QByteArray SecretBytes::toHex() const {
    QByteArray hex(static_cast<qsizetype>(m_size * 2 + 1), '\0');
    sodium_bin2hex(hex.data(), static_cast<std::size_t>(hex.size()), m_data, m_size);
    hex.chop(1);
    return hex;
}

SecretBytes SecretBytes::fromHex(const QByteArray& hex, bool* ok) {
    SecretBytes s(static_cast<std::size_t>(hex.size() / 2));
    std::size_t written = 0;
    const bool good =
        hex.size() % 2 == 0 && !hex.isEmpty() &&
        sodium_hex2bin(s.m_data, s.m_size, hex.constData(), static_cast<std::size_t>(hex.size()),
                       nullptr, &written, nullptr) == 0 &&
        written == s.m_size;
    if (ok)
        *ok = good;
    if (!good)
        s.clear();
    return s;
}

void SecretBytes::clear() {
    if (m_data)
        sodium_free(m_data); // wipes before freeing
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString& text) {
    if (!text.isEmpty())
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace binhyen
