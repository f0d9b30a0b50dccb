// The GUI session, driven through the real widgets without blocking: first-run wizard (new
// register, and a register made without a chief), logon, failed logons and lockout, forced
// password change, idle lock and Ctrl+L, unlock. Screenshots go to the temp folder.
#include "app/gui/SessionController.h"
#include "models/repo/accounts/StationRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/RecoveryKey.h"
#include "tests/gui/tst_gui_session_helpers.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/session/FirstRunWizard.h"
#include "ui/session/RecoveryKeyPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

class TestGuiSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useVietnamese(); }
    void wizardCreatesRegister();
    void wizardCompletesRegisterWithoutChief();
    void logonSucceeds();

private:
    std::unique_ptr<SessionController> controller(bool logOn);

    QTemporaryDir m_dir;
    std::unique_ptr<Register> m_reg;
    SecretBytes m_recovery;
    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(8, 0), Clock::stationZone())};
};

void TestGuiSession::wizardCreatesRegister() {
    const QString path = m_dir.filePath(u"register.binhyen"_s);
    ui::FirstRunWizard wizard(path, m_clock);
    wizard.setUseKeychain(false);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::StationPageId));
    QCOMPARE(wizard.button(QWizard::NextButton)->text(), u"Tiếp theo >"_s);
    QCOMPARE(wizard.button(QWizard::CancelButton)->text(), u"Hủy"_s);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // required fields empty
    fillStation(wizard);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    shoot(&wizard, u"wizard-station"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::HamletsPageId));
    wizard.findChild<QPlainTextEdit*>(u"hamlets"_s)
        ->setPlainText(u"Ấp Cây Cám\nẤp Lò Vôi\n\nKhu phố 3\nGò Sạn"_s);
    shoot(&wizard, u"wizard-hamlets"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::ChiefPageId));
    QCOMPARE(wizard.button(QWizard::CommitButton)->text(), u"Tạo sổ"_s);
    fillChief(wizard, u"truong"_s, u"ngắn"_s);
    const QString problem = labelText(&wizard, "problem", wizard.currentPage());
    QVERIFY2(problem.contains(u"ít nhất 10 ký tự"_s), qPrintable(problem));
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    fillChief(wizard, u"truong"_s, kChiefPassword, u"BinhYen-khac-2026"_s);
    QVERIFY(labelText(&wizard, "problem", wizard.currentPage()).contains(u"không giống"_s));
    fillChief(wizard, u"truong"_s, kChiefPassword);
    QVERIFY(labelText(&wizard, "problem", wizard.currentPage()).isEmpty());
    shoot(&wizard, u"wizard-chief"_s);
    wizard.button(QWizard::CommitButton)->click();
    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::RecoveryPageId));
    QVERIFY(QFileInfo::exists(path));

    const QString shown = labelText(&wizard, "recoveryKey");
    QCOMPARE(shown.count(u'\n'), 2); // three lines of three groups
    auto parsed = RecoveryKey::parse(shown);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().text()));
    m_recovery = parsed.take();
    auto* page = qobject_cast<ui::RecoveryKeyPage*>(wizard.currentPage());
    const QString pdf = m_dir.filePath(u"phieu.pdf"_s);
    QCOMPARE(page->saveSheet(pdf), QString());
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QVERIFY(labelText(&wizard, "sheetStatus").startsWith(u"Đã lưu phiếu khóa khôi phục"_s));
    QCOMPARE(wizard.findChild<QAbstractButton*>(u"saveSheet"_s)->text(),
             u"Lưu phiếu khóa khôi phục (PDF)…"_s);
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled()); // the checkbox is required
    wizard.reject();                                             // no way out now
    QVERIFY(wizard.isVisible());
    shoot(&wizard, u"wizard-recovery"_s);
    auto* noted = wizard.findChild<QCheckBox*>(u"keyNoted"_s);
    QCOMPARE(noted->text(), u"Tôi đã ghi lại / in khóa khôi phục"_s);
    noted->setChecked(true);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(labelText(&wizard, "recoveryKey").isEmpty()); // wiped
    QCOMPARE(wizard.chiefUsername(), u"truong"_s);

    // The key shown opens the register; the station, hamlets and chief are in it.
    wizard.takeRegister().reset();
    auto reopened = Register::open(path, KeyDerivation::registerKey(m_recovery));
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().text()));
    m_reg = reopened.take();
    auto station = StationRepo(m_reg->database()).current(m_clock.now().date());
    QVERIFY(station && station.value());
    QCOMPARE(station.value()->unitName, u"CÔNG AN XÃ ĐẤT ĐỎ"_s);
    QCOMPARE(station.value()->communeCode, u"26698"_s);
    auto hamlets = StationRepo(m_reg->database()).hamlets();
    QVERIFY(hamlets);
    QCOMPARE(hamlets.value().size(), 4);
    QCOMPARE(hamlets.value().at(2).kind, u"khu_pho"_s);
    QCOMPARE(hamlets.value().at(2).name, u"3"_s);
    QCOMPARE(hamlets.value().at(3).kind, u"ap"_s);
    QVERIFY(UserRepo(m_reg->database(), m_clock).logon(u"truong"_s, secret(kChiefPassword)));
}

void TestGuiSession::wizardCompletesRegisterWithoutChief() {
    TempRegister temp; // as `binhyen init` without a chief leaves it
    ui::FirstRunWizard wizard(*temp.reg, KeyDerivation::escrowKey(temp.recovery), true, m_clock);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    fillStation(wizard);
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ui::FirstRunWizard::ChiefPageId));
    fillChief(wizard, u"pho"_s, kChiefPassword);
    QCOMPARE(wizard.button(QWizard::FinishButton)->text(), u"Hoàn tất"_s);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(UserRepo(temp.reg->database(), m_clock).logon(u"pho"_s, secret(kChiefPassword)));
}

std::unique_ptr<SessionController> TestGuiSession::controller(bool logOn) {
    auto c = std::make_unique<SessionController>(*m_reg, m_clock);
    c->start(u"truong"_s);
    if (logOn) {
        logOnWith(c->logonDialog(), u"truong"_s, kChiefPassword);
        if (!c->mainWindow() || !c->mainWindow()->isVisible())
            return nullptr;
    }
    return c;
}

void TestGuiSession::logonSucceeds() {
    QVERIFY(m_reg);
    auto c = controller(false);
    ui::LogonDialog* dialog = c->logonDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(labelText(dialog, "stationName"), u"CÔNG AN XÃ ĐẤT ĐỎ"_s);
    QCOMPARE(dialog->findChild<QAbstractButton*>(u"logonButton"_s)->text(), u"Đăng nhập"_s);
    auto* password = dialog->findChild<QLineEdit*>(u"password"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    logOnWith(dialog, u"truong"_s, kChiefPassword);
    QVERIFY(password->text().isEmpty()); // wiped after use
    QVERIFY(c->mainWindow() && c->mainWindow()->isVisible());
    QCOMPARE(c->session().username(), u"truong"_s);
    QVERIFY(c->session().isChief());
    QCOMPARE(auditCount(*m_reg, u"logon"_s), 1);
}

QTEST_MAIN(TestGuiSession)
#include "tst_gui_session.moc"
