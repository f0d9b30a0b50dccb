// The tip form (Ctrl+N): an officer logs the 20:30 call by keyboard, Vietnamese typed through
// input-method events; the tip is numbered, has its legal deadline, its identity sealed and is
// found by an unaccented search that never finds the identity; a draft survives a crash.
#include "models/domain/Clock.h"
#include "models/repo/accounts/StationRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/identity/IdentityRepo.h"
#include "models/repo/tips/SearchRepo.h"
#include "models/repo/tips/TipDraftRepo.h"
#include "models/security/KeyDerivation.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/tips/TipFormDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

SecretBytes secret(const QString& text) {
    QByteArray bytes = text.toUtf8();
    return SecretBytes::takeFrom(bytes);
}

// QTest::keyClicks aborts on Vietnamese letters: commit them as an input method would.
void typeText(const QString& text) {
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(target, &event);
}

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, k, modifiers);
}

template <typename T> T* child(QWidget* root, const char* name) {
    return root->findChild<T*>(QLatin1String(name));
}

} // namespace

class TestGuiTipForm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void logsTheCallByKeyboard();
    void warnsWhenTextRepeatsIdentity();
    void draftSurvivesACrash();
    void cleanupTestCase();

private:
    ui::TipFormDialog* open();

    std::unique_ptr<test::TempRegister> m_temp;
    SystemClock m_clock;
    Session m_chief, m_officer;
    const QString kName = u"Nguyễn Văn Tư"_s;
    const QString kSummary = u"Mất trộm xe máy trước tiệm tạp hóa bà Trần Thị M., ấp Cây Cám"_s;
};

void TestGuiTipForm::initTestCase() {
    test::useVietnamese();
    m_temp = std::make_unique<test::TempRegister>();
    QSqlDatabase db = m_temp->reg->database();
    UserRepo users(db, m_clock);
    QVERIFY(users.createFirstChief(
        {u"truong"_s, u"Lê Văn Trưởng"_s, u"Thiếu tá"_s, u"Trưởng Công an xã"_s, Role::Chief},
        secret(u"Chihuy-2026-mk"_s), KeyDerivation::escrowKey(m_temp->recovery)));
    m_chief = users.logon(u"truong"_s, secret(u"Chihuy-2026-mk"_s)).take();
    QVERIFY(users.createAccount(m_chief,
                                {u"canbo1"_s, u"Phạm Văn Cán"_s, u"Thiếu úy"_s, {}, Role::Officer},
                                secret(u"Tam-thoi-2026"_s)));
    m_officer = users.logon(u"canbo1"_s, secret(u"Tam-thoi-2026"_s)).take();
    const StationIdentity station{u"CÔNG AN XÃ LÁNG DÀI"_s,
                                  u"CÔNG AN HUYỆN ĐẤT ĐỎ"_s,
                                  u"Láng Dài"_s,
                                  u"Công an huyện Đất Đỏ"_s,
                                  u"26620"_s,
                                  u"77"_s,
                                  u"Bà Rịa - Vũng Tàu"_s};
    auto setUp = StationRepo(db).setUp(
        station, {u"Ấp Cây Cám"_s, u"Ấp Láng Dài"_s, u"Ấp Bàu Ngứa"_s}, QDate(2020, 1, 1));
    QVERIFY2(setUp, qPrintable(setUp.error().message));
    QSqlQuery q(db);
    QVERIFY(q.exec(u"INSERT INTO movement_models (id, type_code, name, started_on) VALUES "
                   "(1, 'zalo_group', 'Nhóm Zalo ấp Cây Cám', '2024-01-01')"_s));
    QVERIFY(q.exec(u"INSERT INTO zalo_groups (model_id) VALUES (1)"_s));
}

