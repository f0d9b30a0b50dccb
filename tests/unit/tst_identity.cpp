// Sealed informant identities (issue 3, item 4) in a real encrypted register: who reads them,
// that they never appear in clear in any table, that tampering is detected, and rotation.
#include "models/domain/Clock.h"
#include "models/domain/TextFold.h"
#include "models/repo/accounts/StationKeyRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/identity/IdentityRepo.h"
#include "models/repo/identity/IdentityRepoDetail.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/Crypto.h"
#include "models/security/IdentityCodec.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Session.h"
#include "tests/support/TempRegister.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

SecretBytes pw(const char* text) {
    QByteArray bytes(text);
    return SecretBytes::takeFrom(bytes);
}

InformantIdentity caller() {
    InformantIdentity id;
    id.name = u"Nguyễn Văn Tư"_s;
    id.phone = u"0909 123 456"_s;
    id.address = u"Ấp Cây Cám"_s;
    id.idNumber = u"079080001234"_s;
    id.relationship = u"hàng xóm"_s;
    id.note = u"gọi lúc 20:30"_s;
    id.personId = 7;
    return id;
}

InformantIdentity named(const QString& name) {
    InformantIdentity id;
    id.name = name;
    return id;
}

// One register with two chiefs, an officer, an inspector and tips recorded by the officer.
struct Station {
    test::TempRegister reg;
    FixedClock clock{QDateTime(QDate(2020, 9, 3), QTime(20, 30), Clock::stationZone())};
    QSqlDatabase db = reg.reg->database();
    SecretBytes escrow = KeyDerivation::escrowKey(reg.recovery);
    qint64 chiefId = 0, chief2Id = 0, officerId = 0;
    Session chief, chief2, officer, inspector;

    Station() {
        UserRepo users(db, clock);
        auto first = users.createFirstChief(
            {u"truong"_s, u"Lê Văn Trưởng"_s, u"Thiếu tá"_s, u"Trưởng Công an xã"_s, Role::Chief},
            pw("BinhYen-demo-2020"), escrow);
        QVERIFY2(first.ok(), qPrintable(first.error().text()));
        chiefId = first.value();
        chief = logon(u"truong"_s, "BinhYen-demo-2020");
        chief2Id = account(u"photruong"_s, Role::Chief, "Pho-Truong-2020");
        officerId = account(u"canbo1"_s, Role::Officer, "Can-Bo-Mot-2020");
        account(u"thanhtra"_s, Role::Inspector, "Thanh-Tra-2020");
        chief2 = logon(u"photruong"_s, "Pho-Truong-2020");
        officer = logon(u"canbo1"_s, "Can-Bo-Mot-2020");
        inspector = logon(u"thanhtra"_s, "Thanh-Tra-2020");
    }
    qint64 account(const QString& name, Role role, const char* password) {
        auto id =
            UserRepo(db, clock).createAccount(chief, {name, name, {}, {}, role}, pw(password));
        return id ? id.value() : 0;
    }
    Session logon(const QString& name, const char* password) {
        auto s = UserRepo(db, clock).logon(name, pw(password));
        return s ? s.take() : Session();
    }
    qint64 tip(const QString& summary) {
        NewTip t;
        t.receivedAt = clock.now();
        t.channel = u"phone"_s;
        t.receivingOfficerId = officerId;
        t.summary = summary;
        t.createdBy = officerId;
        t.createdAt = clock.now();
        auto id = TipRepo(db).insert(t);
        return id ? id.value() : 0;
    }
    IdentityRepo identities() { return IdentityRepo(db, clock); }
    QString revealedName(const Session& who, qint64 tipId) {
        auto r = identities().reveal(who, tipId, u"Xác minh lời khai"_s);
        return r ? r.value().name : QStringLiteral("<") + r.error().message + QLatin1Char('>');
    }
};

} // namespace

class TestIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codecRoundTripAndPadding();
    void textMentions();
    void unreadableToOfficerAndInspector();
    void notInAnyTableInClear();
    void readableByChiefWithReason();
    void survivesPasswordChangeAndEscrowReset();
    void pseudonymsSequentialAndReused();
    void mergeInformants();
    void swappedSealedValueDetected();
    void replacedPublicKeyDetected();
    void rotationKeepsEveryChiefReading();
    void rotationNeedsTheRightRecoveryKey();
    void mentionsSealed();
    void sealedTipsReadThroughTheirIndex();
};

