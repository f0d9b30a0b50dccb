// The GUI session after logon: failed logons and the lockout message (released after 10 minutes
// of injected time), a forced password change, idle lock after the configured minutes, Ctrl+L,
// the lock screen hiding every register window, unlock with a fresh logon, another user.
#include "app/gui/SessionController.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/security/RecoveryKey.h"
#include "models/security/StationSetup.h"
#include "tests/gui/tst_gui_session_helpers.h"
#include "tests/support/TestSupport.h"
#include "ui/session/ChangePasswordDialog.h"
#include "ui/session/IdleWatcher.h"
#include "ui/session/LockScreen.h"

#include <QApplication>
#include <QTemporaryDir>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

class TestGuiSessionLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void failedLogonsLockOut();
    void forcedPasswordChange();
    void idleLockAfterConfiguredMinutes();
    void ctrlLLocksAndOtherUserLogsOn();

private:
    std::unique_ptr<SessionController> loggedOn(const QString& username, const QString& password);
    void setIdleMinutes(const QString& value);

    QTemporaryDir m_dir;
    std::unique_ptr<Register> m_reg;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(8, 0), Clock::stationZone())};
};

void TestGuiSessionLock::initTestCase() {
    useVietnamese();
    StationSetupInput input;
    input.station = {u"CÔNG AN XÃ ĐẤT ĐỎ"_s,
                     u"CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU"_s,
                     u"Đất Đỏ"_s,
                     u"Công an huyện Đất Đỏ"_s,
                     u"26698"_s,
                     u"77"_s,
                     u"Bà Rịa - Vũng Tàu"_s};
    input.hamletLines = {u"Ấp Cây Cám"_s};
    input.chief = {u"truong"_s, u"Nguyễn Văn Bình"_s, u"Thiếu tá"_s, u"Trưởng Công an xã"_s,
                   Role::Chief};
    auto reg = StationSetup::createRegister(m_dir.filePath(u"register.binhyen"_s),
                                            RecoveryKey::generateSecret(), input,
                                            secret(kChiefPassword), m_clock);
    QVERIFY2(reg, qPrintable(reg ? QString() : reg.error().text()));
    m_reg = reg.take();
    UserRepo users(m_reg->database(), m_clock);
    auto chief = users.logon(u"truong"_s, secret(kChiefPassword));
    QVERIFY(chief);
    auto officer = users.createAccount(
        chief.value(), {u"canbo1"_s, u"Trần Thị Hoa"_s, u"Thượng úy"_s, u"Cán bộ"_s, Role::Officer},
        secret(u"Tam-thoi-2026!"_s));
    QVERIFY2(officer, qPrintable(officer ? QString() : officer.error().text()));
}

std::unique_ptr<SessionController> TestGuiSessionLock::loggedOn(const QString& username,
                                                                const QString& password) {
    auto c = std::make_unique<SessionController>(*m_reg, m_clock);
    c->start(username);
    logOnWith(c->logonDialog(), username, password);
    return c;
}

void TestGuiSessionLock::setIdleMinutes(const QString& value) {
    QSqlQuery q(m_reg->database());
    q.prepare(u"UPDATE settings SET value = ? WHERE key = 'session.idle_lock_minutes'"_s);
    q.addBindValue(value);
    QVERIFY(q.exec());
}

void TestGuiSessionLock::failedLogonsLockOut() {
    SessionController c(*m_reg, m_clock);
    c.start(u"truong"_s);
    ui::LogonDialog* dialog = c.logonDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    const int failuresBefore = auditCount(*m_reg, u"logon.failed"_s);
    for (int attempt = 1; attempt <= 4; ++attempt) {
        logOnWith(dialog, u"truong"_s, u"Sai-mat-khau-1"_s);
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->problem().contains(u"Còn %1 lần"_s.arg(5 - attempt)),
                 qPrintable(dialog->problem()));
    }
    logOnWith(dialog, u"truong"_s, u"Sai-mat-khau-1"_s);
    QVERIFY2(dialog->problem().contains(u"khóa"_s) && dialog->problem().contains(u"10 phút"_s),
             qPrintable(dialog->problem()));
    // Even the right password is refused while locked, with the minutes left.
    m_clock.advanceSecs(60);
    logOnWith(dialog, u"truong"_s, kChiefPassword);
    QVERIFY(!c.mainWindow());
    QVERIFY2(dialog->problem().contains(u"9 phút"_s), qPrintable(dialog->problem()));
    QCOMPARE(auditCount(*m_reg, u"logon.failed"_s), failuresBefore + 6);
    shoot(dialog, u"logon-locked"_s);
    m_clock.advanceSecs(9 * 60);
    logOnWith(dialog, u"truong"_s, kChiefPassword);
    QVERIFY(c.mainWindow() && c.mainWindow()->isVisible());
    QVERIFY(!dialog->isVisible());
}

