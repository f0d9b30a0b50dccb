// docs/CLI.md, backup and restore through the real binhyen executable: the backup file, restore
// bringing back earlier content and keeping the replaced file, refusal of a damaged backup (7) and
// of a register open in a window (6), a damaged register (4), and the demo register.
// Every run has no keychain (a session bus that does not exist) and a scratch HOME.
#include "tests/support/TempRegister.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <sys/stat.h>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

namespace binhyen::test {
namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
    QString message() const { return QString::fromUtf8(err); }
};

QStringList noKeychainEnv(const QTemporaryDir& dir) {
    return {u"DBUS_SESSION_BUS_ADDRESS=unix:path="_s + dir.filePath(u"no-bus"_s),
            u"HOME="_s + dir.filePath(u"home"_s),
            u"XDG_DATA_HOME="_s + dir.filePath(u"home/data"_s),
            u"XDG_CONFIG_HOME="_s + dir.filePath(u"home/config"_s),
            u"LANG=vi_VN.UTF-8"_s,
            u"LANGUAGE=vi"_s};
}

// A restore acts as a chief (docs/CLI.md): the registers made by init have this one.
const QString kChief = u"truong"_s;
const QString kPassword = u"Mat-khau-2024!"_s;

Run binhyenIn(const QTemporaryDir& dir, const QStringList& args, const QStringList& env = {}) {
    Run r;
    r.code = runBinhyen(args, &r.out, &r.err, noKeychainEnv(dir) + env);
    return r;
}

int modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

quint64 inodeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? quint64(st.st_ino) : 0;
}

// Overwrites `size` bytes of a file at `offset`.
bool damage(const QString& path, qint64 offset, int size) {
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) &&
           f.write(QByteArray(size, '\x42')) == size;
}

} // namespace
} // namespace binhyen::test

