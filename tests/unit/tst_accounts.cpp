// Accounts and roles: Argon2id, lockout with an injected clock, the permission table, password
// changes and resets that keep the station secrets, signed account records.
#include "models/repo/accounts/StationKeyRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/security/Crypto.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Permissions.h"
#include "models/security/RecoveryKey.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;

namespace {

SecretBytes pw(const char* text) {
    QByteArray bytes(text);
    return SecretBytes::takeFrom(bytes);
}

NewAccount account(const char* user, const char* name, Role role) {
    return NewAccount{QString::fromUtf8(user), QString::fromUtf8(name), {}, {}, role};
}

// The station of the tests: a first chief "truong" and an officer "canbo1".
struct Station {
    TempRegister t;
    FixedClock clock{QDateTime(QDate(2026, 11, 28), QTime(8, 0), Clock::stationZone())};
    UserRepo users{t.reg->database(), clock};
    qint64 chiefId = 0;
    qint64 officerId = 0;

    Station() {
        auto chief =
            users.createFirstChief(account("truong", "Lê Văn Trưởng", Role::Chief),
                                   pw("Chihuy-2026-mk"), KeyDerivation::escrowKey(t.recovery));
        if (!chief)
            qFatal("%s", qPrintable(chief.error().text()));
        chiefId = chief.value();
        auto session = users.logon(QStringLiteral("truong"), pw("Chihuy-2026-mk"));
        auto officer = users.createAccount(
            session.value(), account("canbo1", "Phạm Văn Cán", Role::Officer), pw("Tam-thoi-2026"));
        if (!officer)
            qFatal("%s", qPrintable(officer.error().text()));
        officerId = officer.value();
    }
};

} // namespace

