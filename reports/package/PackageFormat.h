#pragma once

#include "models/domain/Result.h"
#include "models/security/SecretBytes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// The signed report package (docs/REPORT-PACKAGE.md): its name, version, canonical byte form,
// signature and verification. Pure functions: no register, no clock.
namespace binhyen::reportpackage {

inline constexpr char kFormatName[] = "binhyen-report-package";
inline constexpr int kFormatVersion = 1;
// The Ed25519 context of a package signature: never the audit checkpoints' context.
inline constexpr char kSignatureContext[] = "BinhYen report package signature v1";
// The BLAKE2b context of the station key fingerprint.
inline constexpr char kFingerprintContext[] = "BinhYen station key fingerprint v1";

// The canonical byte form of a JSON value (RFC 8785 JCS restricted to integers): no whitespace,
// object members sorted by key (UTF-16 code units), strings as UTF-8 with only ", \ and control
// characters escaped (\b \t \n \f \r, else \u00xx), integers in decimal. Fails (InvalidInput) on
// a number that is not an integer of at most 2^53 in magnitude.
Result<QByteArray> canonicalBytes(const QJsonObject& object);
// What is signed: the canonical form of the document without its "signature" member.
Result<QByteArray> signedBytes(QJsonObject document);

// The document with "public_key" (base64 of the public key of `secretKey`) and "signature"
// (base64 of the Ed25519 signature of signedBytes under kSignatureContext) set.
Result<QJsonObject> sign(QJsonObject document, const SecretBytes& secretKey);
// The file: the canonical form of the signed document and a line feed. Only this exact form
// verifies (so that no byte of the file can change without the verification failing).
Result<QByteArray> fileBytes(const QJsonObject& signedDocument);

// The station key fingerprint the province registers: the first 128 bits of
// BLAKE2b-256(kFingerprintContext, public key) as 8 groups of 4 upper-case hex digits separated
// by spaces ("3F2A 9C01 …").
QString fingerprint(const QByteArray& publicKey);

enum class Verdict {
    IntegrityOnly, // signed by the key it carries; whose key that is was not checked
    OriginProven,  // signed by the key the caller expected
    Tampered,      // the content, signature or form changed after signing
    WrongKey,      // intact, but signed by another key than the one expected
    UnsupportedVersion,
    Malformed, // not a report package (not JSON, members missing or of the wrong type)
};

struct Verification {
    Verdict verdict = Verdict::Malformed;
    QString message;      // translated, for the user
    QJsonObject document; // the parsed document (empty when Malformed)
    QString fingerprint;  // of the carried public key, when there is one
    bool ok() const {
        return verdict == Verdict::IntegrityOnly || verdict == Verdict::OriginProven;
    }
};

// Verifies a package file. `expectedPublicKey` (32 bytes) empty: integrity against the carried
// key only; otherwise the carried key must equal it (origin proven).
Verification verify(const QByteArray& file, const QByteArray& expectedPublicKey = {});
// The translated message of a verdict.
QString verdictMessage(Verdict verdict);

} // namespace binhyen::reportpackage
