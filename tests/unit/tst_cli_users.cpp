// docs/CLI.md, acting as a user, through the real binhyen executable: init setting up the station
// and its first chief, --user with the password from BINHYEN_PASSWORD (wrong: 3; locked: 5),
// restore reserved to a chief, and the demo register: its accounts, the 20:30 caller nowhere in
// clear in a full .dump, `audit verify` passing on it and failing on a copy whose audit chain was
// rewritten after a row was deleted. Every run has no keychain (a session bus that does not
// exist) and a scratch HOME.
#include "models/security/AuditChain.h"
#include "models/security/KeyFiles.h"
#include "models/store/Register.h"
#include "tests/support/TempRegister.h"

#include <QDir>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

namespace binhyen::test {
namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

const QString kDemoPassword = u"BinhYen-demo-2020"_s;
const QString kChiefPassword = u"Mat-khau-2024!"_s;

QStringList withPassword(const QString& password) {
    return {u"BINHYEN_PASSWORD="_s + password};
}

// Lower case without diacritics ("Nguyễn Văn Tư" → "nguyen van tu").
QString folded(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        out.append(c == u'đ' || c == u'Đ' ? u'd' : c.toLower());
    }
    return out;
}

// As an insider with the register key: drops the audit triggers, deletes the sixth row and
// recomputes every later hash with the documented formula (models/security/AuditChain.h).
bool rewriteAfterDeleting(QSqlDatabase db) {
    QSqlQuery q(db);
    if (!q.exec(u"DROP TRIGGER audit_log_no_update"_s) ||
        !q.exec(u"DROP TRIGGER audit_log_no_delete"_s) ||
        !q.exec(u"SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET 5"_s) || !q.next())
        return false;
    const QString victim = q.value(0).toString();
    if (!q.exec(u"DELETE FROM audit_log WHERE id = "_s + victim) ||
        !q.exec(u"SELECT hash FROM audit_log WHERE id < "_s + victim +
                u" ORDER BY id DESC LIMIT 1"_s) ||
        !q.next())
        return false;
    QByteArray prev = q.value(0).toByteArray();
    if (!q.exec(u"SELECT id, at, user_id, action, object_type, object_id, detail, record_hash, "
                "key_id, monotonic_ms FROM audit_log WHERE id > "_s +
                victim + u" ORDER BY id"_s))
        return false;
    int rewritten = 0;
    while (q.next()) {
        auditchain::ChainRow row;
        row.prevHash = prev;
        row.at = q.value(1).toString();
        row.userId = q.value(2).toLongLong();
        row.action = q.value(3).toString();
        row.objectType = q.value(4).toString();
        row.objectId = q.value(5).toLongLong();
        row.detail = q.value(6).toString();
        row.recordHash = q.value(7).toByteArray();
        row.keyId = q.value(8).toLongLong();
        row.monotonicMs = q.value(9).toLongLong();
        const QByteArray hash = auditchain::rowHash(row);
        QSqlQuery u(db);
        u.prepare(u"UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?"_s);
        u.addBindValue(prev);
        u.addBindValue(hash);
        u.addBindValue(q.value(0).toLongLong());
        if (!u.exec())
            return false;
        prev = hash;
        ++rewritten;
    }
    return rewritten > 0;
}

} // namespace
} // namespace binhyen::test