void TestIdentity::codecRoundTripAndPadding() {
    const SecretBytes plain = identitycodec::encode(42, caller());
    QCOMPARE(plain.size() % identitycodec::kBlock, 0u);
    auto decoded = identitycodec::decode(plain);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded.value().tipId, 42);
    QCOMPARE(decoded.value().identity.name, caller().name);
    QCOMPARE(decoded.value().identity.note, caller().note);
    QCOMPARE(decoded.value().identity.personId, std::optional<qint64>(7));
    QCOMPARE(identitycodec::encode(1, named(u"An"_s)).size(), identitycodec::encode(1, {}).size());
    SecretBytes bad = SecretBytes::random(256);
    QVERIFY(!identitycodec::decode(bad).ok());
}

void TestIdentity::textMentions() {
    QCOMPARE(identitycodec::phoneKey(u"+84 909 123 456"_s), u"909123456"_s);
    QVERIFY(identitycodec::textMentions(u"Người gọi: NGUYEN VAN TU, xóm 3"_s, caller()));
    QVERIFY(identitycodec::textMentions(u"sđt 0909.123.456 gọi lại"_s, caller()));
    QVERIFY(identitycodec::textMentions(u"số +84909123456"_s, caller()));
    QVERIFY(!identitycodec::textMentions(u"Nguyễn Văn Tuấn báo mất xe"_s, caller()));
    QVERIFY(!identitycodec::textMentions(u"số 0909 123 457"_s, caller()));
}

void TestIdentity::unreadableToOfficerAndInspector() {
    Station s;
    const qint64 tipId = s.tip(u"Trộm gà"_s);
    auto sealed = s.identities().seal(s.officer, tipId, caller());
    QVERIFY2(sealed.ok(), qPrintable(sealed.error().text()));
    for (const Session* who : {&s.officer, &s.inspector}) {
        auto r = s.identities().reveal(*who, tipId, u"tò mò"_s);
        QCOMPARE(r.error().code, ErrorCode::NotPermitted);
        QCOMPARE(s.identities().textMentionsSealed(*who, u"x"_s).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(s.identities().checkAtChiefLogon(*who).error().code, ErrorCode::NotPermitted);
        QCOMPARE(s.identities().rotateIdentityKey(*who, s.escrow).error().code,
                 ErrorCode::NotPermitted);
    }
    // Inspectors cannot even seal; an officer holds no copy of the identity secret at all.
    QCOMPARE(s.identities().seal(s.inspector, s.tip(u"b"_s), caller()).error().code,
             ErrorCode::NotPermitted);
    QSqlQuery q(s.db);
    q.prepare(u"SELECT count(*) FROM key_wraps WHERE user_id IN (?, ?)"_s);
    q.addBindValue(s.officerId);
    q.addBindValue(s.inspector.userId());
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestIdentity::notInAnyTableInClear() {
    Station s;
    const qint64 tipId = s.tip(u"Đánh nhau"_s);
    QVERIFY(s.identities().seal(s.officer, tipId, caller()).ok());
    QVERIFY(s.identities().reveal(s.chief, tipId, u"Lập biên bản"_s).ok());
    const QStringList needles = {u"Nguyễn Văn Tư"_s, foldText(u"Nguyễn Văn Tư"_s),
                                 u"Nguyen Van Tu"_s, u"0909 123 456"_s,
                                 u"0909123456"_s,    u"+84909123456"_s,
                                 u"909123456"_s,     u"079080001234"_s};
    QSqlQuery tables(s.db);
    QVERIFY(tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s));
    int cells = 0;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(s.db);
        QVERIFY2(rows.exec(u"SELECT * FROM \"%1\""_s.arg(table)), qPrintable(table));
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c, ++cells) {
                const QVariant v = rows.value(c);
                const QByteArray raw =
                    v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
                const QString folded = foldText(QString::fromUtf8(raw)).remove(QLatin1Char(' '));
                for (const QString& n : needles) {
                    QVERIFY2(!raw.contains(n.toUtf8()), qPrintable(table));
                    QVERIFY2(!folded.contains(foldText(n).remove(QLatin1Char(' '))),
                             qPrintable(table));
                }
            }
        }
    }
    QVERIFY(cells > 100);
}