class TestAccounts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { useVietnamese(); }

    void permissionTableEveryRoleEveryOperation() {
        // Written out independently of Permissions.cpp: the issue's rules.
        struct Expect {
            Operation op;
            bool officer, chief, inspector;
        };
        const Expect expected[] = {
            {Operation::ReadRecords, true, true, true},
            {Operation::WriteRecords, true, true, false},
            {Operation::SealIdentity, true, true, false},
            {Operation::RevealIdentity, false, true, false},
            {Operation::MergeInformants, false, true, false},
            {Operation::ManageAccounts, false, true, false},
            {Operation::RestoreBackup, false, true, false},
            {Operation::MakeBackup, true, true, false},
            {Operation::ViewAudit, false, true, true},
            {Operation::MakeCheckpoint, false, true, false},
            {Operation::RotateIdentityKey, false, true, false},
            {Operation::ChangeSettings, false, true, false},
            {Operation::ChangeTipStatus, true, true, false},
            {Operation::ProposeValuable, true, true, false},
            {Operation::ConfirmValuable, false, true, false},
            {Operation::ExtendTipDeadline, false, true, false},
            {Operation::ImportRecords, false, true, false},
            {Operation::ChangeRules, false, true, false},
            {Operation::ProposeCaseClosure, true, true, false},
            {Operation::ReviewCase, false, true, false},
            {Operation::AssignWork, false, true, false},
            {Operation::LinkTips, true, true, false},
            {Operation::UnlinkTips, false, true, false},
            {Operation::MarkContributed, false, true, false},
            {Operation::MergePersons, false, true, false},
            {Operation::EditPlaces, false, true, false},
            {Operation::PrintLegalForms, true, true, false},
            {Operation::LockMonth, false, true, false},
            {Operation::IssueCorrection, false, true, false},
            {Operation::ExportReport, false, true, false},
        };
        QCOMPARE(std::size(expected), std::size(kAllOperations));
        for (const Expect& e : expected) {
            QCOMPARE(isAllowed(Role::Officer, e.op), e.officer);
            QCOMPARE(isAllowed(Role::Chief, e.op), e.chief);
            QCOMPARE(isAllowed(Role::Inspector, e.op), e.inspector);
        }
        // An inspector can never write anything.
        for (Operation op : kAllOperations) {
            if (op != Operation::ReadRecords && op != Operation::ViewAudit)
                QVERIFY(!isAllowed(Role::Inspector, op));
        }
        Session inspector(7, QStringLiteral("thanhtra"), QStringLiteral("Thanh tra"),
                          Role::Inspector, 1, SecretBytes(), SecretBytes());
        auto refused = require(inspector, Operation::WriteRecords);
        QCOMPARE(refused.error().code, ErrorCode::NotPermitted);
        QVERIFY(refused.error().message.contains(QStringLiteral("không được phép")));
        QCOMPARE(require(Session(), Operation::ReadRecords).error().code, ErrorCode::NotPermitted);
    }

    void argon2idHashes() {
        const QString hash = crypto::hashPassword(pw("Mat-khau-2026"));
        QVERIFY(hash.startsWith(QLatin1String("$argon2id$")));
        QVERIFY(crypto::verifyPassword(hash, pw("Mat-khau-2026")));
        QVERIFY(!crypto::verifyPassword(hash, pw("Mat-khau-2027")));
        crypto::WrapParams params = crypto::newWrapParams();
        SecretBytes a = crypto::wrappingKey(pw("Mat-khau-2026"), params);
        SecretBytes b = crypto::wrappingKey(pw("Mat-khau-2026"), params);
        QCOMPARE(a.size(), std::size_t(32));
        QVERIFY(a.equals(b));
        params.salt[0] = static_cast<char>(params.salt[0] ^ 1);
        QVERIFY(!crypto::wrappingKey(pw("Mat-khau-2026"), params).equals(a));
    }

    void weakPasswordsAreExplained() {
        QVERIFY(UserRepo::passwordProblem(pw("ngan"), QStringLiteral("x"))
                    .contains(QStringLiteral("10")));
        QVERIFY(!UserRepo::passwordProblem(pw("chuthuongdai"), QStringLiteral("x")).isEmpty());
        QVERIFY(
            !UserRepo::passwordProblem(pw("Canbo1-Manh-2026"), QStringLiteral("canbo1")).isEmpty());
        QVERIFY(
            UserRepo::passwordProblem(pw("BinhYen-demo-2020"), QStringLiteral("truong")).isEmpty());
    }

    void firstChiefOnlyOnce() {
        Station s;
        auto again =
            s.users.createFirstChief(account("khac", "Người Khác", Role::Chief),
                                     pw("Khac-2026-mk!"), KeyDerivation::escrowKey(s.t.recovery));
        QCOMPARE(again.error().code, ErrorCode::Exists);
        auto chief = s.users.logon(QStringLiteral("TRUONG"), pw("Chihuy-2026-mk"));
        QVERIFY2(chief.ok(), qPrintable(chief.error().text()));
        QCOMPARE(chief.value().role(), Role::Chief);
        QVERIFY(StationKeyRepo(s.t.reg->database())
                    .unwrapForChief(chief.value(), StationKeyRepo::Purpose::Signing)
                    .ok());
        QVERIFY(s.users.verifyAccounts().ok());
    }

    void fiveFailuresLockForTenMinutes() {
        Station s;
        for (int i = 1; i <= 4; ++i) {
            auto r = s.users.logon(QStringLiteral("canbo1"), pw("sai-mat-khau"));
            QCOMPARE(r.error().code, ErrorCode::WrongKey);
            QVERIFY2(r.error().message.contains(QString::number(5 - i)),
                     qPrintable(r.error().message));
        }
        auto fifth = s.users.logon(QStringLiteral("canbo1"), pw("sai-mat-khau"));
        QCOMPARE(fifth.error().code, ErrorCode::NotPermitted);
        QVERIFY(fifth.error().message.contains(QStringLiteral("10 phút")));
        // Even the right password is refused while locked, with the time left.
        s.clock.advanceSecs(4 * 60);
        auto locked = s.users.logon(QStringLiteral("canbo1"), pw("Tam-thoi-2026"));
        QCOMPARE(locked.error().code, ErrorCode::NotPermitted);
        QVERIFY2(locked.error().message.contains(QStringLiteral("6 phút")),
                 qPrintable(locked.error().message));
        QVERIFY(s.users.find(QStringLiteral("canbo1")).value().lockedUntil.isValid());
        s.clock.advanceSecs(6 * 60);
        auto released = s.users.logon(QStringLiteral("canbo1"), pw("Tam-thoi-2026"));
        QVERIFY2(released.ok(), qPrintable(released.error().text()));
        QVERIFY(s.users.find(QStringLiteral("canbo1")).value().mustChangePassword);
        // Unknown users get the same answer as a wrong password.
        QCOMPARE(s.users.logon(QStringLiteral("khongco"), pw("x")).error().message,
                 s.users.logon(QStringLiteral("canbo1"), pw("y"))
                         .error()
                         .message.section(QLatin1Char('.'), 0, 0) +
                     QLatin1Char('.'));
    }

    void officersCannotManageAccounts() {
        Station s;
        auto officer = s.users.logon(QStringLiteral("canbo1"), pw("Tam-thoi-2026"));
        QVERIFY(officer.ok());
        auto made = s.users.createAccount(
            officer.value(), account("canbo2", "Cán Bộ Hai", Role::Officer), pw("Tam-thoi-2026"));
        QCOMPARE(made.error().code, ErrorCode::NotPermitted);
        QCOMPARE(s.users.setActive(officer.value(), s.chiefId, false).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(StationKeyRepo(s.t.reg->database())
                     .unwrapForChief(officer.value(), StationKeyRepo::Purpose::Identity)
                     .error()
                     .code,
                 ErrorCode::NotPermitted);
    }

    void passwordChangeKeepsTheStationSecrets() {
        Station s;
        auto chief = s.users.logon(QStringLiteral("truong"), pw("Chihuy-2026-mk"));
        QVERIFY(chief.ok());
        QCOMPARE(s.users.changePassword(chief.value(), pw("sai"), pw("Moi-2026-mk!")).error().code,
                 ErrorCode::WrongKey);
        QCOMPARE(
            s.users.changePassword(chief.value(), pw("Chihuy-2026-mk"), pw("yeu")).error().code,
            ErrorCode::InvalidInput);
        QVERIFY(
            s.users.changePassword(chief.value(), pw("Chihuy-2026-mk"), pw("Moi-2026-mk!")).ok());
        QCOMPARE(s.users.logon(QStringLiteral("truong"), pw("Chihuy-2026-mk")).error().code,
                 ErrorCode::WrongKey);
        auto again = s.users.logon(QStringLiteral("truong"), pw("Moi-2026-mk!"));
        QVERIFY(again.ok());
        QVERIFY(StationKeyRepo(s.t.reg->database())
                    .unwrapForChief(again.value(), StationKeyRepo::Purpose::Identity)
                    .ok());
        QCOMPARE(again.value().signingKeyId(), chief.value().signingKeyId());
    }

    void chiefResetsAPasswordAndRecoveryKeyRestoresAChief() {
        Station s;
        auto chief = s.users.logon(QStringLiteral("truong"), pw("Chihuy-2026-mk"));
        QVERIFY(s.users.resetPassword(chief.value(), s.officerId, pw("Lai-tu-dau-2026")).ok());
        auto officer = s.users.logon(QStringLiteral("canbo1"), pw("Lai-tu-dau-2026"));
        QVERIFY(officer.ok());
        QVERIFY(s.users.find(s.officerId).value().mustChangePassword);

        // The chief forgot the password: restored with the recovery key (escrow), not with a wrong
        // one.
        QCOMPARE(s.users
                     .resetWithEscrow(s.chiefId,
                                      KeyDerivation::escrowKey(RecoveryKey::generateSecret()),
                                      pw("Phuc-hoi-2026!"))
                     .error()
                     .code,
                 ErrorCode::WrongKey);
        QVERIFY(s.users
                    .resetWithEscrow(s.chiefId, KeyDerivation::escrowKey(s.t.recovery),
                                     pw("Phuc-hoi-2026!"))
                    .ok());
        auto restored = s.users.logon(QStringLiteral("truong"), pw("Phuc-hoi-2026!"));
        QVERIFY2(restored.ok(), qPrintable(restored.error().text()));
        QVERIFY(StationKeyRepo(s.t.reg->database())
                    .unwrapForChief(restored.value(), StationKeyRepo::Purpose::Signing)
                    .ok());
        QVERIFY(s.users.verifyAccounts().ok());
    }

    void deactivateNeverDelete() {
        Station s;
        auto chief = s.users.logon(QStringLiteral("truong"), pw("Chihuy-2026-mk"));
        QCOMPARE(s.users.setActive(chief.value(), s.chiefId, false).error().code,
                 ErrorCode::NotPermitted);
        QVERIFY(s.users.setActive(chief.value(), s.officerId, false).ok());
        QCOMPARE(s.users.logon(QStringLiteral("canbo1"), pw("Tam-thoi-2026")).error().code,
                 ErrorCode::NotPermitted);
        QVERIFY(s.users.find(s.officerId).ok()); // still there
        QVERIFY(s.users.setActive(chief.value(), s.officerId, true).ok());
        QVERIFY(s.users.logon(QStringLiteral("canbo1"), pw("Tam-thoi-2026")).ok());
        QVERIFY(s.users.verifyAccounts().ok());
    }

    void roleChangedByDirectSqlIsDetected() {
        Station s;
        QVERIFY(s.users.verifyAccounts().ok());
        QSqlQuery q(s.t.reg->database());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE users SET role = 'chief' WHERE username = 'canbo1'")));
        auto verdict = s.users.verifyAccounts();
        QCOMPARE(verdict.error().code, ErrorCode::VerificationFailed);
        QVERIFY(verdict.error().message.contains(QStringLiteral("canbo1")));
        // And a chief's change through BinhYen is signed.
        QVERIFY(
            q.exec(QStringLiteral("UPDATE users SET role = 'officer' WHERE username = 'canbo1'")));
        QVERIFY(s.users.verifyAccounts().ok());
        auto chief = s.users.logon(QStringLiteral("truong"), pw("Chihuy-2026-mk"));
        QVERIFY(s.users.setRole(chief.value(), s.officerId, Role::Inspector).ok());
        QVERIFY(s.users.verifyAccounts().ok());
        QCOMPARE(s.users.find(s.officerId).value().role, Role::Inspector);
    }

    void sessionSecretsAreWiped() {
        Station s;
        auto chief = s.users.logon(QStringLiteral("truong"), pw("Chihuy-2026-mk"));
        QVERIFY(!chief.value().signingSecret().isEmpty());
        chief.value().wipeSecrets();
        QVERIFY(chief.value().signingSecret().isEmpty());
        QVERIFY(chief.value().wrappingKey().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
