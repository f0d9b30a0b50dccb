// The plain twin of binhyen-bench: `generate --plain` writes the same data unencrypted, with no key
// files, and `check-twin` finds it equal to the encrypted register (schema, pragmas, plans and rows
// of every benchmark query) — until one row of the twin is changed. Runs the built binhyen-bench
// and the sqlcipher shell on real files in a temporary folder.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

[[maybe_unused]] const QString kPassword = u"Mat-khau-2024!"_s;

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

[[maybe_unused]] Run bench(const QStringList& args) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"BINHYEN_PASSWORD"_s, kPassword);
    p.setProcessEnvironment(env);
#ifdef BINHYEN_BENCH_BINARY
    p.start(QStringLiteral(BINHYEN_BENCH_BINARY), args);
#else
    Q_UNUSED(args);
#endif
    Run r;
    if (!p.waitForFinished(600000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

[[maybe_unused]] QByteArray header(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.read(16) : QByteArray();
}

} // namespace

class TestBenchTwin : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void twinEqualsUntilChanged() {
#ifndef BINHYEN_BENCH_BINARY
        QSKIP("binhyen-bench is not built (BINHYEN_BUILD_BENCH=OFF)");
#else
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString enc = dir.filePath(u"enc.binhyen"_s);
        const QString key = dir.filePath(u"enc.key"_s);
        const Run e = bench({u"generate"_s, u"--register"_s, enc, u"--recovery-key-out"_s,
                             dir.filePath(u"enc.recovery"_s), u"--register-key-out"_s, key,
                             u"--tips"_s, u"2000"_s, u"--seed"_s, u"11"_s});
        QVERIFY2(e.exitCode == 0, e.err.constData());

        QTemporaryDir plainDir; // the twin alone in its folder: no key file may appear
        QVERIFY(plainDir.isValid());
        const QString plain = plainDir.filePath(u"plain.binhyen"_s);
        const Run p = bench({u"generate"_s, u"--plain"_s, u"--register"_s, plain, u"--tips"_s,
                             u"2000"_s, u"--seed"_s, u"11"_s});
        QVERIFY2(p.exitCode == 0, p.err.constData());
        QCOMPARE(QDir(plainDir.path()).entryList(QDir::Files), QStringList{u"plain.binhyen"_s});
        QCOMPARE(header(plain), QByteArray("SQLite format 3\0", 16)); // unencrypted
        QVERIFY(header(enc) != QByteArray("SQLite format 3\0", 16));  // encrypted
        // --plain writes no key files, and refuses to be given any.
        const Run refused =
            bench({u"generate"_s, u"--plain"_s, u"--register"_s, plainDir.filePath(u"x"_s),
                   u"--register-key-out"_s, plainDir.filePath(u"x.key"_s), u"--tips"_s, u"1"_s});
        QCOMPARE(refused.exitCode, 2);

        const QStringList check = {
            u"check-twin"_s, u"--register"_s, enc, u"--key-file"_s, key, u"--plain-twin"_s, plain};
        const Run same = bench(check);
        QVERIFY2(same.exitCode == 0, same.out.right(4000).constData());
        const QJsonObject report = QJsonDocument::fromJson(same.out).object();
        QCOMPARE(report.value(u"equal"_s).toBool(), true);
        QVERIFY(report.value(u"queries"_s).toInt() >= 2 * 20 + 5);
        QVERIFY(report.value(u"statements_compared"_s).toInt() > 0);

        // One row changed in the twin, through the sqlcipher shell without a key.
        QProcess shell;
        shell.start(QStringLiteral(BINHYEN_SQLCIPHER_SHELL),
                    {plain, u"UPDATE tips SET status = 'suspended', outcome = 'x' "
                            "WHERE id = (SELECT max(id) FROM tips);"_s});
        QVERIFY(shell.waitForFinished(60000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        const Run changed = bench(check);
        QCOMPARE(changed.exitCode, 1);
        const QJsonObject after = QJsonDocument::fromJson(changed.out).object();
        QCOMPARE(after.value(u"equal"_s).toBool(), false);
        QCOMPARE(after.value(u"schema_and_pragmas_equal"_s).toBool(), true);
#endif
    }
};

QTEST_GUILESS_MAIN(TestBenchTwin)
#include "tst_bench_twin.moc"