ui::TipFormDialog* TestGuiTipForm::open() {
    auto* dialog = ui::openTipForm(nullptr, *m_temp->reg, m_officer);
    dialog->resize(dialog->sizeHint().expandedTo(QSize(720, 0)));
    QApplication::setActiveWindow(dialog);
    if (!QTest::qWaitForWindowActive(dialog))
        qWarning("the tip form did not become active");
    return dialog;
}

void TestGuiTipForm::logsTheCallByKeyboard() {
    QPointer<ui::TipFormDialog> dialog = open();
    QCOMPARE(QApplication::focusWidget()->objectName(), u"receivedAt"_s);
    key(Qt::Key_Tab); // channel: phone
    QCOMPARE(QApplication::focusWidget()->objectName(), u"channel"_s);
    key(Qt::Key_Tab); // the Zalo group is off for a phone call: informant next
    QCOMPARE(QApplication::focusWidget()->objectName(), u"informantKind"_s);
    key(Qt::Key_Down); // identified
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"informantName"_s);
    typeText(kName);
    key(Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"0909 123 456"_s);
    for (int i = 0; i < 4; ++i) // address, ID number, relationship, note
        key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"hamlet"_s);
    auto* hamlet = child<QLineEdit>(dialog, "hamlet");
    QTest::keyClicks(hamlet, u"cay cam"_s);
    QAbstractItemView* popup = hamlet->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(hamlet->text(), u"Cây Cám"_s);
    key(Qt::Key_Tab);
    typeText(u"trước tiệm tạp hóa bà Trần Thị M."_s);
    key(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"category"_s);
    key(Qt::Key_Home); // Trộm cắp tài sản
    key(Qt::Key_Tab);
    key(Qt::Key_Down);
    key(Qt::Key_Down); // tin báo về tội phạm
    key(Qt::Key_Tab);
    key(Qt::Key_Tab); // urgency stays normal
    QCOMPARE(QApplication::focusWidget()->objectName(), u"summary"_s);
    typeText(kSummary);
    key(Qt::Key_Tab);
    typeText(u"Người dân đuổi theo nhưng đối tượng chạy thoát về hướng Phước Long Thọ."_s);
    QVERIFY(!child<QLabel>(dialog, "mentionWarning")->isVisible());
    QVERIFY(dialog->grab().save(u"/tmp/binhyen-tipform.png"_s));

    QElapsedTimer timer;
    timer.start();
    key(Qt::Key_Return, Qt::ControlModifier);
    qInfo("Ctrl+Enter to saved: %lld ms", static_cast<long long>(timer.elapsed()));
    QVERIFY(dialog->savedTipId() > 0);
    const int year = m_clock.now().date().year();
    const QString number = u"TB-0001/%1"_s.arg(year);
    QCOMPARE(child<QLabel>(dialog, "statusLabel")->text(), u"Đã lưu tin báo %1"_s.arg(number));
    QVERIFY(dialog->grab().save(u"/tmp/binhyen-tipform-saved.png"_s));
    QVERIFY(child<QLineEdit>(dialog, "informantName")->text().isEmpty()); // sealed, not shown

    QSqlDatabase db = m_temp->reg->database();
    QSqlQuery q(db);
    q.prepare(u"SELECT t.number, t.status, t.due_at, t.informant_sealed IS NOT NULL, "
              "t.classification, t.category_code, p.name, t.summary FROM tips t "
              "LEFT JOIN places p ON p.id = t.place_id WHERE t.id = ?"_s);
    q.addBindValue(dialog->savedTipId());
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), number);
    QCOMPARE(q.value(1).toString(), u"new"_s);
    QVERIFY(!q.value(2).isNull());
    QVERIFY(q.value(3).toBool());
    QCOMPARE(q.value(4).toString(), u"tin_bao"_s);
    QCOMPARE(q.value(5).toString(), u"theft"_s);
    QCOMPARE(q.value(6).toString(), u"Cây Cám"_s);
    QCOMPARE(q.value(7).toString(), kSummary);
    QVERIFY(!IdentityRepo(db, m_clock).reveal(m_officer, dialog->savedTipId(), u"thử"_s));
    SearchRepo search(db);
    QCOMPARE(search.search(m_officer, u"trom xe may"_s, 0).value().size(), 1);
    QVERIFY(search.search(m_officer, u"nguyen van tu"_s, 0).value().isEmpty());
    QVERIFY(search.search(m_officer, u"0909123456"_s, 0).value().isEmpty());
    key(Qt::Key_Escape); // saved: closes without asking
    QTRY_VERIFY(!dialog);
}

