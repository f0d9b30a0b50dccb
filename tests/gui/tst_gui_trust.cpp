// People and trust in the main window: the reveal action only for chiefs, a reveal refused
// without a proper reason and shown with one, the identity gone from every widget once the dialog
// closes, and the reveal in the audit view (filters, integrity check).
#include "models/domain/Clock.h"
#include "models/item/AuditListModel.h"
#include "models/item/TipWindowModel.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/identity/IdentityRepo.h"
#include "tests/gui/tst_gui_trust_helpers.h"
#include "tests/support/TestSupport.h"
#include "ui/audit/AuditDialog.h"
#include "ui/identity/RevealDialog.h"
#include "ui/main/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

class TestGuiTrust : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void officerCannotReveal();
    void inspectorSeesAuditOnly();
    void chiefRevealNeedsReason();
    void revealHiddenWhenClosed();
    void auditListsTheReveal();
    void cleanupTestCase();

private:
    ui::RevealDialog* openReveal(ui::MainWindow& window);

    const QString kReason = u"Cần liên hệ lại người báo tin để xác minh vụ trộm bò ở ấp Cây Cám"_s;
    TrustStation m_s;
    std::unique_ptr<ui::MainWindow> m_chiefWindow;
    QPointer<ui::RevealDialog> m_reveal;
};

