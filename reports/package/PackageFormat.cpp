#include "reports/package/PackageFormat.h"

#include "models/security/Crypto.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace binhyen::reportpackage {

namespace {

constexpr double kMaxExact = 9007199254740992.0; // 2^53

bool appendValue(QByteArray& out, const QJsonValue& value);

// The escape of one character that JSON requires to be escaped; empty for the others.
QByteArray escapeOf(char16_t u) {
    switch (u) {
    case u'"':
        return QByteArrayLiteral("\\\"");
    case u'\\':
        return QByteArrayLiteral("\\\\");
    case u'\b':
        return QByteArrayLiteral("\\b");
    case u'\t':
        return QByteArrayLiteral("\\t");
    case u'\n':
        return QByteArrayLiteral("\\n");
    case u'\f':
        return QByteArrayLiteral("\\f");
    case u'\r':
        return QByteArrayLiteral("\\r");
    default:
        if (u < 0x20)
            return QByteArrayLiteral("\\u00") +
                   QByteArray::number(int(u), 16).rightJustified(2, '0');
        return {};
    }
}

// A string: the runs of unescaped characters converted whole, so that a surrogate pair becomes
// one UTF-8 sequence.
void appendText(QByteArray& out, const QString& text) {
    out += '"';
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QByteArray escape = escapeOf(text.at(i).unicode());
        if (escape.isEmpty())
            continue;
        out += text.mid(runStart, i - runStart).toUtf8();
        out += escape;
        runStart = i + 1;
    }
    out += text.mid(runStart).toUtf8();
    out += '"';
}

bool appendObject(QByteArray& out, const QJsonObject& object) {
    QStringList keys = object.keys();
    std::sort(keys.begin(), keys.end()); // QString order: UTF-16 code units, as RFC 8785
    out += '{';
    bool first = true;
    for (const QString& key : keys) {
        if (!first)
            out += ',';
        first = false;
        appendText(out, key);
        out += ':';
        if (!appendValue(out, object.value(key)))
            return false;
    }
    out += '}';
    return true;
}

bool appendValue(QByteArray& out, const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return true;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QJsonValue::String:
        appendText(out, value.toString());
        return true;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::trunc(d) != d || std::fabs(d) > kMaxExact)
            return false;
        out += QByteArray::number(static_cast<qint64>(d));
        return true;
    }
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ',';
            if (!appendValue(out, array.at(i)))
                return false;
        }
        out += ']';
        return true;
    }
    case QJsonValue::Object:
        return appendObject(out, value.toObject());
    case QJsonValue::Undefined:
        return false;
    }
    return false;
}

Error notCanonical() {
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate(
                         "ReportPackage", "The report holds a number that is not a whole number."));
}

// Base64 that decodes and encodes back to the same text (no second spelling of the same bytes).
QByteArray strictBase64(const QJsonValue& value, qsizetype size) {
    const QByteArray text = value.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size || decoded.decoded.toBase64() != text)
        return {};
    return decoded.decoded;
}

Verification verdictOf(Verdict verdict, const QJsonObject& document = {},
                       const QByteArray& carried = {}) {
    Verification v;
    v.verdict = verdict;
    v.message = verdictMessage(verdict);
    v.document = document;
    if (!carried.isEmpty())
        v.fingerprint = fingerprint(carried);
    return v;
}

} // namespace

Result<QByteArray> canonicalBytes(const QJsonObject& object) {
    QByteArray out;
    if (!appendObject(out, object))
        return notCanonical();
    return out;
}

Result<QByteArray> signedBytes(QJsonObject document) {
    document.remove(QStringLiteral("signature"));
    return canonicalBytes(document);
}

Result<QJsonObject> sign(QJsonObject document, const SecretBytes& secretKey) {
    document.insert(QStringLiteral("public_key"),
                    QString::fromLatin1(crypto::signingPublicOf(secretKey).toBase64()));
    auto bytes = signedBytes(document);
    if (!bytes)
        return bytes.error();
    const QByteArray signature = crypto::sign(secretKey, bytes.value(), kSignatureContext);
    document.insert(QStringLiteral("signature"), QString::fromLatin1(signature.toBase64()));
    return document;
}

Result<QByteArray> fileBytes(const QJsonObject& signedDocument) {
    auto bytes = canonicalBytes(signedDocument);
    if (!bytes)
        return bytes.error();
    return QByteArray(bytes.value() + '\n');
}

QString fingerprint(const QByteArray& publicKey) {
    const QByteArray hex = crypto::hash(publicKey, kFingerprintContext).left(16).toHex().toUpper();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups << QString::fromLatin1(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

Verification verify(const QByteArray& file, const QByteArray& expectedPublicKey) {
    QJsonParseError error;
    const QJsonDocument parsed = QJsonDocument::fromJson(file, &error);
    if (error.error != QJsonParseError::NoError || !parsed.isObject())
        return verdictOf(Verdict::Malformed);
    const QJsonObject doc = parsed.object();
    if (doc.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return verdictOf(Verdict::Malformed);
    const QJsonValue version = doc.value(QStringLiteral("format_version"));
    if (!version.isDouble())
        return verdictOf(Verdict::Malformed);
    if (version.toDouble() != kFormatVersion)
        return verdictOf(Verdict::UnsupportedVersion, doc);
    const QByteArray carried = strictBase64(doc.value(QStringLiteral("public_key")), 32);
    const QByteArray signature = strictBase64(doc.value(QStringLiteral("signature")), 64);
    if (carried.isEmpty() || signature.isEmpty())
        return verdictOf(Verdict::Tampered, doc, carried);
    auto bytes = signedBytes(doc);
    if (!bytes || !crypto::verifySignature(carried, bytes.value(), signature, kSignatureContext))
        return verdictOf(Verdict::Tampered, doc, carried);
    // Only the exact form written verifies: whitespace, escapes or number spellings changed
    // after signing are a change too.
    auto written = fileBytes(doc);
    if (!written || written.value() != file)
        return verdictOf(Verdict::Tampered, doc, carried);
    if (expectedPublicKey.isEmpty())
        return verdictOf(Verdict::IntegrityOnly, doc, carried);
    if (expectedPublicKey != carried)
        return verdictOf(Verdict::WrongKey, doc, carried);
    return verdictOf(Verdict::OriginProven, doc, carried);
}

QString verdictMessage(Verdict verdict) {
    switch (verdict) {
    case Verdict::IntegrityOnly:
        return QCoreApplication::translate(
            "ReportPackage", "The package is intact, but its origin is not proven: give the "
                             "station's registered public key to prove who signed it.");
    case Verdict::OriginProven:
        return QCoreApplication::translate(
            "ReportPackage",
            "The package is intact and was signed by the station's registered key.");
    case Verdict::Tampered:
        return QCoreApplication::translate(
            "ReportPackage",
            "The package was changed after it was signed: do not use its figures.");
    case Verdict::WrongKey:
        return QCoreApplication::translate(
            "ReportPackage",
            "The package was not signed by the given station key: it does not come from that "
            "station.");
    case Verdict::UnsupportedVersion:
        return QCoreApplication::translate(
            "ReportPackage",
            "This package format version is not supported by this BinhYen: update BinhYen.");
    case Verdict::Malformed:
        return QCoreApplication::translate("ReportPackage",
                                           "The file is not a BinhYen report package.");
    }
    return {};
}

} // namespace binhyen::reportpackage
