#pragma once

#include <QString>
#include <QVariantMap>

namespace binhyen::auditdetail {

// Internal to the audit writer: auditchain::encodeDetail (AuditChain.h) without building a JSON
// document for each row — the same bytes (so the same row hashes and signatures): compact JSON,
// keys sorted. Plain cases are written directly (text without quotes, backslashes, control
// characters or surrogates; integers; NULL; {"before","after"} maps; ASCII field names); anything
// else (sealed fields, byte arrays, other types) goes through auditchain::encodeDetail itself.
// tst_resident_import compares both on many values.
QString encode(const QVariantMap& changes, const QString& text);

} // namespace binhyen::auditdetail