void TestIdentity::readableByChiefWithReason() {
    Station s;
    const qint64 tipId = s.tip(u"Trộm xe"_s);
    QVERIFY(s.identities().seal(s.officer, tipId, caller()).ok());
    auto noReason = s.identities().reveal(s.chief, tipId, u"   "_s);
    QCOMPARE(noReason.error().code, ErrorCode::InvalidInput);
    auto r = s.identities().reveal(s.chief, tipId, u"Mời làm việc"_s);
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r.value().phone, caller().phone);
    QCOMPARE(r.value().personId, caller().personId);
    QCOMPARE(s.revealedName(s.chief2, tipId), caller().name);
    AuditFilter filter;
    filter.entity = u"tip"_s;
    auto rows = AuditRepo(s.db, s.clock).list(s.chief, filter);
    QVERIFY2(rows.ok(), qPrintable(rows.error().text()));
    QStringList seen;
    for (const AuditRow& row : rows.value()) {
        seen.append(row.action + QLatin1Char(':') + row.detail);
        QVERIFY(!QVariant(row.changes).toString().contains(caller().name));
    }
    QVERIFY2(seen.contains(u"identity.reveal:Mời làm việc"_s), qPrintable(seen.join(u", "_s)));
    QVERIFY(seen.contains(u"identity.seal:"_s));
    QVERIFY(s.identities().checkAtChiefLogon(s.chief).ok());
}

void TestIdentity::survivesPasswordChangeAndEscrowReset() {
    Station s;
    const qint64 tipId = s.tip(u"Cướp giật"_s);
    QVERIFY(s.identities().seal(s.officer, tipId, caller()).ok());
    UserRepo users(s.db, s.clock);
    auto changed = users.changePassword(s.chief, pw("BinhYen-demo-2020"), pw("Doi-Mat-Khau-2021"));
    QVERIFY2(changed.ok(), qPrintable(changed.error().text()));
    QCOMPARE(s.revealedName(s.chief, tipId), caller().name);
    QCOMPARE(s.revealedName(s.logon(u"truong"_s, "Doi-Mat-Khau-2021"), tipId), caller().name);
    // The second chief forgot the password: restored with the recovery key.
    auto reset = users.resetWithEscrow(s.chief2Id, s.escrow, pw("Khoi-Phuc-2022"));
    QVERIFY2(reset.ok(), qPrintable(reset.error().text()));
    QCOMPARE(s.revealedName(s.logon(u"photruong"_s, "Khoi-Phuc-2022"), tipId), caller().name);
}

void TestIdentity::pseudonymsSequentialAndReused() {
    Station s;
    const qint64 a = s.tip(u"a"_s), b = s.tip(u"b"_s), c = s.tip(u"c"_s);
    QCOMPARE(s.identities().seal(s.officer, a, caller()).value(), u"NBT-0001"_s);
    const InformantIdentity other = named(u"Trần Thị Bảy"_s);
    QCOMPARE(s.identities().seal(s.chief, b, other).value(), u"NBT-0002"_s);
    QSqlQuery q(s.db);
    QVERIFY(q.exec(u"SELECT id FROM informants WHERE pseudonym = 'NBT-0001'"_s) && q.next());
    QCOMPARE(s.identities().seal(s.officer, c, caller(), q.value(0).toLongLong()).value(),
             u"NBT-0001"_s);
    QCOMPARE(s.identities().pseudonymOf(c).value(), u"NBT-0001"_s);
    QCOMPARE(s.identities().seal(s.officer, c, caller()).error().code, ErrorCode::Exists);
    QCOMPARE(s.identities().pseudonymOf(s.tip(u"d"_s)).value(), QString());
    QCOMPARE(s.revealedName(s.chief, c), caller().name);
}

void TestIdentity::mergeInformants() {
    Station s;
    const qint64 a = s.tip(u"a"_s), b = s.tip(u"b"_s);
    QVERIFY(s.identities().seal(s.officer, a, caller()).ok());
    QVERIFY(s.identities().seal(s.officer, b, caller()).ok());
    QSqlQuery q(s.db);
    QVERIFY(q.exec(u"SELECT id FROM informants ORDER BY id"_s));
    QVERIFY(q.next());
    const qint64 first = q.value(0).toLongLong();
    QVERIFY(q.next());
    const qint64 second = q.value(0).toLongLong();
    QCOMPARE(s.identities().mergeInformants(s.officer, first, second, u"x"_s).error().code,
             ErrorCode::NotPermitted);
    QCOMPARE(s.identities().mergeInformants(s.chief, first, second, QString()).error().code,
             ErrorCode::InvalidInput);
    auto merged = s.identities().mergeInformants(s.chief, first, second, u"Cùng một người"_s);
    QVERIFY2(merged.ok(), qPrintable(merged.error().text()));
    QCOMPARE(s.identities().pseudonymOf(b).value(), u"NBT-0001"_s);
    QCOMPARE(s.identities().mergeInformants(s.chief, second, first, u"lại"_s).error().code,
             ErrorCode::InvalidInput);
    QCOMPARE(s.revealedName(s.chief, b), caller().name); // tips keep their own sealed values
    QCOMPARE(s.identities().seal(s.officer, s.tip(u"c"_s), caller(), second).value(),
             u"NBT-0001"_s);
}

