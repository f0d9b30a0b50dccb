#include "models/security/IdentityCodec.h"

#include "models/domain/TextFold.h"

#include <QCoreApplication>
#include <QtEndian>
#include <cstring>
#include <sodium.h>

namespace binhyen::identitycodec {

namespace {

constexpr std::size_t kHeader = sizeof(kMagic) + 1 + 8;

// Writes into a SecretBytes without any intermediate copy that outlives the call.
class Writer {
public:
    explicit Writer(SecretBytes& out)
        : m_out(out) {}
    void raw(const void* data, std::size_t n) {
        std::memcpy(m_out.data() + m_at, data, n);
        m_at += n;
    }
    void u8(quint8 v) { raw(&v, 1); }
    void u32(quint32 v) {
        unsigned char b[4];
        qToBigEndian(v, b);
        raw(b, 4);
    }
    void i64(qint64 v) {
        unsigned char b[8];
        qToBigEndian(v, b);
        raw(b, 8);
    }
    void text(const QString& s) {
        QByteArray utf8 = s.toUtf8();
        u32(static_cast<quint32>(utf8.size()));
        raw(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        wipe(utf8);
    }
    std::size_t at() const { return m_at; }

private:
    SecretBytes& m_out;
    std::size_t m_at = 0;
};

class Reader {
public:
    Reader(const unsigned char* data, std::size_t size)
        : m_data(data)
        , m_size(size) {}
    bool ok() const { return m_ok; }
    bool need(std::size_t n) {
        m_ok = m_ok && m_size - m_at >= n;
        return m_ok;
    }
    quint8 u8() { return need(1) ? m_data[m_at++] : 0; }
    quint32 u32() {
        if (!need(4))
            return 0;
        const quint32 v = qFromBigEndian<quint32>(m_data + m_at);
        m_at += 4;
        return v;
    }
    qint64 i64() {
        if (!need(8))
            return 0;
        const qint64 v = qFromBigEndian<qint64>(m_data + m_at);
        m_at += 8;
        return v;
    }
    QString text() {
        const quint32 n = u32();
        if (!need(n))
            return {};
        const QString s = QString::fromUtf8(reinterpret_cast<const char*>(m_data + m_at),
                                            static_cast<qsizetype>(n));
        m_at += n;
        return s;
    }
    bool atEnd() const { return m_at == m_size; }

private:
    const unsigned char* m_data;
    std::size_t m_size;
    std::size_t m_at = 0;
    bool m_ok = true;
};

std::size_t utf8Size(const QString& s) {
    QByteArray utf8 = s.toUtf8();
    const auto n = static_cast<std::size_t>(utf8.size());
    wipe(utf8);
    return n;
}

Error damaged() {
    return makeError(
        ErrorCode::Damaged,
        QCoreApplication::translate("IdentityRepo", "A sealed identity has an unknown format."));
}

} // namespace

SecretBytes encode(qint64 tipId, const InformantIdentity& identity) {
    ensureSodium();
    const QString* texts[] = {&identity.name,     &identity.phone,        &identity.address,
                              &identity.idNumber, &identity.relationship, &identity.note};
    std::size_t size = kHeader + 1 + (identity.personId ? 8 : 0);
    for (const QString* t : texts)
        size += 4 + utf8Size(*t);
    const std::size_t padded = (size / kBlock + 1) * kBlock;
    SecretBytes out(padded);
    Writer w(out);
    w.raw(kMagic, sizeof(kMagic));
    w.u8(kVersion);
    w.i64(tipId);
    for (const QString* t : texts)
        w.text(*t);
    w.u8(identity.personId ? 1 : 0);
    if (identity.personId)
        w.i64(*identity.personId);
    std::size_t paddedLength = 0;
    if (sodium_pad(&paddedLength, out.data(), w.at(), kBlock, padded) != 0 ||
        paddedLength != padded)
        return {};
    return out;
}

Result<Decoded> decode(const SecretBytes& plaintext) {
    ensureSodium();
    std::size_t length = 0;
    if (plaintext.size() < kHeader || plaintext.size() % kBlock != 0 ||
        sodium_unpad(&length, plaintext.data(), plaintext.size(), kBlock) != 0)
        return damaged();
    Reader r(plaintext.data(), length);
    char magic[sizeof(kMagic)];
    for (char& c : magic)
        c = static_cast<char>(r.u8());
    if (std::memcmp(magic, kMagic, sizeof(kMagic)) != 0 || r.u8() != kVersion)
        return damaged();
    Decoded d;
    d.tipId = r.i64();
    d.identity.name = r.text();
    d.identity.phone = r.text();
    d.identity.address = r.text();
    d.identity.idNumber = r.text();
    d.identity.relationship = r.text();
    d.identity.note = r.text();
    const quint8 hasPerson = r.u8();
    if (hasPerson == 1)
        d.identity.personId = r.i64();
    if (!r.ok() || hasPerson > 1 || !r.atEnd()) {
        wipeIdentity(d.identity);
        return damaged();
    }
    return d;
}

void wipeIdentity(InformantIdentity& identity) {
    for (QString* t : {&identity.name, &identity.phone, &identity.address, &identity.idNumber,
                       &identity.relationship, &identity.note}) {
        wipe(*t);
        t->clear();
    }
    identity.personId.reset();
}

QString phoneKey(const QString& phone) {
    QString digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits.append(QChar(QLatin1Char('0' + c.digitValue())));
    if (digits.startsWith(QLatin1String("84")) && digits.size() >= 11)
        digits.remove(0, 2);
    else if (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    return digits.size() >= 6 ? digits : QString();
}

bool textMentions(const QString& text, const InformantIdentity& identity) {
    // Phone: every run of digits that spaces, dots, dashes, brackets or '+' do not interrupt.
    if (const QString key = phoneKey(identity.phone); !key.isEmpty()) {
        QString run;
        const QString separators = QStringLiteral(" .-()+\u00a0");
        for (qsizetype i = 0; i <= text.size(); ++i) {
            const QChar c = i < text.size() ? text.at(i) : QChar();
            if (c.isDigit()) {
                run.append(QChar(QLatin1Char('0' + c.digitValue())));
                continue;
            }
            if (i < text.size() && separators.contains(c) && !run.isEmpty())
                continue;
            if (run.contains(key))
                return true;
            run.clear();
        }
    }
    // Name: folded, whole words, at least 4 characters (a lone "Tư" would match too much text).
    auto words = [](const QString& s) -> QString {
        QString folded = foldText(s);
        for (QChar& c : folded)
            if (!c.isLetterOrNumber())
                c = QLatin1Char(' ');
        return QLatin1Char(' ') + folded.simplified() + QLatin1Char(' ');
    };
    const QString name = words(identity.name);
    if (name.size() - 2 < 4)
        return false;
    return words(text).contains(name);
}

} // namespace binhyen::identitycodec
