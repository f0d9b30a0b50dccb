#include "app/cli/Arguments.h"
#include "app/cli/CliOutput.h"
#include "app/cli/Commands.h"
#include "reports/package/PackageFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace binhyen::cli {

namespace {

constexpr int kVerificationFailed = 7;

// --public-key: the base64 text itself, or a file holding it. Empty when malformed.
QByteArray publicKeyOf(const QString& argument) {
    QByteArray text = argument.toLatin1();
    if (QFileInfo(argument).isFile()) {
        QFile file(argument);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        text = file.read(4096);
    }
    text = text.trimmed();
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return {};
    return decoded.decoded;
}

void describe(const QJsonObject& doc, const QString& fingerprint) {
    const QJsonObject period = doc.value(QStringLiteral("period")).toObject();
    const QJsonObject station = doc.value(QStringLiteral("station")).toObject();
    const QJsonObject report = doc.value(QStringLiteral("report")).toObject();
    const bool draft = doc.value(QStringLiteral("status")).toString() == QLatin1String("draft");
    out(QCoreApplication::translate("VerifyPackageCommand", "Month: %1")
            .arg(period.value(QStringLiteral("month")).toString()));
    out(draft ? QCoreApplication::translate("VerifyPackageCommand", "Status: draft (not locked)")
              : QCoreApplication::translate("VerifyPackageCommand", "Status: issued, number %1")
                    .arg(report.value(QStringLiteral("number")).toString()));
    out(QCoreApplication::translate("VerifyPackageCommand", "Unit: %1 (%2)")
            .arg(station.value(QStringLiteral("unit_name")).toString(),
                 station.value(QStringLiteral("parent_body")).toString()));
    out(QCoreApplication::translate("VerifyPackageCommand", "Key fingerprint: %1")
            .arg(fingerprint));
}

} // namespace

// binhyen verify-package FILE [--public-key KEY]: exit 0 when intact (a warning on stderr when
// the origin is not proven because no key was given), 7 on any failure, 1 for a usage error.
int runVerifyPackage(const Arguments& args) {
    if (args.words().size() != 2 || args.has(QStringLiteral("register")))
        return usage(QCoreApplication::translate(
            "VerifyPackageCommand", "Usage: binhyen verify-package FILE [--public-key KEY]"));
    QByteArray expected;
    if (args.has(QStringLiteral("public-key"))) {
        expected = publicKeyOf(args.value(QStringLiteral("public-key")));
        if (expected.isEmpty())
            return usage(QCoreApplication::translate(
                "VerifyPackageCommand",
                "--public-key needs the station's public key: 44 characters of base64, or a file "
                "holding them."));
    }
    const QString path = args.word(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(QCoreApplication::translate("VerifyPackageCommand", "Error: %1")
                .arg(QCoreApplication::translate("VerifyPackageCommand",
                                                 "The package cannot be read: %1")
                         .arg(path)));
        return kVerificationFailed;
    }
    const reportpackage::Verification v = reportpackage::verify(file.readAll(), expected);
    if (!v.ok()) {
        say(QCoreApplication::translate("VerifyPackageCommand", "Error: %1").arg(v.message));
        return kVerificationFailed;
    }
    describe(v.document, v.fingerprint);
    if (v.verdict == reportpackage::Verdict::IntegrityOnly)
        warn(v.message);
    else
        say(v.message);
    return 0;
}

} // namespace binhyen::cli