void TestGuiTrust::initTestCase() {
    useVietnamese();
    const QString problem = m_s.setUp();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestGuiTrust::officerCannotReveal() {
    auto window = m_s.openWindow(m_s.officer);
    QVERIFY(window);
    QVERIFY(!window->findChild<QAction*>(u"revealAction"_s));
    // The administration menu offers an officer only the legal rules (read-only).
    QVERIFY(!window->findChild<QAction*>(u"accountsAction"_s));
    QVERIFY(!window->findChild<QAction*>(u"auditAction"_s));
    QVERIFY(window->findChild<QAction*>(u"rulesAction"_s));
    QCOMPARE(labelText(window.get(), "userLabel"), u"Phạm Văn Cán — Cán bộ"_s);
    // The list names the informant by pseudonym only.
    QTableView* tips = window->findChild<QTableView*>(u"tipList"_s);
    const int row = rowWith(tips, TipWindowModel::Informant, m_s.pseudonym);
    QVERIFY2(row >= 0, qPrintable(m_s.pseudonym));
    QCOMPARE(tips->model()->headerData(TipWindowModel::Informant, Qt::Horizontal).toString(),
             u"Người báo tin"_s);
    QVERIFY(findIdentityText().isEmpty());
    // The repo refuses anyway.
    auto refused = IdentityRepo(m_s.temp->reg->database(), *m_s.clock)
                       .reveal(m_s.officer, m_s.sealedTip, kReason);
    QVERIFY(!refused);
}

void TestGuiTrust::inspectorSeesAuditOnly() {
    auto window = m_s.openWindow(m_s.inspector);
    QVERIFY(window);
    QVERIFY(!window->findChild<QAction*>(u"revealAction"_s));
    QVERIFY(window->findChild<QAction*>(u"auditAction"_s));
    QVERIFY(!window->findChild<QAction*>(u"accountsAction"_s));
    QCOMPARE(window->findChild<QMenu*>(u"adminMenu"_s)->title(), u"&Quản trị"_s);
}

ui::RevealDialog* TestGuiTrust::openReveal(ui::MainWindow& window) {
    QTableView* tips = window.findChild<QTableView*>(u"tipList"_s);
    QAction* reveal = window.findChild<QAction*>(u"revealAction"_s);
    if (!tips || !reveal)
        return nullptr;
    tips->setCurrentIndex(tips->model()->index(rowWith(tips, TipWindowModel::Informant, {}), 0));
    if (reveal->isEnabled()) // an anonymous tip has nothing to reveal
        return nullptr;
    tips->setCurrentIndex(
        tips->model()->index(rowWith(tips, TipWindowModel::Informant, m_s.pseudonym), 0));
    if (!reveal->isEnabled())
        return nullptr;
    reveal->trigger();
    return window.findChild<ui::RevealDialog*>();
}

void TestGuiTrust::chiefRevealNeedsReason() {
    m_chiefWindow = m_s.openWindow(m_s.chief);
    QVERIFY(m_chiefWindow);
    QCOMPARE(labelText(m_chiefWindow.get(), "userLabel"),
             u"Lê Văn Trưởng — Chỉ huy (Trưởng/Phó trưởng)"_s);
    QAction* reveal = m_chiefWindow->findChild<QAction*>(u"revealAction"_s);
    QVERIFY(reveal);
    QCOMPARE(reveal->text(), u"Xem danh tính người báo tin…"_s);
    shoot(m_chiefWindow.get(), u"mainwindow-chief"_s);
    m_reveal = openReveal(*m_chiefWindow);
    QVERIFY(m_reveal);
    QVERIFY(QTest::qWaitForWindowExposed(m_reveal));

    auto* reason = m_reveal->findChild<QPlainTextEdit*>(u"reason"_s);
    auto* button = m_reveal->findChild<QPushButton*>(u"revealButton"_s);
    reason->setPlainText(u"xem thử"_s);
    button->click();
    QVERIFY(!m_reveal->isRevealed());
    QVERIFY(labelText(m_reveal, "problem").contains(u"ít nhất 10 ký tự"_s));
    QVERIFY(!m_reveal->findChild<QGroupBox*>(u"identityPanel"_s)->isVisible());
    QVERIFY(findIdentityText().isEmpty());

    reason->setPlainText(kReason);
    button->click();
    QVERIFY(m_reveal->isRevealed());
    QCOMPARE(labelText(m_reveal, "identityName"), kName);
    QVERIFY(findIdentityText().contains(kPhone));
    QVERIFY(labelText(m_reveal, "auditNotice")
                .startsWith(u"Việc xem danh tính đã được ghi vào nhật ký kiểm tra"_s));
    QVERIFY(m_reveal->findChild<QGroupBox*>(u"identityPanel"_s)->isVisible());
    shoot(m_reveal, u"reveal"_s);
}

void TestGuiTrust::revealHiddenWhenClosed() {
    QVERIFY(m_reveal);
    m_reveal->findChild<QPushButton*>(u"closeButton"_s)->click();
    // Still alive (deleted later), hidden, and holding no identity text; nor does any widget.
    QVERIFY(m_reveal && !m_reveal->isVisible());
    QVERIFY2(findIdentityText().isEmpty(), qPrintable(findIdentityText()));
    QTest::qWait(50);
    QVERIFY(!m_reveal); // WA_DeleteOnClose

    // Hidden by the lock screen: wiped at once, then closed (never shown again on unlock).
    m_reveal = openReveal(*m_chiefWindow);
    QVERIFY(m_reveal);
    m_reveal->findChild<QPlainTextEdit*>(u"reason"_s)->setPlainText(kReason);
    m_reveal->findChild<QPushButton*>(u"revealButton"_s)->click();
    QVERIFY(!findIdentityText().isEmpty());
    m_reveal->hide();
    QVERIFY2(findIdentityText().isEmpty(), qPrintable(findIdentityText()));
    QTRY_VERIFY(!m_reveal);
}

void TestGuiTrust::auditListsTheReveal() {
    m_chiefWindow->findChild<QAction*>(u"auditAction"_s)->trigger();
    auto* audit = m_chiefWindow->findChild<ui::AuditDialog*>();
    QVERIFY(audit);
    QVERIFY(QTest::qWaitForWindowExposed(audit));
    QTableView* view = audit->view();
    auto revealRow = [&] {
        return rowWith(view, AuditListModel::Detail, kReason);
    };
    const int row = revealRow();
    QVERIFY2(row >= 0, "the reveal is not listed with its reason");
    const QAbstractItemModel* model = view->model();
    QCOMPARE(model->index(row, AuditListModel::User).data().toString(), u"truong"_s);
    QCOMPARE(model->index(row, AuditListModel::Action).data(AuditListModel::CodeRole).toString(),
             u"identity.reveal"_s);
    QCOMPARE(model->index(row, AuditListModel::Action).data().toString(),
             u"Xem danh tính người báo tin"_s);
    QCOMPARE(model->index(row, AuditListModel::Entity).data().toString(),
             u"Tin báo #%1"_s.arg(m_s.sealedTip));
    QVERIFY(QRegularExpression(u"^\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d$"_s)
                .match(model->index(row, AuditListModel::At).data().toString())
                .hasMatch());

    // Filters: by user, by kind of record, by date.
    auto* user = audit->findChild<QComboBox*>(u"userFilter"_s);
    user->setCurrentIndex(user->findData(qlonglong(m_s.officer.userId())));
    QCOMPARE(revealRow(), -1);
    user->setCurrentIndex(user->findData(qlonglong(m_s.chief.userId())));
    QVERIFY(revealRow() >= 0);
    auto* entity = audit->findChild<QComboBox*>(u"entityFilter"_s);
    entity->setCurrentIndex(entity->findData(u"user"_s));
    QCOMPARE(revealRow(), -1);
    entity->setCurrentIndex(entity->findData(u"tip"_s));
    QVERIFY(revealRow() >= 0);
    auto* from = audit->findChild<QDateEdit*>(u"fromDate"_s);
    QCOMPARE(from->displayFormat(), u"dd/MM/yyyy"_s);
    audit->findChild<QCheckBox*>(u"useFrom"_s)->setChecked(true);
    from->setDate(SystemClock().now().date().addDays(1));
    QCOMPARE(revealRow(), -1);
    from->setDate(SystemClock().now().date());
    QVERIFY(revealRow() >= 0);
    entity->setCurrentIndex(0);
    user->setCurrentIndex(0);

    auto* verify = audit->findChild<QPushButton*>(u"verifyButton"_s);
    verify->click();
    const QString verdict = labelText(audit, "verdict");
    QVERIFY2(verdict.startsWith(u"Nhật ký kiểm tra toàn vẹn"_s), qPrintable(verdict));
    shoot(audit, u"audit"_s);
    // A tip edited by direct SQL, without an audit row, is caught.
    QSqlQuery edit(m_s.temp->reg->database());
    QVERIFY(
        edit.exec(u"UPDATE tips SET summary = summary || '.' WHERE id = %1"_s.arg(m_s.sealedTip)));
    verify->click();
    QVERIFY2(labelText(audit, "verdict").startsWith(u"Nhật ký kiểm tra đã bị sửa đổi: "_s),
             qPrintable(labelText(audit, "verdict")));
    QVERIFY(edit.exec(u"UPDATE tips SET summary = substr(summary, 1, length(summary) - 1) "
                      "WHERE id = %1"_s.arg(m_s.sealedTip)));
    audit->reject();
}

void TestGuiTrust::cleanupTestCase() {
    m_chiefWindow.reset();
    m_s.tearDown();
}

QTEST_MAIN(TestGuiTrust)
#include "tst_gui_trust.moc"
