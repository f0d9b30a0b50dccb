// `binhyen stats` through the real binary on the demo register (issue 6 item 7): the figures of
// September 2020 counted by hand in resources/demo/story.sql, and the exit codes.
#include "tests/support/TempRegister.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace binhyen::test;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QString kDemoPassword = u"BinhYen-demo-2020"_s;

qint64 value(const QJsonObject& doc, const QString& path) {
    QJsonObject o = doc;
    for (const QString& part : path.split(u'.'))
        o = o.value(part).toObject();
    return o.value(u"value"_s).toInteger(-1);
}

} // namespace

class TestCliStats : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

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
    Run stats(const QString& user, const QStringList& more) const {
        return run(QStringList{u"stats"_s, u"--register"_s, file(u"demo.binhyen"_s),
                               u"--key-file"_s, file(u"demo.key"_s), u"--user"_s, user} +
                   more);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const Run r =
            run({u"demo"_s, u"--register"_s, file(u"demo.binhyen"_s), u"--recovery-key-out"_s,
                 file(u"demo.recovery"_s), u"--register-key-out"_s, file(u"demo.key"_s)});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void septemberOfTheDemo() {
        const Run r = stats(u"canbo1"_s, {u"--month"_s, u"2020-09"_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(r.out, &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(doc.value(u"format"_s).toInt(), 1);
        QCOMPARE(doc.value(u"month"_s).toString(), u"2020-09"_s);
        // TB-0001 … TB-0012/2020; phone: TB-0003, 0004, 0005, 0007, 0009.
        QCOMPARE(value(doc, u"tips_total"_s), 12);
        QCOMPARE(value(doc, u"tips_by_channel.phone"_s), 5);
        QCOMPARE(value(doc, u"tips_by_channel.zalo"_s), 2);
        QCOMPARE(value(doc, u"tips_by_channel.in_person"_s), 2);
        QCOMPARE(value(doc, u"tips_by_channel.hotline"_s), 1);
        QCOMPARE(value(doc, u"tips_by_channel.camera"_s), 1);
        QCOMPARE(value(doc, u"tips_by_channel.document"_s), 1);
        QVERIFY(value(doc, u"cases_solved_public_help"_s) >= 1);
        QCOMPARE(value(doc, u"zalo_groups"_s), 36);
        QCOMPARE(value(doc, u"hamlets_total"_s), 40);
        QCOMPARE(value(doc, u"hamlets_with_zalo"_s), 36);
        // The demo's months before the current one are locked.
        QCOMPARE(doc.value(u"locked"_s).toBool(), true);
    }

    void anInspectorReadsTheSameFigures() {
        const Run officer = stats(u"canbo1"_s, {u"--month"_s, u"2020-09"_s});
        const Run inspector = stats(u"thanhtra"_s, {u"--month"_s, u"2020-09"_s});
        QVERIFY2(inspector.code == 0, inspector.err.constData());
        QCOMPARE(inspector.out, officer.out);
    }

    void writesANewFileOnly() {
        const QString out = file(u"2020-09.json"_s);
        const Run first = stats(u"truong"_s, {u"--month"_s, u"2020-09"_s, u"--out"_s, out});
        QVERIFY2(first.code == 0, first.err.constData());
        QVERIFY(first.out.isEmpty());
        const QJsonObject doc = QJsonDocument::fromJson(readAll(out)).object();
        QCOMPARE(value(doc, u"tips_total"_s), 12);
        const Run again = stats(u"truong"_s, {u"--month"_s, u"2020-09"_s, u"--out"_s, out});
        QCOMPARE(again.code, 2);
    }

    void badArgumentsAreUsageErrors_data() {
        QTest::addColumn<QStringList>("more");
        QTest::addRow("month 13") << QStringList{u"--month"_s, u"2020-13"_s};
        QTest::addRow("month without zero") << QStringList{u"--month"_s, u"2020-9"_s};
        QTest::addRow("words") << QStringList{u"--month"_s, u"tháng 9"_s};
        QTest::addRow("no month") << QStringList{};
        QTest::addRow("unknown option")
            << QStringList{u"--month"_s, u"2020-09"_s, u"--x"_s, u"1"_s};
    }
    void badArgumentsAreUsageErrors() {
        QFETCH(QStringList, more);
        const Run r = stats(u"canbo1"_s, more);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
    }

    void aWrongPasswordIsRefused() {
        Run r;
        const QStringList env{u"HOME="_s + file(u"home"_s), u"LANG=en_US.UTF-8"_s,
                              u"DBUS_SESSION_BUS_ADDRESS=unix:path="_s + file(u"no-bus"_s),
                              u"BINHYEN_PASSWORD=wrong-password"_s};
        r.code =
            runBinhyen({u"stats"_s, u"--register"_s, file(u"demo.binhyen"_s), u"--key-file"_s,
                        file(u"demo.key"_s), u"--user"_s, u"canbo1"_s, u"--month"_s, u"2020-09"_s},
                       &r.out, &r.err, env);
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
