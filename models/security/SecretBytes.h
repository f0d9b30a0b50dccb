#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>

namespace binhyen {

// A fixed-size secret (key, recovery secret) in memory that is locked (never swapped where the
// OS allows), guarded and wiped when released. Move-only; never converted to QString implicitly.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    static SecretBytes random(std::size_t size);
    // Copies the bytes, then wipes the source array (the caller's copy must not outlive this).
    static SecretBytes takeFrom(QByteArray& source);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    bool equals(const SecretBytes& other) const;
    SecretBytes copy() const;

    // Lower-case hex, for the register-key file only. The caller wipes the returned buffer.
    QByteArray toHex() const;
    static SecretBytes fromHex(const QByteArray& hex, bool* ok);

    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes a QByteArray/QString buffer in place (contents only; the object stays valid).
void wipe(QByteArray& bytes);
void wipe(QString& text);

// libsodium must be initialised once before any use; cheap to call again.
bool ensureSodium();

} // namespace binhyen
