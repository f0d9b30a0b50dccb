#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace binhyen {

// An unambiguous byte encoding of a list of values, for hashing and signing records: each value
// is written as a type tag, a 4-byte length and its bytes (text as UTF-8, integers as decimal,
// NULL as tag 'n'). Two different lists never encode to the same bytes.
class Canonical {
public:
    Canonical& add(const QVariant& value);
    Canonical& add(const QString& text);
    Canonical& add(qint64 number);
    Canonical& add(const QByteArray& bytes);
    const QByteArray& bytes() const { return m_bytes; }

private:
    void put(char tag, const QByteArray& data);
    QByteArray m_bytes;
};

} // namespace binhyen
