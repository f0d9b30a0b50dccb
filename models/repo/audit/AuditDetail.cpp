#include "models/repo/audit/AuditDetail.h"

#include "models/security/AuditChain.h"

namespace binhyen::auditdetail {

namespace {

// A key QJsonObject sorts as QVariantMap does, written as is: ASCII letters, digits, '_'.
bool plainKey(const QString& key) {
    for (QChar c : key) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
              u == u'_'))
            return false;
    }
    return !key.isEmpty();
}

// Text JSON writes between quotes unchanged (UTF-8).
bool plainText(const QString& text) {
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || (u >= 0xD800 && u <= 0xDFFF))
            return false;
    }
    return true;
}

void quoted(QString& out, const QString& text) {
    out += QLatin1Char('"');
    out += text;
    out += QLatin1Char('"');
}

// One value as QJsonValue::fromVariant + toJson would write it; false: not a plain case.
bool writeValue(QString& out, const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        out += QLatin1String("null");
        return true;
    case QMetaType::QString: {
        const QString text = value.toString();
        if (!plainText(text))
            return false;
        quoted(out, text);
        return true;
    }
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::Short:
        out += QString::number(value.toLongLong());
        return true;
    default:
        return false;
    }
}

bool writeChange(QString& out, const QString& field, const QVariant& value) {
    if (field.endsWith(QLatin1String("_sealed")))
        return false;
    if (value.typeId() != QMetaType::QVariantMap)
        return writeValue(out, value);
    const QVariantMap map = value.toMap();
    out += QLatin1Char('{');
    bool first = true;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        if (!plainKey(it.key()) || it.value().typeId() == QMetaType::QVariantMap)
            return false;
        if (!first)
            out += QLatin1Char(',');
        first = false;
        quoted(out, it.key());
        out += QLatin1Char(':');
        if (!writeValue(out, it.value()))
            return false;
    }
    out += QLatin1Char('}');
    return true;
}

bool writePlain(QString& out, const QVariantMap& changes, const QString& text) {
    out += QLatin1Char('{');
    if (!changes.isEmpty()) {
        out += QLatin1String("\"changes\":{");
        bool first = true;
        for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
            if (!plainKey(it.key()))
                return false;
            if (!first)
                out += QLatin1Char(',');
            first = false;
            quoted(out, it.key());
            out += QLatin1Char(':');
            if (!writeChange(out, it.key(), it.value()))
                return false;
        }
        out += QLatin1Char('}');
    }
    if (!text.isEmpty()) {
        if (!plainText(text))
            return false;
        if (!changes.isEmpty())
            out += QLatin1Char(',');
        out += QLatin1String("\"text\":");
        quoted(out, text);
    }
    out += QLatin1Char('}');
    return true;
}

} // namespace

QString encode(const QVariantMap& changes, const QString& text) {
    if (changes.isEmpty() && text.isEmpty())
        return {};
    QString out;
    out.reserve(64 + 48 * changes.size() + text.size());
    if (writePlain(out, changes, text))
        return out;
    return auditchain::encodeDetail(changes, text);
}

} // namespace binhyen::auditdetail