class TestCliUsers : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_folders = 0;

    QString file(const QString& name) const { return m_dir.filePath(name); }
    Run run(const QStringList& args, const QStringList& env = {}) const {
        const QStringList base{u"DBUS_SESSION_BUS_ADDRESS=unix:path="_s + file(u"no-bus"_s),
                               u"HOME="_s + file(u"home"_s),
                               u"XDG_DATA_HOME="_s + file(u"home/data"_s),
                               u"XDG_CONFIG_HOME="_s + file(u"home/config"_s),
                               u"LANG=en_US.UTF-8"_s,
                               u"LANGUAGE=en_US:en"_s};
        Run r;
        r.code = runBinhyen(args, &r.out, &r.err, base + env);
        return r;
    }
    QStringList initArgs(const QString& name) const {
        return {u"init"_s,
                u"--register"_s,
                file(name + u".binhyen"_s),
                u"--recovery-key-out"_s,
                file(name + u".recovery"_s),
                u"--register-key-out"_s,
                file(name + u".key"_s),
                u"--station-name"_s,
                u"CÔNG AN XÃ LONG HẢI"_s,
                u"--parent-body"_s,
                u"CÔNG AN THÀNH PHỐ HỒ CHÍ MINH"_s,
                u"--commune-code"_s,
                u"26734"_s,
                u"--province-code"_s,
                u"79"_s,
                u"--place-name"_s,
                u"Long Hải"_s,
                u"--hamlets"_s,
                u"Ấp Hải Trung;Khu phố Hải Hà; ;Thôn Phước Trung"_s,
                u"--chief-user"_s,
                u"chihuy"_s,
                u"--chief-name"_s,
                u"Trần Văn Chỉ"_s};
    }
    // backup NAME.binhyen into a new folder, as `user` with `password` ("" user: none).
    Run backup(const QString& name, const QString& user, const QString& password) {
        QStringList args{u"backup"_s,
                         u"--register"_s,
                         file(name + u".binhyen"_s),
                         u"--key-file"_s,
                         file(name + u".key"_s),
                         u"--to"_s,
                         file(u"backups-"_s + QString::number(++m_folders))};
        if (!user.isEmpty())
            args << u"--user"_s << user;
        return run(args, withPassword(password));
    }
    Run restore(const QString& name, const QString& from, const QString& user) const {
        QStringList args{u"restore"_s,
                         u"--register"_s,
                         file(name + u".binhyen"_s),
                         u"--key-file"_s,
                         file(name + u".key"_s),
                         u"--from"_s,
                         from};
        if (!user.isEmpty())
            args << u"--user"_s << user;
        return run(args, withPassword(kDemoPassword));
    }
    Run auditVerify(const QString& reg, const QString& key) const {
        return run({u"audit"_s, u"verify"_s, u"--register"_s, reg, u"--key-file"_s, key});
    }
    // `sql` run in the upstream sqlcipher shell on `reg`, opened with `key sqlcipher-shell`.
    QByteArray shell(const QString& reg, const QString& key, const QByteArray& sql) const {
        const Run stmts =
            run({u"key"_s, u"sqlcipher-shell"_s, u"--register"_s, reg, u"--key-file"_s, key});
        if (stmts.code != 0)
            return "error: " + stmts.err;
        QByteArray out;
        QByteArray err;
        const int code = runProgram(QStringLiteral(BINHYEN_SQLCIPHER_SHELL), {reg}, &out, &err,
                                    stmts.out + "\nSELECT '@@begin';\n" + sql);
        const qsizetype begin = out.indexOf("@@begin\n");
        if (code != 0 || begin < 0)
            return "error: " + out + err;
        return out.mid(begin + 8);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(BINHYEN_SQLCIPHER_SHELL)).isExecutable(),
                 BINHYEN_SQLCIPHER_SHELL);
        const Run r =
            run({u"demo"_s, u"--register"_s, file(u"demo.binhyen"_s), u"--recovery-key-out"_s,
                 file(u"demo.recovery"_s), u"--register-key-out"_s, file(u"demo.key"_s)});
        QVERIFY2(r.code == 0, r.err.constData());
    }

    void lockedOutChiefIsRestoredWithTheRecoveryKey() {
        Run r = run(initArgs(u"rk"_s), withPassword(kChiefPassword));
        QVERIFY2(r.code == 0, r.err.constData());
        for (int i = 0; i < 5; ++i)
            backup(u"rk"_s, u"chihuy"_s, u"Sai-mat-khau-1"_s);
        QCOMPARE(backup(u"rk"_s, u"chihuy"_s, kChiefPassword).code, 5); // locked out
        const QStringList recover{u"account"_s,
                                  u"recover"_s,
                                  u"--register"_s,
                                  file(u"rk.binhyen"_s),
                                  u"--recovery-key-file"_s,
                                  file(u"rk.recovery"_s),
                                  u"--user"_s,
                                  u"chihuy"_s};
        // Another register's recovery key does not restore this chief.
        QVERIFY(run(initArgs(u"other"_s), withPassword(kChiefPassword)).code == 0);
        QStringList wrong = recover;
        wrong[5] = file(u"other.recovery"_s);
        QVERIFY(run(wrong, withPassword(u"Moi-Sau-Khoa-2026"_s)).code != 0);
        QCOMPARE(run(recover, withPassword(u"yeu"_s)).code, 2); // a weak new password
        r = run(recover, withPassword(u"Moi-Sau-Khoa-2026"_s));
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(backup(u"rk"_s, u"chihuy"_s, u"Moi-Sau-Khoa-2026"_s).code, 0);
        QCOMPARE(backup(u"rk"_s, u"chihuy"_s, kChiefPassword).code, 3);
        QCOMPARE(auditVerify(file(u"rk.binhyen"_s), file(u"rk.key"_s)).code, 0);
    }

    void initSetsUpTheStationAndItsChief() {
        Run r = run(initArgs(u"st"_s), withPassword(kChiefPassword));
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.err.contains("chihuy"), r.err.constData());
        const QByteArray rows =
            shell(file(u"st.binhyen"_s), file(u"st.key"_s),
                  "SELECT unit_name || '|' || place_name || '|' || commune_code FROM "
                  "station_identity;\nSELECT kind || ':' || name FROM places ORDER BY id;\n"
                  "SELECT username || '|' || role FROM users;\n");
        QCOMPARE(QString::fromUtf8(rows),
                 u"CÔNG AN XÃ LONG HẢI|Long Hải|26734\nap:Hải Trung\nkhu_pho:Hải Hà\n"
                 "thon:Phước Trung\nchihuy|chief\n"_s);
        // The chief logs on: right password 0, wrong 3; and the trail verifies.
        r = backup(u"st"_s, u"chihuy"_s, kChiefPassword);
        QVERIFY2(r.code == 0, r.err.constData());
        r = backup(u"st"_s, u"chihuy"_s, u"Sai-mat-khau-1"_s);
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.isEmpty());
        r = backup(u"st"_s, u"khongco"_s, kChiefPassword);
        QCOMPARE(r.code, 3);
        r = auditVerify(file(u"st.binhyen"_s), file(u"st.key"_s));
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        // Without the chief options init stays as before: no account.
        r = run({u"init"_s, u"--register"_s, file(u"plain.binhyen"_s), u"--recovery-key-out"_s,
                 file(u"plain.recovery"_s), u"--register-key-out"_s, file(u"plain.key"_s)});
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(
            shell(file(u"plain.binhyen"_s), file(u"plain.key"_s), "SELECT count(*) FROM users;\n"),
            QByteArray("0\n"));
    }

    void initRefusesIncompleteOrWeakSetUp() {
        QStringList args = initArgs(u"bad"_s);
        args.removeAt(args.indexOf(u"--chief-name"_s) + 1);
        args.removeAll(u"--chief-name"_s);
        QCOMPARE(run(args, withPassword(kChiefPassword)).code, 1);
        args = initArgs(u"bad"_s);
        args.removeAt(args.indexOf(u"--parent-body"_s) + 1);
        args.removeAll(u"--parent-body"_s);
        QCOMPARE(run(args, withPassword(kChiefPassword)).code, 1);
        const Run weak = run(initArgs(u"bad"_s), withPassword(u"ngan"_s));
        QCOMPARE(weak.code, 2);
        QVERIFY2(weak.err.contains("10"), weak.err.constData());
        QVERIFY(!QFileInfo::exists(file(u"bad.binhyen"_s)));
        QVERIFY(!QFileInfo::exists(file(u"bad.recovery"_s)));
        // The password is never an argument.
        args = initArgs(u"bad"_s) << u"--password"_s << kChiefPassword;
        QCOMPARE(run(args).code, 1);
    }

    void restoreIsForAChief() {
        Run r = backup(u"demo"_s, QString(), QString());
        QVERIFY2(r.code == 0, r.err.constData());
        const QString copy = QString::fromUtf8(r.out).trimmed();
        r = restore(u"demo"_s, copy, QString());
        QCOMPARE(r.code, 1);
        r = restore(u"demo"_s, copy, u"canbo1"_s);
        QCOMPARE(r.code, 5);
        r = restore(u"demo"_s, copy, u"thanhtra"_s);
        QCOMPARE(r.code, 5);
        QVERIFY(QDir(m_dir.path()).entryList({u"demo.binhyen.replaced-*"_s}).isEmpty());
        r = restore(u"demo"_s, copy, u"truong"_s);
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(QDir(m_dir.path()).entryList({u"demo.binhyen.replaced-*"_s}).size(), 1);
        // The restore is in the restored register's trail, which still verifies.
        QVERIFY(shell(file(u"demo.binhyen"_s), file(u"demo.key"_s),
                      "SELECT count(*) FROM audit_log WHERE action = 'backup.restore';\n")
                    .startsWith("1\n"));
        r = auditVerify(file(u"demo.binhyen"_s), file(u"demo.key"_s));
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
    }

    void fiveWrongPasswordsLockTheAccount() {
        Run r = backup(u"demo"_s, QString(), QString());
        QVERIFY2(r.code == 0, r.err.constData());
        const QString reg = file(u"lock.binhyen"_s);
        QVERIFY(QFile::copy(QString::fromUtf8(r.out).trimmed(), reg));
        QVERIFY(QFile::copy(file(u"demo.key"_s), file(u"lock.key"_s)));
        for (int i = 1; i <= 4; ++i)
            QCOMPARE(backup(u"lock"_s, u"canbo2"_s, u"Sai-mat-khau-1"_s).code, 3);
        QCOMPARE(backup(u"lock"_s, u"canbo2"_s, u"Sai-mat-khau-1"_s).code, 5);
        r = backup(u"lock"_s, u"canbo2"_s, kDemoPassword);
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains("locked"), r.err.constData());
        QCOMPARE(backup(u"lock"_s, u"canbo1"_s, kDemoPassword).code, 0);
        // An account without a password (the deputy chief of the story) cannot log on.
        QCOMPARE(backup(u"lock"_s, u"hang.ltt"_s, kDemoPassword).code, 5);
        QVERIFY(shell(reg, file(u"lock.key"_s),
                      "SELECT count(*) >= 5 FROM audit_log WHERE action = 'logon.failed';\n")
                    .startsWith("1\n"));
    }

    void demoDumpHasNoCallerInClear() {
        const QByteArray dump = shell(file(u"demo.binhyen"_s), file(u"demo.key"_s), ".dump\n");
        QVERIFY2(!dump.startsWith("error"), dump.constData());
        const QString text = QString::fromUtf8(dump);
        QVERIFY2(text.contains(u"Cây Cám"_s) && text.contains(u"INSERT INTO"_s) &&
                     text.contains(u"audit_log"_s),
                 "not a full dump");
        QVERIFY(!text.contains(kDemoPassword));
        // Names: as written and folded (no diacritics, any case), as whole words ("Nguyễn Văn
        // Tùng", a generated name, is someone else).
        auto pattern = [](const QString& who) {
            return QRegularExpression(u"\\b"_s + folded(who).replace(u' ', u"\\s+"_s) + u"\\b"_s);
        };
        QVERIFY(pattern(u"Nguyễn Văn Tư"_s).match(folded(u"Gọi: NGUYỄN  VĂN TƯ."_s)).hasMatch());
        QVERIFY(!pattern(u"Nguyễn Văn Tư"_s).match(folded(u"Nguyễn Văn Tùng"_s)).hasMatch());
        const QString plain = folded(text);
        for (const QString& who :
             {u"Nguyễn Văn Tư"_s, u"Trần Thị Bích Ngọc"_s, u"Lê Hữu Phước"_s}) {
            QVERIFY2(!text.contains(who, Qt::CaseInsensitive), qPrintable(who));
            const QRegularExpressionMatch found = pattern(who).match(plain);
            QVERIFY2(!found.hasMatch(), qPrintable(plain.mid(found.capturedStart() - 80, 200)));
        }
        // The number in any spelling: 0909 123 456, 0909123456, 0909.123.456, +84909123456 …
        for (const QString& spelling : {u"0909123456"_s, u"0909 123 456"_s, u"+84909123456"_s,
                                        u"84909123456"_s, u"0909.123.456"_s}) {
            QVERIFY2(!text.contains(spelling), qPrintable(spelling));
        }
        QString digits = text;
        digits.remove(QRegularExpression(u"[\\s.\\-()]"_s));
        QVERIFY(!digits.contains(u"909123456"_s));
        QVERIFY(!digits.contains(u"918555012"_s));
    }

    void auditVerifyCatchesARewrittenChain() {
        Run r = auditVerify(file(u"demo.binhyen"_s), file(u"demo.key"_s));
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());
        r = backup(u"demo"_s, QString(), QString());
        QVERIFY2(r.code == 0, r.err.constData());
        const QString reg = file(u"tampered.binhyen"_s);
        QVERIFY(QFile::copy(QString::fromUtf8(r.out).trimmed(), reg));
        QCOMPARE(auditVerify(reg, file(u"demo.key"_s)).code, 0);

        auto key = keyfiles::readRegisterKeyFile(file(u"demo.key"_s));
        QVERIFY(key);
        {
            auto opened = Register::open(reg, key.take());
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().text()));
            QVERIFY(rewriteAfterDeleting(opened.value()->database()));
            opened.value()->closeThreadConnection();
        }
        r = auditVerify(reg, file(u"demo.key"_s));
        QCOMPARE(r.code, 7);
        QVERIFY2(r.out.contains("BROKEN"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cli_users.moc"