void TestGuiSessionLock::forcedPasswordChange() {
    auto c = loggedOn(u"canbo1"_s, u"Tam-thoi-2026!"_s);
    QVERIFY(!c->mainWindow()); // not before the password is the user's own
    ui::ChangePasswordDialog* change = c->changePasswordDialog();
    QVERIFY(change && change->isVisible());
    setField(change, "oldPassword", u"Tam-thoi-2026!"_s);
    setField(change, "newPassword", u"ngắn"_s);
    QVERIFY(change->problem().contains(u"ít nhất 10 ký tự"_s));
    setField(change, "newPassword", u"Hoa-canbo-2026"_s);
    setField(change, "repeatPassword", u"Hoa-canbo-2026"_s);
    QVERIFY(change->problem().isEmpty());
    shoot(change, u"change-password"_s);
    change->findChild<QAbstractButton*>(u"changeButton"_s)->click();
    QVERIFY(c->mainWindow() && c->mainWindow()->isVisible());
    QCOMPARE(c->session().username(), u"canbo1"_s);
    QVERIFY(UserRepo(m_reg->database(), m_clock).logon(u"canbo1"_s, secret(u"Hoa-canbo-2026"_s)));
}

void TestGuiSessionLock::idleLockAfterConfiguredMinutes() {
    setIdleMinutes(u"5"_s);
    auto c = loggedOn(u"truong"_s, kChiefPassword);
    QVERIFY(c->mainWindow() && c->mainWindow()->isVisible());
    QCOMPARE(c->idleWatcher()->minutes(), 5);
    m_clock.advanceSecs(4 * 60);
    // Input restarts the count.
    QTest::mouseMove(c->mainWindow(), QPoint(20, 20));
    QTest::keyClick(c->mainWindow(), Qt::Key_Shift);
    m_clock.advanceSecs(4 * 60);
    c->idleWatcher()->check();
    QVERIFY(!c->isLocked());
    m_clock.advanceSecs(61);
    c->idleWatcher()->check();
    QVERIFY(c->isLocked());
    QVERIFY(!c->mainWindow()->isVisible());
    for (QWidget* w : QApplication::topLevelWidgets())
        QVERIFY2(!w->isVisible() || w == c->lockScreen(), qPrintable(w->objectName()));
    QVERIFY(c->session().signingSecret().isEmpty()); // wiped
    QCOMPARE(auditCount(*m_reg, u"session.lock"_s), 1);
    ui::LockScreen* lock = c->lockScreen();
    QVERIFY(lock->isVisible());
    lock->resize(800, 500);
    QCOMPARE(labelText(lock, "lockedLabel"), u"Đã khóa màn hình"_s);
    QCOMPARE(labelText(lock, "stationName"), u"CÔNG AN XÃ ĐẤT ĐỎ"_s);
    QVERIFY(labelText(lock, "userLabel").contains(u"Nguyễn Văn Bình"_s));
    QCOMPARE(lock->findChild<QAbstractButton*>(u"unlockButton"_s)->text(), u"Mở khóa"_s);
    QCOMPARE(lock->findChild<QAbstractButton*>(u"otherUserButton"_s)->text(),
             u"Đăng nhập người khác"_s);
    setField(lock, "password", u"Sai-mat-khau-1"_s);
    lock->attemptUnlock();
    QVERIFY(c->isLocked());
    QVERIFY(lock->problem().contains(u"Còn 4 lần"_s));
    shoot(lock, u"lock-screen"_s);
    setField(lock, "password", kChiefPassword);
    lock->attemptUnlock();
    QVERIFY(!c->isLocked());
    QVERIFY(c->mainWindow()->isVisible());
    QVERIFY(!lock->isVisible());
    QVERIFY(!c->session().signingSecret().isEmpty()); // a fresh session
    // The cap: a setting above 30 minutes locks after 30.
    setIdleMinutes(u"45"_s);
    auto capped = loggedOn(u"truong"_s, kChiefPassword);
    QCOMPARE(capped->idleWatcher()->minutes(), 30);
    setIdleMinutes(u"15"_s);
}

void TestGuiSessionLock::ctrlLLocksAndOtherUserLogsOn() {
    auto c = loggedOn(u"truong"_s, kChiefPassword);
    ui::MainWindow* window = c->mainWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(c->isLocked());
    QVERIFY(!window->isVisible());
    // Another user logs on from the lock screen: the chief's window is gone.
    c->lockScreen()->findChild<QAbstractButton*>(u"otherUserButton"_s)->click();
    QVERIFY(!c->lockScreen()->isVisible());
    logOnWith(c->logonDialog(), u"canbo1"_s, u"Hoa-canbo-2026"_s);
    QVERIFY(!c->isLocked());
    QVERIFY(c->mainWindow() && c->mainWindow() != window);
    QCOMPARE(c->session().username(), u"canbo1"_s);
}

QTEST_MAIN(TestGuiSessionLock)
#include "tst_gui_session_lock.moc"
