// Checks at logon: the audit trail from the last checkpoint and the identity keys; an alarm is
// recorded and shown to the chiefs, and no checkpoint is signed over a trail that does not check.
#include "models/security/LogonService.h"
#include "tests/support/AuditFixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;

namespace {

SecretBytes demoPassword() {
    QByteArray bytes("BinhYen-demo-2020");
    return SecretBytes::takeFrom(bytes);
}

qint64 count(QSqlDatabase db, const QString& sql) {
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

class TestLogonAlarm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanTrailSignsACheckpoint() {
        AuditStation s;
        const qint64 before =
            count(s.db(), QStringLiteral("SELECT count(*) FROM audit_checkpoints"));
        LogonService service(s.db(), s.clock);
        auto chief = service.logon(QStringLiteral("truong"), demoPassword());
        QVERIFY2(chief.ok(), qPrintable(chief.error().text()));
        QVERIFY2(service.alarms().isEmpty(), qPrintable(service.alarms().join(u'\n')));
        QCOMPARE(count(s.db(), QStringLiteral("SELECT count(*) FROM audit_checkpoints")),
                 before + 1);
    }

    // Persons became audited records with migration 7: those already in an upgraded register are
    // vouched for by the first chief who logs on, and the full check is intact afterwards.
    void upgradedRecordsAreVouchedForAtTheChiefsLogon() {
        AuditStation s;
        insider::exec(s.db(), QStringLiteral("INSERT INTO persons (full_name, birth_year) VALUES "
                                             "('Lâm Văn Tới', 1982)"));
        auto before = s.audit().verify(nullptr);
        QVERIFY(before.ok());
        QVERIFY(!before.value().intact); // a person with no audit row
        insider::exec(s.db(), QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                             "('audit.baseline_pending', 'migration-7')"));
        LogonService officerLogon(s.db(), s.clock);
        QByteArray officerPassword("Tam-thoi-2020");
        QVERIFY(officerLogon.logon(QStringLiteral("canbo1"), SecretBytes::takeFrom(officerPassword))
                    .ok());
        QCOMPARE(count(s.db(), QStringLiteral("SELECT count(*) FROM settings WHERE key = "
                                              "'audit.baseline_pending'")),
                 1); // only a chief vouches
        LogonService service(s.db(), s.clock);
        QVERIFY(service.logon(QStringLiteral("truong"), demoPassword()).ok());
        QVERIFY2(service.alarms().isEmpty(), qPrintable(service.alarms().join(u'\n')));
        QCOMPARE(count(s.db(), QStringLiteral("SELECT count(*) FROM settings WHERE key = "
                                              "'audit.baseline_pending'")),
                 0);
        QCOMPARE(count(s.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                              "'record.baseline' AND detail LIKE '%migration-7%'")),
                 1);
        auto after = s.audit().verify(nullptr);
        QVERIFY(after.ok());
        QVERIFY2(after.value().intact, qPrintable(after.value().problem));
    }

    void tipEditedBySqlRaisesAnAlarm() {
        AuditStation s;
        insider::exec(
            s.db(),
            QStringLiteral("UPDATE tips SET summary = 'Sửa lén' WHERE id = %1").arg(s.tipId));
        const qint64 before =
            count(s.db(), QStringLiteral("SELECT count(*) FROM audit_checkpoints"));
        LogonService service(s.db(), s.clock);
        auto chief = service.logon(QStringLiteral("truong"), demoPassword());
        QVERIFY(chief.ok()); // the chief gets in, to investigate
        QVERIFY(!service.alarms().isEmpty());
        QCOMPARE(count(s.db(), QStringLiteral("SELECT count(*) FROM audit_checkpoints")), before);
        QCOMPARE(count(s.db(), QStringLiteral(
                                   "SELECT count(*) FROM audit_log WHERE action = 'audit.alarm'")),
                 1);
    }

    void replacedIdentityKeyRaisesAnAlarm() {
        AuditStation s;
        QByteArray other(32, '\x42');
        QSqlQuery q(s.db());
        q.prepare(
            QStringLiteral("UPDATE station_keys SET public_key = ? WHERE purpose = 'identity'"));
        q.addBindValue(other);
        QVERIFY(q.exec());
        LogonService service(s.db(), s.clock);
        QVERIFY(service.logon(QStringLiteral("truong"), demoPassword()).ok());
        QVERIFY(!service.alarms().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLogonAlarm)
#include "tst_logon_alarm.moc"
