// Accounts managed by a chief from the main window: an officer created with a temporary
// password (too short refused, explained), who can log on and must change it; deactivated after a
// question, never deleted, and reactivated. Officers get no "Administration" menu.
#include "models/item/AccountListModel.h"
#include "models/repo/accounts/UserRepo.h"
#include "tests/gui/tst_gui_trust_helpers.h"
#include "tests/support/TestSupport.h"
#include "ui/accounts/AccountFormDialog.h"
#include "ui/accounts/AccountsDialog.h"
#include "ui/main/MainWindow.h"

#include <QAbstractButton>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

class TestGuiAccounts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        useVietnamese();
        const QString problem = m_s.setUp();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_window = m_s.openWindow(m_s.chief);
        QVERIFY(m_window);
    }
    void officerCannotManage() {
        auto window = m_s.openWindow(m_s.officer);
        QVERIFY(window);
        QVERIFY(!window->findChild<QAction*>(u"accountsAction"_s));
        QVERIFY(!window->findChild<QAction*>(u"auditAction"_s));
    }
    void createDeactivateReactivate();
    void cleanupTestCase() {
        m_window.reset();
        m_s.tearDown();
    }

private:
    TrustStation m_s;
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestGuiAccounts::createDeactivateReactivate() {
    m_window->findChild<QAction*>(u"accountsAction"_s)->trigger();
    auto* accounts = m_window->findChild<ui::AccountsDialog*>();
    QVERIFY(accounts);
    QVERIFY(QTest::qWaitForWindowExposed(accounts));
    QTableView* view = accounts->view();
    QCOMPARE(view->model()->rowCount(), 3);
    accounts->findChild<QPushButton*>(u"createButton"_s)->click();
    auto* form = accounts->findChild<ui::AccountFormDialog*>();
    QVERIFY(form);
    setField(form, "username", u"canbo2"_s);
    setField(form, "fullName", u"Trần Thị Bình"_s);
    setField(form, "rank", u"Thiếu úy"_s);
    setField(form, "position", u"Cán bộ Công an xã"_s);
    setField(form, "password", u"ngan"_s);
    auto* create = form->findChild<QPushButton*>(u"createButton"_s);
    create->click();
    QVERIFY(form->isVisible());
    QVERIFY(labelText(form, "problem").contains(u"10"_s));
    setField(form, "password", kNewPw);
    setField(form, "repeatPassword", kNewPw);
    shoot(form, u"account-form"_s);
    create->click();
    QVERIFY2(!form->isVisible(), qPrintable(labelText(form, "problem")));

    const int row = rowWith(view, AccountListModel::Username, u"canbo2"_s);
    QVERIFY(row >= 0);
    QCOMPARE(view->model()->index(row, AccountListModel::RoleName).data().toString(), u"Cán bộ"_s);
    QVERIFY(labelText(accounts, "status").contains(u"canbo2"_s));
    shoot(accounts, u"accounts"_s);

    auto logon = UserRepo(m_s.temp->reg->database(), *m_s.clock).logon(u"canbo2"_s, secret(kNewPw));
    QVERIFY2(logon, qPrintable(logon.error().text()));
    QCOMPARE(logon.value().role(), Role::Officer);
    QVERIFY(UserRepo(m_s.temp->reg->database(), *m_s.clock)
                .find(u"canbo2"_s)
                .value()
                .mustChangePassword);

    // Deactivated (after a question with BinhYen's own buttons), never deleted; reactivated.
    auto* active = accounts->findChild<QPushButton*>(u"activeButton"_s);
    QCOMPARE(active->text(), u"&Vô hiệu hóa"_s);
    QString question;
    QTimer::singleShot(0, this, [&question] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        question = box->text();
        box->buttons().constFirst()->click(); // "Có"
    });
    active->click();
    QVERIFY2(question.startsWith(u"Vô hiệu hóa tài khoản canbo2"_s), qPrintable(question));
    QCOMPARE(view->model()->rowCount(), 4);
    const int after = rowWith(view, AccountListModel::Username, u"canbo2"_s);
    QCOMPARE(view->model()->index(after, AccountListModel::Active).data().toString(),
             u"Đã vô hiệu hóa"_s);
    QVERIFY(!UserRepo(m_s.temp->reg->database(), *m_s.clock).logon(u"canbo2"_s, secret(kNewPw)));
    QCOMPARE(active->text(), u"&Kích hoạt lại"_s);
    active->click();
    QVERIFY(UserRepo(m_s.temp->reg->database(), *m_s.clock).logon(u"canbo2"_s, secret(kNewPw)));
    accounts->reject();
}

QTEST_MAIN(TestGuiAccounts)
#include "tst_gui_accounts.moc"
