#include "models/security/Canonical.h"

#include <QtEndian>

namespace binhyen {

void Canonical::put(char tag, const QByteArray& data) {
    m_bytes.append(tag);
    char len[4];
    qToBigEndian(static_cast<quint32>(data.size()), len);
    m_bytes.append(len, 4);
    m_bytes.append(data);
}

Canonical& Canonical::add(const QVariant& value) {
    if (value.isNull() || !value.isValid()) {
        put('n', {});
        return *this;
    }
    switch (value.typeId()) {
    case QMetaType::QByteArray:
        return add(value.toByteArray());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return add(value.toLongLong());
    case QMetaType::Double:
        put('d', QByteArray::number(value.toDouble(), 'g', 17));
        return *this;
    default:
        return add(value.toString());
    }
}

Canonical& Canonical::add(const QString& text) {
    put('t', text.toUtf8());
    return *this;
}

Canonical& Canonical::add(qint64 number) {
    put('i', QByteArray::number(number));
    return *this;
}

Canonical& Canonical::add(const QByteArray& bytes) {
    put('b', bytes);
    return *this;
}

} // namespace binhyen
