// The signed report package (issue 7 item 2): the demo's September 2020 against a reference
// written by hand from resources/demo/story.sql and docs/INDICATORS.md, the canonical form,
// verification, tamper detection (every byte), another key, the format version, the CSV tables,
// the permission, the audit row and the station key dialog.
#include "models/domain/Clock.h"
#include "models/domain/import/CsvReader.h"
#include "models/repo/accounts/StationKeyRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/security/Crypto.h"
#include "models/security/KeyDerivation.h"
#include "reports/package/PackageFormat.h"
#include "reports/package/ReportCsv.h"
#include "reports/package/ReportPackage.h"
#include "reports/stats/IndicatorCatalog.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/admin/StationKeyDialog.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using namespace binhyen;
using namespace Qt::StringLiterals;
namespace rp = binhyen::reportpackage;

namespace {

QJsonObject parse(const QByteArray& bytes) {
    return QJsonDocument::fromJson(bytes).object();
}

// The value at a dotted path of nested objects.
QJsonValue at(const QJsonObject& doc, const QString& path) {
    QJsonValue v = doc;
    for (const QString& part : path.split(u'.'))
        v = v.toObject().value(part);
    return v;
}

// The first path where two JSON values differ, for a readable failure.
QString firstDifference(const QJsonValue& a, const QJsonValue& b, const QString& path) {
    if (a.isObject() && b.isObject()) {
        QStringList keys = a.toObject().keys() + b.toObject().keys();
        keys.removeDuplicates();
        for (const QString& k : keys) {
            const QString d = firstDifference(a.toObject().value(k), b.toObject().value(k),
                                              path.isEmpty() ? k : path + u'.' + k);
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (a == b)
        return {};
    return path + u": "_s +
           QString::fromUtf8(QJsonDocument(QJsonArray{a}).toJson(QJsonDocument::Compact)) +
           u" vs "_s +
           QString::fromUtf8(QJsonDocument(QJsonArray{b}).toJson(QJsonDocument::Compact));
}

} // namespace

class TestReportPackage : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempRegister> m_temp;
    std::unique_ptr<FixedClock> m_clock;
    Session m_chief;
    Session m_officer;
    QByteArray m_stationKey;
    QByteArray m_september; // the signed package file of 2020-09

    QSqlDatabase db() { return m_temp->reg->database(); }
    Session logon(const QString& name) {
        QByteArray password(DemoRepo::kPassword);
        auto s = UserRepo(db(), *m_clock).logon(name, SecretBytes::takeFrom(password));
        if (!s)
            qFatal("logon %s: %s", qPrintable(name), qPrintable(s.error().text()));
        return s.take();
    }
    ReportPackage package() { return ReportPackage(db(), *m_clock); }
    // Re-signs a changed document with `secret` and gives the file.
    static QByteArray resigned(QJsonObject doc, const SecretBytes& secret) {
        auto s = rp::sign(doc, secret);
        return rp::fileBytes(s.value()).value();
    }

private Q_SLOTS:
    void initTestCase() {
        test::useVietnamese();
        m_temp = std::make_unique<test::TempRegister>();
        m_clock = std::make_unique<FixedClock>(
            QDateTime(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone()));
        auto filled = DemoRepo(db()).fill(*m_clock, KeyDerivation::escrowKey(m_temp->recovery));
        QVERIFY2(filled, qPrintable(filled.error().text()));
        m_chief = logon(u"truong"_s);
        m_officer = logon(u"canbo1"_s);
        auto key = StationKeyRepo(db()).publicKey(StationKeyRepo::Purpose::Signing);
        QVERIFY(key);
        m_stationKey = key.value();
        auto file = package().signedFile(m_chief, u"2020-09"_s);
        QVERIFY2(file, qPrintable(file.error().text()));
        m_september = file.value();
    }

    void canonicalForm() {
        const QJsonObject o{{u"b"_s, 1},
                            {u"a"_s, u"x\"\\\n\u0001 é/"_s},
                            {u"c"_s, QJsonArray{true, QJsonValue(), -12}},
                            {u"B"_s, QJsonObject{{u"z"_s, 0}, {u"y"_s, 9007199254740992LL}}}};
        QCOMPARE(rp::canonicalBytes(o).value(),
                 QByteArray("{\"B\":{\"y\":9007199254740992,\"z\":0},\"a\":\"x\\\"\\\\\\n\\u0001 "
                            "\xc3\xa9/\",\"b\":1,\"c\":[true,null,-12]}"));
        QVERIFY(!rp::canonicalBytes(QJsonObject{{u"x"_s, 1.5}}));
        QVERIFY(!rp::canonicalBytes(QJsonObject{{u"x"_s, 1e17}}));
        // What is signed leaves the signature out, and only that.
        QJsonObject signedDoc = parse(m_september);
        QJsonObject without = signedDoc;
        without.remove(u"signature"_s);
        QCOMPARE(rp::signedBytes(signedDoc).value(), rp::canonicalBytes(without).value());
        // The file is that form, signature included, and a line feed.
        QCOMPARE(m_september, rp::canonicalBytes(signedDoc).value() + '\n');
    }

    void septemberMatchesTheHandWrittenReference() {
        QJsonObject actual = parse(m_september);
        QVERIFY(actual.contains(u"signature"_s));
        QCOMPARE(actual.value(u"generated_at"_s).toString(), u"2026-11-28T10:00:00"_s);
        actual.remove(u"signature"_s);
        actual.remove(u"generated_at"_s);
        QByteArray reference =
            test::readAll(QStringLiteral(BINHYEN_TEST_DATA) + u"/report/package-2020-09.json"_s);
        QVERIFY(!reference.isEmpty());
        auto checkpoint = AuditRepo(db(), *m_clock).latestCheckpoint();
        QVERIFY(checkpoint);
        reference.replace("@PUBLIC_KEY@", m_stationKey.toBase64());
        reference.replace("@CHECKPOINT_HASH@", checkpoint.value().hash.toHex());
        QJsonParseError error;
        const QJsonObject expected = QJsonDocument::fromJson(reference, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QString difference = firstDifference(actual, expected, QString());
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void theFiguresAreThoseOfBinhyenStats() {
        // The statistics member is MonthlyStatistics::document, key for key (binhyen stats).
        const QJsonObject stats = parse(m_september).value(u"statistics"_s).toObject();
        QCOMPARE(stats.value(u"format"_s).toInt(), 1);
        QCOMPARE(at(stats, u"tips_by_channel.phone.value"_s).toInteger(), 5);
        QCOMPARE(at(stats, u"property_value_vnd.value"_s).toInteger(), 19500000);
    }

    void verifiesWithAndWithoutTheKey() {
        const rp::Verification loose = rp::verify(m_september);
        QCOMPARE(loose.verdict, rp::Verdict::IntegrityOnly);
        QVERIFY(loose.ok());
        QVERIFY(!loose.message.isEmpty());
        QCOMPARE(loose.fingerprint, rp::fingerprint(m_stationKey));
        const rp::Verification proven = rp::verify(m_september, m_stationKey);
        QCOMPARE(proven.verdict, rp::Verdict::OriginProven);
        QCOMPARE(at(proven.document, u"period.month"_s).toString(), u"2020-09"_s);
    }

    void everyByteChangedFails() {
        int failures = 0;
        for (qsizetype i = 0; i < m_september.size(); ++i) {
            for (const char change : {char(0x01), char(0x20)}) {
                QByteArray bytes = m_september;
                bytes[i] = char(bytes[i] ^ change);
                if (bytes == m_september)
                    continue;
                const rp::Verification v = rp::verify(bytes, m_stationKey);
                if (v.ok()) {
                    ++failures;
                    qWarning("byte %lld changed still verifies", static_cast<long long>(i));
                }
            }
        }
        QCOMPARE(failures, 0);
        // Bytes added or removed at the end, whitespace re-indented.
        QVERIFY(!rp::verify(m_september + ' ', m_stationKey).ok());
        QVERIFY(!rp::verify(m_september.chopped(1), m_stationKey).ok());
        QVERIFY(!rp::verify(QJsonDocument(parse(m_september)).toJson(), m_stationKey).ok());
    }

    void aFigureChangedAndResignedWithAnotherKey() {
        QJsonObject doc = parse(m_september);
        QJsonObject stats = doc.value(u"statistics"_s).toObject();
        stats.insert(
            u"tips_total"_s,
            QJsonObject{{u"value"_s, 13}, {u"previous_month"_s, 0}, {u"year_earlier"_s, 0}});
        doc.insert(u"statistics"_s, stats);
        // Changed and not re-signed: tampered.
        QCOMPARE(rp::verify(rp::fileBytes(doc).value()).verdict, rp::Verdict::Tampered);
        const crypto::SigningPair other = crypto::newSigningPair();
        const QByteArray forged = resigned(doc, other.secretKey);
        // Intact against the key it carries (integrity only) …
        QCOMPARE(rp::verify(forged).verdict, rp::Verdict::IntegrityOnly);
        // … but not the station's.
        const rp::Verification v = rp::verify(forged, m_stationKey);
        QCOMPARE(v.verdict, rp::Verdict::WrongKey);
        QVERIFY(!v.ok());
        QVERIFY(rp::fingerprint(other.publicKey) != rp::fingerprint(m_stationKey));
    }

    void formatVersionAndMalformedFiles() {
        const crypto::SigningPair other = crypto::newSigningPair();
        QJsonObject doc = parse(m_september);
        doc.insert(u"format_version"_s, 2);
        QCOMPARE(rp::verify(resigned(doc, other.secretKey)).verdict,
                 rp::Verdict::UnsupportedVersion);
        doc.insert(u"format_version"_s, u"1"_s);
        QCOMPARE(rp::verify(resigned(doc, other.secretKey)).verdict, rp::Verdict::Malformed);
        doc = parse(m_september);
        doc.insert(u"format"_s, u"something-else"_s);
        QCOMPARE(rp::verify(resigned(doc, other.secretKey)).verdict, rp::Verdict::Malformed);
        QCOMPARE(rp::verify("not json").verdict, rp::Verdict::Malformed);
        QCOMPARE(rp::verify("[1,2]").verdict, rp::Verdict::Malformed);
        doc = parse(m_september);
        doc.remove(u"signature"_s);
        QCOMPARE(rp::verify(rp::fileBytes(doc).value()).verdict, rp::Verdict::Tampered);
        for (rp::Verdict verdict : {rp::Verdict::Tampered, rp::Verdict::WrongKey,
                                    rp::Verdict::UnsupportedVersion, rp::Verdict::Malformed})
            QVERIFY(!rp::verdictMessage(verdict).isEmpty());
    }

    void fingerprintIs128BitsInGroups() {
        const QString f = rp::fingerprint(m_stationKey);
        QVERIFY2(QRegularExpression(u"^([0-9A-F]{4} ){7}[0-9A-F]{4}$"_s).match(f).hasMatch(),
                 qPrintable(f));
        QCOMPARE(f, rp::fingerprint(m_stationKey));
        const QByteArray expected =
            crypto::hash(m_stationKey, rp::kFingerprintContext).left(16).toHex().toUpper();
        QCOMPARE(QString(f).remove(u' ').toLatin1(), expected);
    }

    void theAppShowsTheKeyAndItsFingerprint() {
        ui::StationKeyDialog dialog(db());
        QCOMPARE(dialog.publicKeyText(), QString::fromLatin1(m_stationKey.toBase64()));
        // Two lines of four groups: the fingerprint verify-package prints.
        QCOMPARE(dialog.fingerprintText().replace(u'\n', u' '), rp::fingerprint(m_stationKey));
    }

    void identityAsItWasInTheMonth() {
        auto october2026 = package().document(m_chief, u"2026-10"_s);
        QVERIFY2(october2026, qPrintable(october2026.error().text()));
        QCOMPARE(at(october2026.value(), u"station.unit_name"_s).toString(),
                 u"CÔNG AN XÃ ĐẤT ĐỎ"_s);
        QCOMPARE(at(october2026.value(), u"station.parent_body"_s).toString(),
                 u"CÔNG AN THÀNH PHỐ HỒ CHÍ MINH"_s);
        QCOMPARE(at(october2026.value(), u"station.commune_code"_s).toString(), u"26680"_s);
        QCOMPARE(october2026.value().value(u"status"_s).toString(), u"issued"_s);
    }

    void aMonthNotLockedIsADraft() {
        auto doc = package().document(m_chief, u"2026-11"_s);
        QVERIFY2(doc, qPrintable(doc.error().text()));
        QCOMPARE(doc.value().value(u"status"_s).toString(), u"draft"_s);
        QCOMPARE(at(doc.value(), u"report.kind"_s).toString(), u"draft"_s);
        QVERIFY(at(doc.value(), u"report.number"_s).isNull());
        QCOMPARE(at(doc.value(), u"statistics.locked"_s).toBool(true), false);
        auto file = package().signedFile(m_chief, u"2026-11"_s);
        QVERIFY(file);
        QCOMPARE(rp::verify(file.value(), m_stationKey).verdict, rp::Verdict::OriginProven);
    }

    void anOfficerMayNotExport() {
        auto doc = package().document(m_officer, u"2020-09"_s);
        QVERIFY(!doc);
        QCOMPARE(doc.error().code, ErrorCode::NotPermitted);
        const QString path = m_temp->file(u"officer.json"_s);
        auto exported = package().exportTo(m_officer, u"2020-09"_s, path);
        QVERIFY(!exported);
        QCOMPARE(exported.error().code, ErrorCode::NotPermitted);
        QVERIFY(!QFile::exists(path));
        auto csv = ReportCsv(db(), *m_clock)
                       .exportTo(m_officer, u"2020-09"_s, m_temp->file(u"officer-csv"_s));
        QVERIFY(!csv);
        QCOMPARE(csv.error().code, ErrorCode::NotPermitted);
    }

    void theExportIsAudited() {
        const QString path = m_temp->file(u"2020-09.json"_s);
        auto exported = package().exportTo(m_chief, u"2020-09"_s, path);
        QVERIFY2(exported, qPrintable(exported.error().text()));
        const QByteArray written = test::readAll(path);
        QCOMPARE(rp::verify(written, m_stationKey).verdict, rp::Verdict::OriginProven);
        auto again = package().exportTo(m_chief, u"2020-09"_s, path);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Exists);
        QCOMPARE(test::readAll(path), written);

        AuditFilter filter;
        filter.limit = 5;
        auto rows = AuditRepo(db(), *m_clock).list(m_chief, filter);
        QVERIFY(rows);
        QVERIFY(!rows.value().isEmpty());
        const AuditRow& last = rows.value().constFirst();
        QCOMPARE(last.action, u"report.export"_s);
        QCOMPARE(last.detail, u"2020-09 json issued"_s);
        QCOMPARE(last.userName, u"truong"_s);
        QVERIFY(last.isSigned);
        auto verdict = AuditRepo(db(), *m_clock).verify(nullptr);
        QVERIFY(verdict);
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

    void csvTablesHoldTheSameFigures() {
        const QString folder = m_temp->file(u"csv-2020-09"_s);
        auto files = ReportCsv(db(), *m_clock).exportTo(m_chief, u"2020-09"_s, folder);
        QVERIFY2(files, qPrintable(files.error().text()));
        const QStringList names = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(names, (QStringList{u"adjustments.csv"_s, u"figures.csv"_s,
                                     u"models_by_type.csv"_s, u"report.csv"_s,
                                     u"tips_by_channel.csv"_s, u"tips_by_classification.csv"_s}));
        const QJsonObject stats = parse(m_september).value(u"statistics"_s).toObject();
        int compared = 0;
        for (const QString& name : names) {
            const QByteArray bytes = test::readAll(QDir(folder).filePath(name));
            QVERIFY2(bytes.startsWith("\xEF\xBB\xBF"), qPrintable(name));
            const CsvResult csv = CsvReader().read(QString::fromUtf8(bytes.mid(3)));
            QVERIFY(csv.errors.isEmpty());
            QVERIFY(!csv.rows.isEmpty());
            if (name == u"report.csv"_s || name == u"adjustments.csv"_s)
                continue;
            const QString prefix = name == u"figures.csv"_s ? QString() : name.chopped(4) + u'.';
            for (const CsvRow& row : csv.rows.mid(1)) {
                QCOMPARE(row.fields.size(), 5);
                const QJsonObject figure = at(stats, prefix + row.fields.at(0)).toObject();
                QVERIFY2(!figure.isEmpty(), qPrintable(prefix + row.fields.at(0)));
                QCOMPARE(row.fields.at(2).toLongLong(), figure.value(u"value"_s).toInteger());
                QCOMPARE(row.fields.at(3).toLongLong(),
                         figure.value(u"previous_month"_s).toInteger());
                QCOMPARE(row.fields.at(4).toLongLong(),
                         figure.value(u"year_earlier"_s).toInteger());
                QVERIFY(!row.fields.at(1).isEmpty());
                ++compared;
            }
        }
        // Every figure of the package is in a table: 31 figures and 19 breakdown rows.
        QCOMPARE(compared, 50);
        // The label column is the catalog's (translated).
        const QString figures =
            QString::fromUtf8(test::readAll(QDir(folder).filePath(u"figures.csv"_s)));
        QVERIFY(figures.contains(u"tips_total,"_s + indicatorcatalog::label(u"tips_total"_s) +
                                 u",12,0,0\r\n"_s));
        // Not over an existing folder with files.
        auto again = ReportCsv(db(), *m_clock).exportTo(m_chief, u"2020-09"_s, folder);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Exists);
        auto verdict = AuditRepo(db(), *m_clock).verify(nullptr);
        QVERIFY(verdict && verdict.value().intact);
    }
};

QTEST_MAIN(TestReportPackage)
#include "tst_report_package.moc"
