// The tip workflow from the tips list: the officer forwards a tip through the step's dialog and
// proposes it as valuable, but may not confirm it; the chief confirms it.
#include "models/domain/Clock.h"
#include "models/domain/Labels.h"
#include "models/item/TipWindowModel.h"
#include "models/repo/accounts/StationRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/tips/TipIntake.h"
#include "models/repo/tips/TipWorkflowRepo.h"
#include "models/security/KeyDerivation.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/main/TipListPage.h"

#include <QAction>
#include <QLineEdit>
#include <QPointer>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

SecretBytes secret(const QString& text) {
    QByteArray bytes = text.toUtf8();
    return SecretBytes::takeFrom(bytes);
}

} // namespace

class TestGuiTipStatus : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void officerForwardsAndProposes();
    void chiefConfirmsValuable();
    void cleanupTestCase();

private:
    // Triggers the step on the selected tip and returns its (open, not blocking) dialog.
    ui::TipStatusDialog* openStep(ui::TipStep step);
    void setText(QWidget* root, const char* name, const QString& text);

    std::unique_ptr<test::TempRegister> m_temp;
    std::unique_ptr<FixedClock> m_clock;
    Session m_chief, m_officer;
    qint64 m_tip = 0;
    std::unique_ptr<ui::TipListPage> m_page;
};

void TestGuiTipStatus::initTestCase() {
    test::useVietnamese();
    m_temp = std::make_unique<test::TempRegister>();
    m_clock = std::make_unique<FixedClock>(SystemClock().now().addSecs(-3600));
    QSqlDatabase db = m_temp->reg->database();
    UserRepo users(db, *m_clock);
    QVERIFY(users.createFirstChief(
        {u"truong"_s, u"Lê Văn Trưởng"_s, u"Thiếu tá"_s, u"Trưởng Công an xã"_s, Role::Chief},
        secret(u"Chihuy-2026-mk"_s), KeyDerivation::escrowKey(m_temp->recovery)));
    m_chief = users.logon(u"truong"_s, secret(u"Chihuy-2026-mk"_s)).take();
    auto officerId = users.createAccount(
        m_chief, {u"canbo1"_s, u"Phạm Văn Cán"_s, u"Thiếu úy"_s, {}, Role::Officer},
        secret(u"Tam-thoi-2026"_s));
    QVERIFY(officerId);
    m_officer = users.logon(u"canbo1"_s, secret(u"Tam-thoi-2026"_s)).take();
    const StationIdentity station{u"CÔNG AN XÃ LÁNG DÀI"_s,
                                  u"CÔNG AN HUYỆN ĐẤT ĐỎ"_s,
                                  u"Láng Dài"_s,
                                  u"Công an huyện Đất Đỏ"_s,
                                  u"26620"_s,
                                  u"77"_s,
                                  u"Bà Rịa - Vũng Tàu"_s};
    QVERIFY(StationRepo(db).setUp(station, {u"Ấp Cây Cám"_s}, QDate(2020, 1, 1)));

    NewTip tip;
    tip.receivedAt = m_clock->now().addSecs(-2 * 3600);
    tip.channel = u"phone"_s;
    tip.receivingOfficerId = officerId.value();
    tip.classification = u"tin_bao"_s;
    tip.summary = u"Trộm bò ở ấp Cây Cám"_s;
    auto id = TipIntake(db, *m_clock).record(m_officer, tip, std::nullopt);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    m_tip = id.value();

    m_page = std::make_unique<ui::TipListPage>(db, *m_clock);
    m_page->resize(1280, 600);
    m_page->setSession(&m_officer);
    m_page->reload();
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->showTip(m_tip);
}

void TestGuiTipStatus::setText(QWidget* root, const char* name, const QString& text) {
    auto* edit = root->findChild<QLineEdit*>(QLatin1String(name));
    QVERIFY2(edit, name);
    edit->setText(text);
}