void TestGuiTipForm::warnsWhenTextRepeatsIdentity() {
    QPointer<ui::TipFormDialog> dialog = open();
    child<QComboBox>(dialog, "informantKind")->setCurrentIndex(1);
    child<QLineEdit>(dialog, "informantPhone")->setText(u"0909 123 456"_s);
    child<QLineEdit>(dialog, "summary")->setText(u"Gọi lại số 0909123456 để xác minh"_s);
    QVERIFY(child<QLabel>(dialog, "mentionWarning")->isVisible());
    child<QLineEdit>(dialog, "summary")->setText(u"Gọi lại người báo tin để xác minh"_s);
    QVERIFY(!child<QLabel>(dialog, "mentionWarning")->isVisible());
    delete dialog;
    QVERIFY(TipDraftRepo(m_temp->reg->database(), m_clock).discard(m_officer));
}

void TestGuiTipForm::draftSurvivesACrash() {
    QSqlDatabase db = m_temp->reg->database();
    QPointer<ui::TipFormDialog> dialog = open();
    QCOMPARE(QApplication::focusWidget()->objectName(), u"receivedAt"_s);
    for (int i = 0; i < 2; ++i)
        key(Qt::Key_Tab);
    key(Qt::Key_Down); // identified
    key(Qt::Key_Tab);
    typeText(kName);
    child<QLineEdit>(dialog, "summary")->setFocus();
    typeText(u"Đánh nhau ở quán nhậu ấp Láng Dài"_s);
    QCOMPARE(dialog->autosaveIntervalMs(), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(TipDraftRepo(db, m_clock).load(m_officer).value().has_value(), 5000);
    delete dialog; // the crash: nothing saved, nothing discarded

    dialog = open();
    auto* banner = child<QWidget>(dialog, "draftBanner");
    QVERIFY(banner->isVisible());
    QVERIFY(dialog->grab().save(u"/tmp/binhyen-tipform-draft.png"_s));
    QCOMPARE(QApplication::focusWidget()->objectName(), u"resumeDraftButton"_s);
    key(Qt::Key_Space);
    QVERIFY(!banner->isVisible());
    QCOMPARE(child<QLineEdit>(dialog, "summary")->text(), u"Đánh nhau ở quán nhậu ấp Láng Dài"_s);
    QCOMPARE(child<QComboBox>(dialog, "informantKind")->currentIndex(), 1);
    QVERIFY(child<QLineEdit>(dialog, "informantName")->text().isEmpty()); // sealed: re-typed
    QVERIFY(child<QLabel>(dialog, "statusLabel")->text().contains(u"niêm phong"_s));
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT count(*) FROM tip_drafts WHERE identity_sealed IS NOT NULL AND "
                   "instr(fields, 'Tư') = 0"_s) &&
            q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    key(Qt::Key_Escape); // asks first (non-blocking)
    auto* confirm = dialog->findChild<QMessageBox*>(u"discardConfirm"_s);
    QVERIFY(confirm);
    QTRY_VERIFY(confirm->isVisible());
    child<QPushButton>(confirm, "discardYes")->click();
    QTRY_VERIFY(!dialog);
    QVERIFY(!TipDraftRepo(db, m_clock).load(m_officer).value().has_value());
}

void TestGuiTipForm::cleanupTestCase() {
    if (m_temp)
        m_temp->reg->closeThreadConnection();
}

QTEST_MAIN(TestGuiTipForm)
#include "tst_gui_tipform.moc"
