// `binhyen report` and `binhyen verify-package` through the real binary on the demo register
// (issue 7 item 3): exit codes, the warning without a key, tamper detection, the permission.
#include "models/domain/Clock.h"
#include "models/security/Crypto.h"
#include "reports/package/PackageFormat.h"
#include "tests/support/PdfTools.h"
#include "tests/support/TempRegister.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;
namespace rp = binhyen::reportpackage;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QString kDemoPassword = u"BinhYen-demo-2020"_s;

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestCliReport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_package; // the 2020-09 package written by the chief
    QString m_stationKey; // its public key, base64

    QString file(const QString& name) const { return m_dir.filePath(name); }
    Run run(const QStringList& args) const {
        const QStringList env{u"DBUS_SESSION_BUS_ADDRESS=unix:path="_s + file(u"no-bus"_s),
                              u"HOME="_s + file(u"home"_s),
                              u"XDG_DATA_HOME="_s + file(u"home/data"_s),
                              u"XDG_CONFIG_HOME="_s + file(u"home/config"_s),
                              u"LANG=en_US.UTF-8"_s,
                              u"LANGUAGE=en_US:en"_s,
                              u"BINHYEN_PASSWORD="_s + kDemoPassword};
        Run r;
        r.code = runBinhyen(args, &r.out, &r.err, env);
        return r;
    }
    Run report(const QString& user, const QStringList& more) const {
        return run(QStringList{u"report"_s, u"--register"_s, file(u"demo.binhyen"_s),
                               u"--key-file"_s, file(u"demo.key"_s), u"--user"_s, user} +
                   more);
    }
    Run verify(const QString& path, const QString& key = {}) const {
        QStringList args{u"verify-package"_s, path};
        if (!key.isEmpty())
            args << u"--public-key"_s << key;
        return run(args);
    }
    QString saved(const QString& name, const QByteArray& bytes) const {
        const QString path = file(name);
        writeFile(path, bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const Run r =
            run({u"demo"_s, u"--register"_s, file(u"demo.binhyen"_s), u"--recovery-key-out"_s,
                 file(u"demo.recovery"_s), u"--register-key-out"_s, file(u"demo.key"_s)});
        QVERIFY2(r.code == 0, r.err.constData());
        const Run e = report(u"truong"_s, {u"--month"_s, u"2020-09"_s, u"--format"_s, u"json"_s,
                                           u"--out"_s, file(u"2020-09.json"_s)});
        QVERIFY2(e.code == 0, e.err.constData());
        QVERIFY(e.out.isEmpty());
        m_package = readAll(file(u"2020-09.json"_s));
        m_stationKey =
            QJsonDocument::fromJson(m_package).object().value(u"public_key"_s).toString();
        QCOMPARE(m_stationKey.size(), 44);
    }

    void withoutAKeyIntegrityOnlyWithAWarning() {
        const Run r = verify(file(u"2020-09.json"_s));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("Warning:"), r.err.constData());
        QVERIFY(r.err.contains("origin is not proven"));
        QVERIFY(r.out.contains("2020-09"));
        QVERIFY(r.out.contains("10/BC-CAX"));
    }

    void withTheStationKeyOriginProven() {
        const Run r = verify(file(u"2020-09.json"_s), m_stationKey);
        QCOMPARE(r.code, 0);
        QVERIFY2(!r.err.contains("Warning:"), r.err.constData());
        const QString keyFile = saved(u"station.pub"_s, m_stationKey.toLatin1() + '\n');
        QCOMPARE(verify(file(u"2020-09.json"_s), keyFile).code, 0);
    }

    void failuresExitSeven() {
        // One byte changed (a digit of a figure: "value":12 → "value":13).
        QByteArray tampered = m_package;
        const QByteArray figure("\"tips_total\":{\"previous_month\":0,\"value\":12");
        const qsizetype at = tampered.indexOf(figure);
        QVERIFY(at > 0);
        tampered[at + figure.size() - 1] = '3';
        Run r = verify(saved(u"tampered.json"_s, tampered));
        QCOMPARE(r.code, 7);
        QVERIFY(r.err.contains("changed after it was signed"));
        QCOMPARE(verify(saved(u"tampered.json"_s, tampered), m_stationKey).code, 7);

        // The same change re-signed with another key: passes alone, fails with the station key.
        QJsonObject doc = QJsonDocument::fromJson(tampered).object();
        const crypto::SigningPair other = crypto::newSigningPair();
        const QString forged =
            saved(u"forged.json"_s, rp::fileBytes(rp::sign(doc, other.secretKey).value()).value());
        r = verify(forged);
        QCOMPARE(r.code, 0);
        QVERIFY(r.err.contains("Warning:"));
        r = verify(forged, m_stationKey);
        QCOMPARE(r.code, 7);
        QVERIFY(r.err.contains("not signed by the given station key"));
        // The right package with another station's key.
        QCOMPARE(
            verify(file(u"2020-09.json"_s), QString::fromLatin1(other.publicKey.toBase64())).code,
            7);

        // An unknown format version.
        doc = QJsonDocument::fromJson(m_package).object();
        doc.insert(u"format_version"_s, 2);
        r = verify(
            saved(u"v2.json"_s, rp::fileBytes(rp::sign(doc, other.secretKey).value()).value()));
        QCOMPARE(r.code, 7);
        QVERIFY(r.err.contains("version"));
        // Not a package; no file.
        QCOMPARE(verify(saved(u"text.json"_s, "hello")).code, 7);
        QCOMPARE(verify(file(u"missing.json"_s)).code, 7);
    }

    void usageErrorsOfVerifyPackage() {
        QCOMPARE(run({u"verify-package"_s}).code, 1);
        QCOMPARE(verify(file(u"2020-09.json"_s), u"not-a-key"_s).code, 1);
        QCOMPARE(run({u"verify-package"_s, file(u"2020-09.json"_s), u"--x"_s, u"1"_s}).code, 1);
    }

    void csvTables() {
        const QString folder = file(u"csv"_s);
        const Run r = report(
            u"truong"_s, {u"--month"_s, u"2020-09"_s, u"--format"_s, u"csv"_s, u"--out"_s, folder});
        QVERIFY2(r.code == 0, r.err.constData());
        const QStringList names = QDir(folder).entryList(QDir::Files);
        QVERIFY(names.contains(u"figures.csv"_s));
        QVERIFY(names.contains(u"tips_by_channel.csv"_s));
        QVERIFY(names.contains(u"adjustments.csv"_s));
        QVERIFY(
            readAll(QDir(folder).filePath(u"tips_by_channel.csv"_s)).startsWith("\xEF\xBB\xBF"));
        // Never over a folder with files.
        QCOMPARE(report(u"truong"_s,
                        {u"--month"_s, u"2020-09"_s, u"--format"_s, u"csv"_s, u"--out"_s, folder})
                     .code,
                 2);
    }

    void pdfReport() {
        // Without a display: the command draws offscreen on its own.
        const QString out = file(u"2020-09.pdf"_s);
        const Run r = report(
            u"truong"_s, {u"--month"_s, u"2020-09"_s, u"--format"_s, u"pdf"_s, u"--out"_s, out});
        QVERIFY2(r.code == 0, r.err.constData());
        const QString text = test::pdfText(out);
        QVERIFY(text.contains(u"10/BC-CAX"_s));
        QVERIFY(text.contains(u"CÔNG AN XÃ LÁNG DÀI"_s));
        QCOMPARE(report(u"truong"_s,
                        {u"--month"_s, u"2020-09"_s, u"--format"_s, u"pdf"_s, u"--out"_s, out})
                     .code,
                 2);
        QCOMPARE(report(u"canbo1"_s, {u"--month"_s, u"2020-09"_s, u"--format"_s, u"pdf"_s,
                                      u"--out"_s, file(u"officer.pdf"_s)})
                     .code,
                 5);
        QVERIFY(!QFile::exists(file(u"officer.pdf"_s)));
    }

    void aDraftIsMarkedAndWarned() {
        const QString out = file(u"draft.json"_s);
        // The demo locks the months before the station's current month: this one is open.
        const QString month =
            QDateTime::currentDateTime().toTimeZone(Clock::stationZone()).toString(u"yyyy-MM"_s);
        const Run r =
            report(u"truong"_s, {u"--month"_s, month, u"--format"_s, u"json"_s, u"--out"_s, out});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.contains("draft"));
        QCOMPARE(QJsonDocument::fromJson(readAll(out)).object().value(u"status"_s).toString(),
                 u"draft"_s);
    }

    void onlyAChiefExports() {
        const QString out = file(u"officer.json"_s);
        const Run r = report(
            u"canbo1"_s, {u"--month"_s, u"2020-09"_s, u"--format"_s, u"json"_s, u"--out"_s, out});
        QCOMPARE(r.code, 5);
        QVERIFY(!QFile::exists(out));
    }

    void badArguments_data() {
        QTest::addColumn<QStringList>("more");
        QTest::addColumn<int>("code");
        const QString out = file(u"x.json"_s);
        QTest::addRow("month 13") << QStringList{u"--month"_s, u"2020-13"_s, u"--format"_s,
                                                 u"json"_s,    u"--out"_s,   out}
                                  << 1;
        QTest::addRow("unknown format")
            << QStringList{u"--month"_s, u"2020-09"_s, u"--format"_s, u"xml"_s, u"--out"_s, out}
            << 1;
        QTest::addRow("no format") << QStringList{u"--month"_s, u"2020-09"_s, u"--out"_s, out} << 1;
        QTest::addRow("no out") << QStringList{u"--month"_s, u"2020-09"_s, u"--format"_s, u"json"_s}
                                << 1;
        QTest::addRow("existing file")
            << QStringList{u"--month"_s, u"2020-09"_s, u"--format"_s,
                           u"json"_s,    u"--out"_s,   file(u"2020-09.json"_s)}
            << 2;
    }
    void badArguments() {
        QFETCH(QStringList, more);
        QFETCH(int, code);
        QCOMPARE(report(u"truong"_s, more).code, code);
        QVERIFY(!QFile::exists(file(u"x.json"_s)));
    }

    void theAuditTrailStaysIntact() {
        const Run r = run({u"audit"_s, u"verify"_s, u"--register"_s, file(u"demo.binhyen"_s),
                           u"--key-file"_s, file(u"demo.key"_s)});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(readAll(file(u"2020-09.json"_s)), m_package);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