ui::TipStatusDialog* TestGuiTipStatus::openStep(ui::TipStep step) {
    QAction* action = m_page->statusBar()->action(step);
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return m_page->findChild<ui::TipStatusDialog*>();
}

void TestGuiTipStatus::officerForwardsAndProposes() {
    ui::TipStatusBar* bar = m_page->statusBar();
    QVERIFY(bar->action(ui::TipStep::Forward)->isEnabled());
    QVERIFY(!bar->action(ui::TipStep::ConfirmValuable)->isEnabled());
    QVERIFY(!bar->action(ui::TipStep::Extend)->isEnabled());

    QPointer<ui::TipStatusDialog> dialog = openStep(ui::TipStep::Forward);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QDateTime at = m_clock->now().addSecs(-600);
    setText(dialog, "body", u"Cơ quan CSĐT Công an huyện Đất Đỏ"_s);
    setText(dialog, "forwardedAt", at.toString(u"dd/MM/yyyy HH:mm"_s));
    setText(dialog, "slipNo", u"03/PC-2026"_s);
    setText(dialog, "reason", u"Có dấu hiệu tội phạm trộm cắp tài sản"_s);
    dialog->accept();
    QTRY_VERIFY(!dialog);

    QSqlDatabase db = m_temp->reg->database();
    TipWorkflowRepo repo(db, *m_clock);
    QCOMPARE(repo.state(m_officer, m_tip).value().status, u"forwarded"_s);
    const QList<TipStatusChange> history = repo.history(m_officer, m_tip).value();
    QVERIFY(!history.isEmpty());
    QCOMPARE(history.last().extra.value(u"body"_s).toString(),
             u"Cơ quan CSĐT Công an huyện Đất Đỏ"_s);
    QCOMPARE(history.last().extra.value(u"slip_no"_s).toString(), u"03/PC-2026"_s);
    QSqlQuery q(db);
    q.prepare(u"SELECT forwarded_to, forward_slip_no FROM tips WHERE id = ?"_s);
    q.addBindValue(m_tip);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(1).toString(), u"03/PC-2026"_s);
    // The list was read again and still shows the tip, now forwarded.
    const QModelIndex current = m_page->view()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(TipWindowModel::Status).data().toString(),
             tipStatusLabel(u"forwarded"_s));
    QVERIFY(!bar->action(ui::TipStep::Forward)->isEnabled());

    dialog = openStep(ui::TipStep::ProposeValuable);
    QVERIFY(dialog);
    setText(dialog, "reason", u"Giúp bắt quả tang đối tượng"_s);
    dialog->accept();
    QTRY_VERIFY(!dialog);
    QVERIFY(repo.state(m_officer, m_tip).value().valuableProposedBy != 0);
    QVERIFY(!bar->action(ui::TipStep::ConfirmValuable)->isEnabled());
}

void TestGuiTipStatus::chiefConfirmsValuable() {
    m_page->setSession(&m_chief);
    ui::TipStatusBar* bar = m_page->statusBar();
    QVERIFY(bar->action(ui::TipStep::RejectValuable)->isEnabled());
    QPointer<ui::TipStatusDialog> dialog = openStep(ui::TipStep::ConfirmValuable);
    QVERIFY(dialog);
    setText(dialog, "reason", u"Đã xác minh: tin góp phần phá án"_s);
    dialog->accept();
    QTRY_VERIFY(!dialog);
    QSqlQuery q(m_temp->reg->database());
    q.prepare(u"SELECT valuable FROM tips WHERE id = ?"_s);
    q.addBindValue(m_tip);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(!bar->action(ui::TipStep::ConfirmValuable)->isEnabled());
}

void TestGuiTipStatus::cleanupTestCase() {
    m_page.reset();
    if (m_temp)
        m_temp->reg->closeThreadConnection();
}

QTEST_MAIN(TestGuiTipStatus)
#include "tst_gui_tipstatus.moc"
