// The command-line contract of docs/CLI.md, driven through the real binhyen executable: init and
// its files, argument parsing, usage errors, the recovery sheet, message language, where the key
// comes from, sqlcipher-shell, rekey and recover. Backup and restore: tst_cli_backup.cpp.
// Every run has no keychain (a session bus that does not exist) and a scratch HOME.
#include "models/store/RegisterFile.h"
#include "tests/support/TempRegister.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
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

const QStringList kEnglish{u"LANG=en_US.UTF-8"_s, u"LANGUAGE=en_US:en"_s};

// binhyen with no reachable keychain and a scratch HOME; Vietnamese unless `env` says otherwise.
Run binhyenIn(const QTemporaryDir& dir, const QStringList& args, const QStringList& env = {}) {
    const QStringList base{u"DBUS_SESSION_BUS_ADDRESS=unix:path="_s + dir.filePath(u"no-bus"_s),
                           u"HOME="_s + dir.filePath(u"home"_s),
                           u"XDG_DATA_HOME="_s + dir.filePath(u"home/data"_s),
                           u"XDG_CONFIG_HOME="_s + dir.filePath(u"home/config"_s),
                           u"LANG=vi_VN.UTF-8"_s,
                           u"LANGUAGE=vi"_s};
    Run r;
    r.code = runBinhyen(args, &r.out, &r.err, base + env);
    return r;
}

int modeOf(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QString firstLine(const QString& path) {
    return QString::fromLatin1(readAll(path).split('\n').value(0));
}

QString tool(const QString& program, const QStringList& args) {
    QByteArray out;
    runProgram(program, args, &out);
    return QString::fromUtf8(out);
}

QString withoutSpaces(QString text) {
    return text.remove(QRegularExpression(u"\\s+"_s));
}

// The nine groups of four Crockford base-32 characters of a recovery key.
const QRegularExpression kRecoveryKey(u"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){8}$"_s);
const QRegularExpression kRegisterKey(u"^[0-9a-f]{64}$"_s);

} // namespace
} // namespace binhyen::test