void TestIdentity::swappedSealedValueDetected() {
    Station s;
    const qint64 a = s.tip(u"a"_s), b = s.tip(u"b"_s);
    QVERIFY(s.identities().seal(s.officer, a, caller()).ok());
    const InformantIdentity other = named(u"Trần Thị Bảy"_s);
    QVERIFY(s.identities().seal(s.officer, b, other).ok());
    QSqlQuery q(s.db);
    QVERIFY(q.exec(u"UPDATE tips SET informant_sealed = (SELECT informant_sealed FROM tips WHERE "
                   "id = %1) WHERE id = %2"_s.arg(a)
                       .arg(b)));
    auto r = s.identities().reveal(s.chief, b, u"Kiểm tra"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::VerificationFailed);
    QVERIFY2(r.error().detail.contains(u"sealed-for=%1"_s.arg(a)), qPrintable(r.error().detail));
    QVERIFY(!r.error().message.contains(caller().name));
    QCOMPARE(s.identities().checkAtChiefLogon(s.chief).error().code, ErrorCode::VerificationFailed);
    QCOMPARE(s.revealedName(s.chief, a), caller().name);
}

void TestIdentity::replacedPublicKeyDetected() {
    Station s;
    const qint64 a = s.tip(u"a"_s);
    QVERIFY(s.identities().seal(s.officer, a, caller()).ok());
    QVERIFY(s.identities().checkAtChiefLogon(s.chief).ok());
    // An insider with the register key plants a public key whose secret only they know.
    const crypto::BoxPair insider = crypto::newBoxPair();
    QSqlQuery q(s.db);
    q.prepare(u"UPDATE station_keys SET public_key = ? WHERE purpose = 'identity'"_s);
    q.addBindValue(insider.publicKey);
    QVERIFY(q.exec());
    auto check = s.identities().checkAtChiefLogon(s.chief2);
    QVERIFY(!check.ok());
    QCOMPARE(check.error().code, ErrorCode::VerificationFailed);
    QCOMPARE(s.identities().rotateIdentityKey(s.chief, s.escrow).error().code,
             ErrorCode::VerificationFailed);
    // Identities sealed meanwhile to the planted key are caught too once the key is put back.
    QVERIFY(s.identities().seal(s.officer, s.tip(u"b"_s), caller()).ok());
    q.prepare(u"UPDATE station_keys SET public_key = ? WHERE purpose = 'identity'"_s);
    q.addBindValue(crypto::boxPublicOf(
        StationKeyRepo(s.db).unwrapForChief(s.chief, StationKeyRepo::Purpose::Identity).value()));
    QVERIFY(q.exec());
    QCOMPARE(s.identities().checkAtChiefLogon(s.chief).error().code, ErrorCode::VerificationFailed);
}