class TestCliBackup : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, int> m_backups;

    QString file(const QString& name) const { return m_dir.filePath(name); }
    Run run(const QStringList& args, const QStringList& env = {}) const {
        return binhyenIn(m_dir, args, env);
    }

    // init (or demo) NAME.binhyen with NAME.recovery and NAME.key; init sets up the station with
    // its first chief kChief. False on failure.
    bool create(const QString& name, const QString& command = u"init"_s) const {
        QStringList args{command,
                         u"--register"_s,
                         file(name + u".binhyen"_s),
                         u"--recovery-key-out"_s,
                         file(name + u".recovery"_s),
                         u"--register-key-out"_s,
                         file(name + u".key"_s)};
        if (command == u"init")
            args << u"--station-name"_s << u"CÔNG AN XÃ THỬ NGHIỆM"_s << u"--parent-body"_s
                 << u"CÔNG AN TỈNH THỬ NGHIỆM"_s << u"--commune-code"_s << u"26680"_s
                 << u"--province-code"_s << u"79"_s << u"--place-name"_s << u"Thử Nghiệm"_s
                 << u"--chief-user"_s << kChief << u"--chief-name"_s << u"Lê Văn Trưởng"_s;
        const Run r = run(args, {u"BINHYEN_PASSWORD="_s + kPassword});
        if (r.code != 0)
            qWarning("%s %s: exit %d: %s", qPrintable(command), qPrintable(name), r.code,
                     r.err.constData());
        return r.code == 0;
    }
    // backup NAME.binhyen with NAME.key into NAME-cli-N/ (a new folder each time: two backups in
    // one second share a name; NAME-backups/ gets the window's automatic backup); the path
    // printed, "" on failure.
    QString backup(const QString& name, Run* result = nullptr) {
        const QString to = file(name + u"-cli-"_s + QString::number(m_backups[name]++));
        const Run r = run({u"backup"_s, u"--register"_s, file(name + u".binhyen"_s),
                           u"--key-file"_s, file(name + u".key"_s), u"--to"_s, to});
        if (result)
            *result = r;
        return r.code == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
    }
    Run restore(const QString& name, const QString& from) const {
        return run({u"restore"_s, u"--register"_s, file(name + u".binhyen"_s), u"--key-file"_s,
                    file(name + u".key"_s), u"--from"_s, from, u"--user"_s, kChief},
                   {u"BINHYEN_PASSWORD="_s + kPassword});
    }
    // One value of `sql` run in the upstream sqlcipher shell on `reg` opened with the statements
    // of `key sqlcipher-shell` ("error: …" when something fails).
    QString queryFile(const QString& reg, const QString& keyFile, const QByteArray& sql,
                      const QByteArray& before = {}) const {
        const Run stmts =
            run({u"key"_s, u"sqlcipher-shell"_s, u"--register"_s, reg, u"--key-file"_s, keyFile});
        if (stmts.code != 0)
            return u"error: sqlcipher-shell: "_s + stmts.message();
        QByteArray out;
        QByteArray err;
        const int code = runProgram(QStringLiteral(BINHYEN_SQLCIPHER_SHELL), {reg}, &out, &err,
                                    stmts.out + before + "\nSELECT 'value=' || (" + sql + ");\n");
        const QRegularExpressionMatch m =
            QRegularExpression(u"^value=(.*)$"_s, QRegularExpression::MultilineOption)
                .match(QString::fromUtf8(out));
        if (code != 0 || !m.hasMatch())
            return u"error: "_s + QString::fromUtf8(out + err);
        return m.captured(1);
    }
    QString query(const QString& name, const QByteArray& sql, const QByteArray& before = {}) const {
        return queryFile(file(name + u".binhyen"_s), file(name + u".key"_s), sql, before);
    }
    QStringList replaced(const QString& name) const {
        return QDir(m_dir.path()).entryList({name + u".binhyen.replaced-*"_s}, QDir::Files);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(BINHYEN_SQLCIPHER_SHELL)).isExecutable(),
                 BINHYEN_SQLCIPHER_SHELL);
    }

    void backupThenRestoreBringsBackTheEarlierContent() {
        QVERIFY(create(u"r"_s));
        Run r;
        const QString copy = backup(u"r"_s, &r);
        QVERIFY2(!copy.isEmpty(), r.err.constData());
        QVERIFY2(QRegularExpression(u"^\\S+\n$"_s).match(QString::fromUtf8(r.out)).hasMatch(),
                 r.out.constData()); // only the path on stdout
        QVERIFY2(r.message().contains(u"Đã ghi và kiểm tra bản sao lưu"_s), r.err.constData());
        QVERIFY(QFileInfo::exists(copy));
        QCOMPARE(QFileInfo(copy).absolutePath(), file(u"r-cli-0"_s));
        QVERIFY2(QRegularExpression(u"^r-\\d{8}-\\d{6}\\.binhyen-backup$"_s)
                     .match(QFileInfo(copy).fileName())
                     .hasMatch(),
                 qPrintable(copy));
        QCOMPARE(modeOf(copy), 0600);
        QVERIFY(!readAll(copy).startsWith("SQLite format 3"));

        const QString before = query(u"r"_s, "SELECT count(*) FROM settings");
        QVERIFY2(before.toInt() > 0, qPrintable(before));
        QCOMPARE(query(u"r"_s, "SELECT count(*) FROM settings WHERE key = 'cli_test'"), u"0"_s);
        const QString inserted =
            query(u"r"_s, "SELECT changes()",
                  "INSERT INTO settings (key, value) VALUES ('cli_test', 'x');");
        QCOMPARE(inserted, u"1"_s);
        QCOMPARE(query(u"r"_s, "SELECT count(*) FROM settings"),
                 QString::number(before.toInt() + 1));

        r = restore(u"r"_s, copy);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(query(u"r"_s, "SELECT count(*) FROM settings"), before);
        QCOMPARE(modeOf(file(u"r.binhyen"_s)), 0600);
        // The replaced register is kept, with the row.
        const QStringList aside = replaced(u"r"_s);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(QRegularExpression(u"^r\\.binhyen\\.replaced-\\d{8}-\\d{6}$"_s)
                     .match(aside.first())
                     .hasMatch(),
                 qPrintable(aside.first()));
        QVERIFY2(r.message().contains(aside.first()), r.err.constData());
        QCOMPARE(queryFile(file(aside.first()), file(u"r.key"_s),
                           "SELECT count(*) FROM settings WHERE key = 'cli_test'"),
                 u"1"_s);
    }

    void restoreRefusesADamagedBackup() {
        QVERIFY(create(u"d"_s));
        const QString copy = backup(u"d"_s);
        QVERIFY(!copy.isEmpty());
        const QString bad = file(u"d-bad.binhyen-backup"_s);
        QVERIFY(QFile::copy(copy, bad));
        QVERIFY2(QFileInfo(bad).size() > 8192 + 500 + 64, "the backup is too small to damage");
        QVERIFY(damage(bad, 8192 + 500, 64));
        const QByteArray before = readAll(file(u"d.binhyen"_s));
        Run r = restore(u"d"_s, bad);
        QCOMPARE(r.code, 7);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(readAll(file(u"d.binhyen"_s)), before);
        QVERIFY(replaced(u"d"_s).isEmpty());
        // A missing backup: invalid input, nothing changed either.
        r = restore(u"d"_s, file(u"no-such.binhyen-backup"_s));
        QCOMPARE(r.code, 2);
        QCOMPARE(readAll(file(u"d.binhyen"_s)), before);
        // The undamaged copy still restores.
        QCOMPARE(restore(u"d"_s, copy).code, 0);
    }

    void restoreIsRefusedWhileAWindowHasTheRegister() {
        QVERIFY(create(u"w"_s));
        const QString reg = file(u"w.binhyen"_s);
        const QString copy = backup(u"w"_s);
        QVERIFY(!copy.isEmpty());
        QProcess window;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& kv : noKeychainEnv(m_dir))
            env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(BINHYEN_BINARY),
                     {u"--register"_s, reg, u"--key-file"_s, file(u"w.key"_s)});
        QVERIFY(window.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(reg + u".lock"_s) || window.state() == QProcess::NotRunning, 60000);
        QVERIFY2(window.state() == QProcess::Running, window.readAllStandardError().constData());

        // The window writes to its register (automatic backup), so the file's identity tells
        // whether it was replaced.
        const quint64 inode = inodeOf(reg);
        const Run r = restore(u"w"_s, copy);
        // A backup works while the window is open.
        Run b;
        const QString second = backup(u"w"_s, &b);
        window.kill();
        window.waitForFinished(10000);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.message().contains(u"cửa sổ"_s), r.err.constData());
        QCOMPARE(inodeOf(reg), inode);
        QVERIFY(replaced(u"w"_s).isEmpty());
        QVERIFY2(!second.isEmpty(), b.err.constData());
    }

    void aDamagedRegisterIsReported() {
        QVERIFY(create(u"t"_s));
        const QString copy = backup(u"t"_s); // also leaves the register written out in its file
        QVERIFY(!copy.isEmpty());
        const QString reg = file(u"t.binhyen"_s);
        QVERIFY(!QFileInfo::exists(reg + u"-wal"_s) || QFileInfo(reg + u"-wal"_s).size() == 0);
        const qint64 size = QFileInfo(reg).size();
        QVERIFY(size > 1000);
        QVERIFY(QFile::resize(reg, size - 1000));
        Run r;
        QVERIFY(backup(u"t"_s, &r).isEmpty());
        QCOMPARE(r.code, 4);
        QVERIFY2(r.message().contains(u"hỏng"_s), r.err.constData());
        // It can still be restored from its backup (the key comes from --key-file).
        r = restore(u"t"_s, copy);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!backup(u"t"_s).isEmpty());
    }

    void demoRegister() {
        const Run r =
            run({u"demo"_s, u"--register"_s, file(u"demo.binhyen"_s), u"--recovery-key-out"_s,
                 file(u"demo.recovery"_s), u"--register-key-out"_s, file(u"demo.key"_s)});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.message().contains(u"Đã tạo sổ trình diễn"_s), r.err.constData());
        QVERIFY(
            QRegularExpression(u"^[0-9a-f]{32}\n$"_s).match(QString::fromLatin1(r.out)).hasMatch());
        QVERIFY(!backup(u"demo"_s).isEmpty());
        QCOMPARE(query(u"demo"_s, "SELECT count(*) FROM places"), u"40"_s);
        // An empty register has none: the count above comes from the demo.
        QVERIFY(create(u"empty"_s));
        QCOMPARE(query(u"empty"_s, "SELECT count(*) FROM places"), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