class TestCli : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_backups = 0;

    QString file(const QString& name) const { return m_dir.filePath(name); }
    Run run(const QStringList& args, const QStringList& env = {}) const {
        return binhyenIn(m_dir, args, env);
    }
    // init NAME.binhyen with NAME.recovery and NAME.key; returns the register id ("" on failure).
    QString init(const QString& name) const {
        const Run r =
            run({u"init"_s, u"--register"_s, file(name + u".binhyen"_s), u"--recovery-key-out"_s,
                 file(name + u".recovery"_s), u"--register-key-out"_s, file(name + u".key"_s)});
        if (r.code != 0)
            qWarning("init %s: exit %d: %s", qPrintable(name), r.code, r.err.constData());
        return r.code == 0 ? QString::fromLatin1(r.out.trimmed()) : QString();
    }
    // backup into a new folder each time (two backups in one second would share a name).
    int backupWith(const QString& reg, const QString& key, QByteArray* err = nullptr) {
        const Run r = run({u"backup"_s, u"--register"_s, reg, u"--key-file"_s, key, u"--to"_s,
                           file(u"backups/"_s + QString::number(++m_backups))});
        if (err)
            *err = r.err;
        return r.code;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(BINHYEN_BINARY)).isExecutable(), BINHYEN_BINARY);
        QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty(),
                 "poppler-utils is needed");
    }

    void initWritesTheRegisterAndItsKeys() {
        const QString reg = file(u"a.binhyen"_s), rec = file(u"a.recovery"_s),
                      key = file(u"a.key"_s);
        const Run r = run({u"init"_s, u"--register"_s, reg, u"--recovery-key-out"_s, rec,
                           u"--register-key-out"_s, key});
        QVERIFY2(r.code == 0, r.err.constData());
        // Data on stdout (the id, nothing else), messages on stderr.
        QVERIFY2(
            QRegularExpression(u"^[0-9a-f]{32}\n$"_s).match(QString::fromLatin1(r.out)).hasMatch(),
            r.out.constData());
        QCOMPARE(QString::fromLatin1(r.out.trimmed()), registerfile::readId(reg).value());
        QVERIFY(r.message().contains(u"Đã tạo sổ: "_s + reg));
        QVERIFY2(kRecoveryKey.match(firstLine(rec)).hasMatch(), qPrintable(firstLine(rec)));
        QVERIFY2(kRegisterKey.match(firstLine(key)).hasMatch(), qPrintable(firstLine(key)));
        for (const QString& f : {reg, rec, key})
            QCOMPARE(modeOf(f), 0600);
        QVERIFY(!readAll(reg).startsWith("SQLite format 3"));
        // A second register gets a different recovery key and id.
        const QString other = init(u"a2"_s);
        QVERIFY(!other.isEmpty());
        QVERIFY(other != QString::fromLatin1(r.out.trimmed()));
        QVERIFY(firstLine(file(u"a2.recovery"_s)) != firstLine(rec));
    }

    void initNeverOverwrites_data() {
        QTest::addColumn<QString>("existing");
        QTest::newRow("register") << u"register"_s;
        QTest::newRow("recovery key") << u"recovery"_s;
        QTest::newRow("register key") << u"key"_s;
        QTest::newRow("recovery sheet") << u"sheet"_s;
    }
    void initNeverOverwrites() {
        QFETCH(QString, existing);
        const QString prefix = u"ow-"_s + existing + u"."_s;
        const QStringList kinds{u"register"_s, u"recovery"_s, u"key"_s, u"sheet"_s};
        const QByteArray content = "already here\n" + existing.toLatin1();
        QFile f(file(prefix + existing));
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) == content.size());
        f.close();
        const Run r =
            run({u"init"_s, u"--register"_s, file(prefix + kinds[0]), u"--recovery-key-out"_s,
                 file(prefix + kinds[1]), u"--register-key-out"_s, file(prefix + kinds[2]),
                 u"--recovery-sheet-out"_s, file(prefix + kinds[3])});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.message().contains(u"không bao giờ ghi đè"_s), r.err.constData());
        QCOMPARE(readAll(file(prefix + existing)), content);
        for (const QString& kind : kinds) {
            if (kind != existing)
                QVERIFY2(!QFileInfo::exists(file(prefix + kind)), qPrintable(kind));
        }
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        const QString f = file(u"usage.binhyen"_s), r = file(u"usage.recovery"_s);
        QTest::newRow("no --register") << QStringList{u"init"_s, u"--recovery-key-out"_s, r};
        QTest::newRow("no --recovery-key-out") << QStringList{u"init"_s, u"--register"_s, f};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s, u"--register"_s, f};
        QTest::newRow("unknown key command")
            << QStringList{u"key"_s, u"frobnicate"_s, u"--register"_s, f};
        QTest::newRow("option without value")
            << QStringList{u"init"_s, u"--register"_s, f, u"--recovery-key-out"_s};
        QTest::newRow("unknown option")
            << QStringList{u"init"_s, u"--register"_s,        f,           u"--recovery-key-out"_s,
                           r,         u"--register-keyout"_s, file(u"k"_s)};
        QTest::newRow("backup without --to") << QStringList{u"backup"_s, u"--register"_s, f};
    }
    void usageErrors() {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.message().contains(u"binhyen help"_s), r.err.constData());
        QVERIFY(!QFileInfo::exists(file(u"usage.binhyen"_s)));
        QVERIFY(!QFileInfo::exists(file(u"usage.recovery"_s)));
    }

    void optionsAndWordsInAnyOrder() {
        const QString f = file(u"order.binhyen"_s), r = file(u"order.recovery"_s);
        Run res = run({u"--register"_s, f, u"init"_s, u"--recovery-key-out"_s, r});
        QVERIFY2(res.code == 0, res.err.constData());
        QVERIFY(QFileInfo::exists(f) && kRecoveryKey.match(firstLine(r)).hasMatch());
        const QString f2 = file(u"eq.binhyen"_s), k2 = file(u"eq.key"_s);
        res = run({u"--register="_s + f2, u"--recovery-key-out="_s + file(u"eq.recovery"_s),
                   u"init"_s, u"--register-key-out="_s + k2});
        QVERIFY2(res.code == 0, res.err.constData());
        QVERIFY(kRegisterKey.match(firstLine(k2)).hasMatch());
        res = run({u"--register"_s, f2, u"key"_s, u"--key-file="_s + k2, u"sqlcipher-shell"_s});
        QVERIFY2(res.code == 0, res.err.constData());
        QVERIFY(res.out.startsWith("PRAGMA key"));
    }

    void recoverySheetIsAOnePagePdf() {
        const QString pdf = file(u"sheet.pdf"_s), rec = file(u"sheet.recovery"_s);
        const Run r = run({u"init"_s, u"--recovery-sheet-out"_s, pdf, u"--register"_s,
                           file(u"sheet.binhyen"_s), u"--recovery-key-out"_s, rec},
                          {u"QT_QPA_PLATFORM="_s, u"DISPLAY="_s, u"WAYLAND_DISPLAY="_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(modeOf(pdf), 0600); // it holds the recovery key
        QVERIFY(tool(u"pdfinfo"_s, {pdf}).contains(QRegularExpression(u"Pages:\\s+1\n"_s)));
        const QString text = tool(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
        QVERIFY2(text.contains(u"KHÓA KHÔI PHỤC SỔ ĐĂNG KÝ BINHYEN"_s), qPrintable(text));
        QVERIFY2(text.contains(QString::fromLatin1(r.out.trimmed())), qPrintable(text));
        QVERIFY2(withoutSpaces(text).contains(firstLine(rec)), qPrintable(firstLine(rec)));
        const QStringList fonts = tool(u"pdffonts"_s, {pdf}).split(u'\n');
        QVERIFY(fonts.size() > 2);
        const qsizetype emb = fonts.at(0).indexOf(u"emb"_s);
        int count = 0;
        for (const QString& line : fonts.mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            ++count;
            QVERIFY2(line.section(u' ', 0, 0).contains(u"Tinos"_s), qPrintable(line));
            QCOMPARE(line.mid(emb, 3), u"yes"_s);
        }
        QVERIFY(count > 0);
    }

    void messagesFollowTheLanguage() {
        Run r = run({u"frobnicate"_s}, {u"LANG=C.UTF-8"_s, u"LANGUAGE="_s});
        QVERIFY2(r.message().contains(u"Không có lệnh: frobnicate"_s), r.err.constData());
        r = run({u"frobnicate"_s}, kEnglish);
        QVERIFY2(r.message().contains(u"Unknown command: frobnicate"_s), r.err.constData());
        r = run({u"init"_s, u"--register"_s, file(u"en.binhyen"_s), u"--recovery-key-out"_s,
                 file(u"en.recovery"_s)},
                kEnglish);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.message().contains(u"Register created: "_s), r.err.constData());
        QVERIFY(r.message().contains(u"no usable keychain"_s));
        QVERIFY(!r.message().contains(u"Đã tạo"_s));
        // LANG decides when LANGUAGE is set but empty (as gettext does).
        r = run({u"frobnicate"_s}, {u"LANG=en_US.UTF-8"_s, u"LANGUAGE="_s});
        QVERIFY2(r.message().contains(u"Unknown command"_s), r.err.constData());
    }

    void wrongOrMalformedKeys() {
        QVERIFY(!init(u"keys"_s).isEmpty());
        const QString reg = file(u"keys.binhyen"_s);
        const QByteArray before = readAll(reg);
        const QString other = file(u"other.key"_s);
        QFile f(other);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(32, '\x5a').toHex() + '\n');
        f.close();
        QByteArray err;
        QCOMPARE(backupWith(reg, other, &err), 3);
        QCOMPARE(readAll(reg), before);
        Run r = run({u"key"_s, u"sqlcipher-shell"_s, u"--register"_s, reg, u"--key-file"_s, other});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.isEmpty());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray(31, '\x5a').toHex() + "zz\n");
        f.close();
        QCOMPARE(backupWith(reg, other, &err), 2);
        QVERIFY2(QString::fromUtf8(err).contains(u"64"_s), err.constData());
        QCOMPARE(backupWith(reg, file(u"missing.key"_s)), 2);
        QCOMPARE(readAll(reg), before);
        QVERIFY(!QFileInfo::exists(file(u"backups"_s))); // nothing written with a bad key
        QCOMPARE(backupWith(reg, file(u"keys.key"_s)), 0);
    }

    void noKeyAtAll() {
        QVERIFY(!init(u"nokey"_s).isEmpty());
        for (const QStringList& args :
             {QStringList{u"backup"_s, u"--to"_s, file(u"nokey-backups"_s)},
              QStringList{u"key"_s, u"sqlcipher-shell"_s}}) {
            const Run r = run(QStringList{u"--register"_s, file(u"nokey.binhyen"_s)} + args);
            QCOMPARE(r.code, 3);
            QVERIFY(r.out.isEmpty());
            QVERIFY2(r.message().contains(u"binhyen key recover"_s), r.err.constData());
            QVERIFY(r.message().contains(u"kho khóa"_s)); // the keychain is missing: a warning
        }
        QVERIFY(!QFileInfo::exists(file(u"nokey-backups"_s)));
    }

    void sqlcipherShellOpensTheRegister() {
        QVERIFY(!init(u"shell"_s).isEmpty());
        const QString reg = file(u"shell.binhyen"_s);
        const Run r = run({u"key"_s, u"sqlcipher-shell"_s, u"--register"_s, reg, u"--key-file"_s,
                           file(u"shell.key"_s)});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.startsWith(QByteArray("PRAGMA key = \"x'" +
                                             readAll(file(u"shell.key"_s)).trimmed() + "'\";\n")),
                 "the statements do not carry the register key");
        const QByteArray sql = "SELECT 'count=' || count(*) FROM sqlite_schema;\n";
        QByteArray out;
        QByteArray err;
        const QString shell = QStringLiteral(BINHYEN_SQLCIPHER_SHELL);
        QCOMPARE(runProgram(shell, {reg}, &out, &err, r.out + sql), 0);
        const QRegularExpressionMatch m =
            QRegularExpression(u"count=(\\d+)"_s).match(QString::fromLatin1(out));
        QVERIFY2(m.hasMatch() && m.captured(1).toInt() > 0, QByteArray(out + err).constData());
        // Without the statements the shell cannot read it.
        runProgram(shell, {reg}, &out, &err, sql);
        QVERIFY2(!out.contains("count="), out.constData());
    }

    void rekeyReplacesTheKeys() {
        QVERIFY(!init(u"rk"_s).isEmpty());
        const QString reg = file(u"rk.binhyen"_s), k = file(u"rk.key"_s);
        const QString r2 = file(u"rk2.recovery"_s), k2 = file(u"rk2.key"_s);
        // An existing output file is refused before anything changes.
        QFile taken(r2);
        QVERIFY(taken.open(QIODevice::WriteOnly) && taken.write("mine\n") == 5);
        taken.close();
        Run r = run({u"key"_s, u"rekey"_s, u"--register"_s, reg, u"--key-file"_s, k,
                     u"--recovery-key-out"_s, r2, u"--register-key-out"_s, k2});
        QCOMPARE(r.code, 2);
        QCOMPARE(readAll(r2), QByteArray("mine\n"));
        QVERIFY(!QFileInfo::exists(k2));
        QCOMPARE(backupWith(reg, k), 0);
        QVERIFY(QFile::remove(r2));

        r = run({u"key"_s, u"rekey"_s, u"--register"_s, reg, u"--key-file"_s, k,
                 u"--recovery-key-out"_s, r2, u"--register-key-out"_s, k2});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.message().contains(u"Sổ đã có khóa mới"_s));
        QVERIFY(kRecoveryKey.match(firstLine(r2)).hasMatch());
        QVERIFY(firstLine(r2) != firstLine(file(u"rk.recovery"_s)));
        QVERIFY(kRegisterKey.match(firstLine(k2)).hasMatch());
        QVERIFY(firstLine(k2) != firstLine(k));
        QCOMPARE(modeOf(r2), 0600);
        QCOMPARE(modeOf(k2), 0600);
        QCOMPARE(backupWith(reg, k), 3);
        QCOMPARE(backupWith(reg, k2), 0);
    }

    void recoverNeedsAKeychainAndACorrectKey() {
        QVERIFY(!init(u"rec"_s).isEmpty());
        const QString reg = file(u"rec.binhyen"_s);
        Run r = run({u"key"_s, u"recover"_s, u"--register"_s, reg, u"--recovery-key-file"_s,
                     file(u"rec.recovery"_s)});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.message().contains(u"kho khóa"_s), r.err.constData());
        // One character of the third group mistyped (another valid character).
        QString typo = firstLine(file(u"rec.recovery"_s));
        typo[11] = typo[11] == u'A' ? u'B' : u'A';
        QFile f(file(u"typo.recovery"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(typo.toLatin1() + '\n');
        f.close();
        const QStringList args{u"key"_s,
                               u"recover"_s,
                               u"--register"_s,
                               reg,
                               u"--recovery-key-file"_s,
                               file(u"typo.recovery"_s)};
        r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.message().contains(u"gõ sai"_s), r.err.constData());
        r = run(args, kEnglish);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.message().contains(u"typing mistake"_s), r.err.constData());
    }

    void helpAndVersion() {
        for (const QString& help : {u"help"_s, u"--help"_s}) {
            const Run r = run({help});
            QCOMPARE(r.code, 0);
            for (const char* usage : {"binhyen init --register", "binhyen key rekey",
                                      "binhyen backup --register", "binhyen restore --register"})
                QVERIFY2(r.out.contains(usage), usage);
        }
        const QByteArray project = readAll(QStringLiteral(BINHYEN_SOURCE_DIR "/CMakeLists.txt"));
        const QRegularExpressionMatch version =
            QRegularExpression(u"project\\(BinhYen VERSION ([0-9.]+)"_s)
                .match(QString::fromUtf8(project));
        QVERIFY(version.hasMatch());
        // Headless: no display needed.
        const Run r =
            run({u"--version"_s}, {u"QT_QPA_PLATFORM="_s, u"DISPLAY="_s, u"WAYLAND_DISPLAY="_s});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QString::fromLatin1(r.out), version.captured(1) + u'\n');
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