void TestIdentity::rotationKeepsEveryChiefReading() {
    Station s;
    const qint64 a = s.tip(u"a"_s), b = s.tip(u"b"_s);
    QVERIFY(s.identities().seal(s.officer, a, caller()).ok());
    QVERIFY(s.identities().seal(s.officer, b, caller()).ok());
    QSqlQuery q(s.db);
    QVERIFY(q.exec(u"SELECT public_key FROM station_keys WHERE purpose = 'identity'"_s) &&
            q.next());
    const QByteArray oldPublic = q.value(0).toByteArray();
    auto rotated = s.identities().rotateIdentityKey(s.chief, s.escrow);
    QVERIFY2(rotated.ok(), qPrintable(rotated.error().text()));
    QCOMPARE(rotated.value(), 2);
    QVERIFY(q.exec(u"SELECT public_key FROM station_keys WHERE purpose = 'identity'"_s) &&
            q.next());
    QVERIFY(q.value(0).toByteArray() != oldPublic);
    QCOMPARE(s.revealedName(s.chief, a), caller().name);
    QVERIFY(s.identities().checkAtChiefLogon(s.chief).ok());
    // The second chief was not at the PC: the renewed key was handed over to their user key.
    QVERIFY(
        StationKeyRepo(s.db).isHandedOver(s.chief2Id, StationKeyRepo::Purpose::Identity).value());
    Session later = s.logon(u"photruong"_s, "Pho-Truong-2020");
    QCOMPARE(s.revealedName(later, b), caller().name);
    QVERIFY(s.identities().checkAtChiefLogon(later).ok());
    QVERIFY(
        !StationKeyRepo(s.db).isHandedOver(s.chief2Id, StationKeyRepo::Purpose::Identity).value());
    QCOMPARE(s.revealedName(s.logon(u"photruong"_s, "Pho-Truong-2020"), b), caller().name);
    // The recovery key holds the new secret too, and new seals use the new key.
    QVERIFY(
        UserRepo(s.db, s.clock).resetWithEscrow(s.chiefId, s.escrow, pw("Sau-Xoay-Khoa-1")).ok());
    const qint64 c = s.tip(u"c"_s);
    QVERIFY(s.identities().seal(s.officer, c, caller()).ok());
    QCOMPARE(s.revealedName(s.logon(u"truong"_s, "Sau-Xoay-Khoa-1"), c), caller().name);
    QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action IN ('identity.rotate', "
                   "'identity.reseal')"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 3);
    // Every re-sealed tip's last audit row holds its current state (no unaudited change).
    for (qint64 id : {a, b}) {
        QVERIFY(q.exec(u"SELECT record_hash FROM audit_log WHERE object_type = 'tip' AND "
                       "object_id = %1 AND record_hash IS NOT NULL ORDER BY id DESC LIMIT 1"_s.arg(
                           id)) &&
                q.next());
        QCOMPARE(q.value(0).toByteArray(),
                 AuditRepo(s.db, s.clock).recordHash(u"tip"_s, id).value());
    }
}

void TestIdentity::rotationNeedsTheRightRecoveryKey() {
    Station s;
    QVERIFY(s.identities().seal(s.officer, s.tip(u"a"_s), caller()).ok());
    const SecretBytes wrong = KeyDerivation::escrowKey(SecretBytes::random(20));
    QCOMPARE(s.identities().rotateIdentityKey(s.chief, wrong).error().code, ErrorCode::WrongKey);
    // A hand-over planted by an insider (not signed by the station) is refused.
    QSqlQuery q(s.db);
    q.prepare(u"UPDATE key_wraps SET wrapped = ? WHERE purpose = 'identity' AND user_id = ?"_s);
    q.addBindValue(QByteArray(QByteArray("BYHO\x01") + QByteArray(64, 'x') + QByteArray(80, 'y')));
    q.addBindValue(s.chief2Id);
    QVERIFY(q.exec());
    QCOMPARE(s.identities().checkAtChiefLogon(s.chief2).error().code,
             ErrorCode::VerificationFailed);
}

void TestIdentity::mentionsSealed() {
    Station s;
    const qint64 a = s.tip(u"a"_s);
    QVERIFY(s.identities().seal(s.officer, a, caller()).ok());
    auto hits = s.identities().textMentionsSealed(s.chief, u"Anh nguyen van tu, sđt 0909123456"_s);
    QVERIFY(hits.ok());
    QCOMPARE(hits.value(), QStringList{u"NBT-0001"_s});
    QVERIFY(s.identities().textMentionsSealed(s.chief, u"Không có ai"_s).value().isEmpty());
}

// A chief's logon looks for the sealed identities recorded since the last check: through the
// partial index of sealed tips, never a walk over every tip of the register.
void TestIdentity::sealedTipsReadThroughTheirIndex() {
    Station s;
    const qint64 a = s.tip(u"a"_s);
    s.tip(u"b"_s);
    QVERIFY(s.identities().seal(s.officer, a, caller()).ok());
    QSqlQuery q(s.db);
    QVERIFY(
        q.prepare(u"EXPLAIN QUERY PLAN "_s + QString::fromLatin1(identitydetail::kSealedTipsSql)));
    q.addBindValue(0);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList plan;
    while (q.next())
        plan << q.value(3).toString();
    QCOMPARE(plan.size(), 1);
    QVERIFY2(plan.first().startsWith(u"SEARCH tips USING COVERING INDEX tips_sealed"_s) ||
                 plan.first().startsWith(u"SEARCH tips USING INDEX tips_sealed"_s),
             qPrintable(plan.join(u"; "_s)));
    auto sealed = identitydetail::sealedTips(s.db, 0);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed.value().size(), 1);
    QCOMPARE(sealed.value().first().id, a);
    QVERIFY(identitydetail::sealedTips(s.db, a).value().isEmpty());
}

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
