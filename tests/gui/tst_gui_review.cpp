// The chief's review queue, the persons of a case, the neighbouring hamlets and the Zalo notice,
// on a real register with a chief and an officer (AuditStation, FixedClock 03/09/2020 20:30).
#include "models/domain/Case.h"
#include "models/domain/Tip.h"
#include "models/repo/accounts/StationRepo.h"
#include "models/repo/cases/CaseRepo.h"
#include "models/repo/cases/CaseWorkflowRepo.h"
#include "models/repo/cases/ZaloNoticeRepo.h"
#include "models/repo/persons/CasePersonRepo.h"
#include "models/repo/persons/PersonRepo.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/repo/tips/TipWorkflowRepo.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/admin/NeighboursDialog.h"
#include "ui/admin/OfficeHoursDialog.h"
#include "ui/cases/ZaloNoticeDialog.h"
#include "ui/persons/CasePersonsPanel.h"
#include "ui/persons/DuplicatesDialog.h"
#include "ui/persons/PersonFormDialog.h"
#include "ui/persons/PersonPickerDialog.h"
#include "ui/persons/SuspectOutcomeDialog.h"
#include "ui/review/ActionDialog.h"
#include "ui/review/ReviewPage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

void shoot(QWidget* widget, const QString& name, QSize size = {1280, 800}) {
    const QString folder = qEnvironmentVariable("BINHYEN_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    widget->resize(size);
    widget->show();
    QCoreApplication::processEvents();
    widget->grab().save(QDir(folder).filePath(name + u".png"_s));
}

// The open dialog of that type (a closed one may still wait for its deferred deletion).
template <typename T> T* visibleChild(QObject* parent) {
    for (T* child : parent->findChildren<T*>()) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

int rowOf(QTableWidget* table, const QString& number) {
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->item(r, 0) && table->item(r, 0)->text() == number)
            return r;
    }
    return -1;
}

} // namespace

class TestGuiReview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void queueListsEverything();
    void classifyFromThePage();
    void confirmValuable();
    void approveClosure();
    void sendBackNeedsComment();
    void officerHasNoChiefActions();
    void neighboursSaveAPair();
    void zaloNoticeOutsideHours();
    void personsPanelAddsSuspect();
    void officeHoursRefusesBadText();
    void duplicatesMerge();
    void auditStaysIntact();

private:
    ui::ActionDialog* trigger(const char* action);
    QTableWidget* table(const char* name) {
        return m_page->findChild<QTableWidget*>(QLatin1String(name));
    }
    QString number(qint64 tipId);

    std::unique_ptr<test::AuditStation> m_s;
    std::unique_ptr<ui::ReviewPage> m_page;
    qint64 m_dueTip = 0, m_valuableTip = 0, m_case1 = 0, m_case2 = 0, m_case3 = 0;
    QList<PlaceRow> m_places;
};

QString TestGuiReview::number(qint64 tipId) {
    QSqlQuery q(m_s->db());
    q.prepare(u"SELECT seq, year FROM tips WHERE id = ?"_s);
    q.addBindValue(tipId);
    if (!q.exec() || !q.next())
        return {};
    return u"TB-%1/%2"_s.arg(q.value(0).toInt(), 4, 10, QLatin1Char('0')).arg(q.value(1).toInt());
}

void TestGuiReview::initTestCase() {
    test::useVietnamese();
    m_s = std::make_unique<test::AuditStation>();
    QSqlDatabase db = m_s->db();
    const StationIdentity station{u"CÔNG AN XÃ LÁNG DÀI"_s,
                                  u"CÔNG AN HUYỆN ĐẤT ĐỎ"_s,
                                  u"Láng Dài"_s,
                                  u"Công an huyện Đất Đỏ"_s,
                                  u"26620"_s,
                                  u"77"_s,
                                  u"Bà Rịa - Vũng Tàu"_s};
    QVERIFY(StationRepo(db).setUp(station, {u"Ấp Cây Cám"_s, u"Ấp Phước Trung"_s, u"Ấp Mỹ Thuận"_s},
                                  QDate(2020, 1, 1)));
    auto places = PlaceRepo(db, m_s->clock).hamlets(m_s->chief);
    QVERIFY(places);
    m_places = places.value();
    QCOMPARE(m_places.size(), 3);

    const QDateTime now = m_s->clock.now();
    NewTip due;
    due.receivedAt = now.addDays(-1);
    due.channel = u"phone"_s;
    due.receivingOfficerId = m_s->officer.userId();
    due.classification = u"phan_anh"_s;
    due.summary = u"Tụ tập gây mất trật tự ở ấp Phước Trung"_s;
    due.dueAt = now.addSecs(-3600); // overdue
    due.createdBy = m_s->officer.userId();
    due.createdAt = due.receivedAt;
    m_dueTip = TipRepo(db).insert(due).value();
    NewTip valuable = due;
    valuable.summary = u"Báo người lạ đi xe máy không biển số"_s;
    valuable.dueAt = {};
    m_valuableTip = TipRepo(db).insert(valuable).value();
    QVERIFY(TipWorkflowRepo(db, m_s->clock)
                .proposeValuable(m_s->officer, m_valuableTip, u"Giúp bắt được đối tượng"_s));

    CaseRepo cases(db, m_s->clock);
    CaseWorkflowRepo workflow(db, m_s->clock);
    for (qint64* id : {&m_case1, &m_case2, &m_case3}) {
        NewCase c;
        c.title = u"Trộm cắp xe máy trước tạp hóa"_s;
        c.placeId = m_places.at(0).id;
        c.address = u"trước tạp hóa bà Trần Thị M."_s;
        c.occurredAt = now.addSecs(-1800);
        auto created = cases.create(m_s->officer, c);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        *id = created.value();
    }
    QVERIFY(workflow.proposeClosure(m_s->officer, m_case1, u"Đã bắt được đối tượng"_s, true));
    QVERIFY(workflow.proposeClosure(m_s->officer, m_case2, u"Đã làm rõ"_s, false));
    m_page = std::make_unique<ui::ReviewPage>(*m_s->t.reg, m_s->clock, m_s->chief);
}

void TestGuiReview::queueListsEverything() {
    QVERIFY(rowOf(table("unclassifiedTable"), number(m_s->tipId)) >= 0);
    const int due = rowOf(table("dueTable"), number(m_dueTip));
    QVERIFY(due >= 0);
    QCOMPARE(table("dueTable")->item(due, 3)->foreground().color(), QColor(0xb0, 0, 0));
    QVERIFY(rowOf(table("valuableTable"), number(m_valuableTip)) >= 0);
    QCOMPARE(table("closureTable")->rowCount(), 2);
    QVERIFY(m_page->findChild<QGroupBox*>(u"closureSection"_s)->title().contains(u"2"_s));
    QVERIFY(m_page->findChild<QLabel*>(u"reviewAllDone"_s)->isHidden());
    shoot(m_page.get(), u"review-page"_s);
}

ui::ActionDialog* TestGuiReview::trigger(const char* name) {
    auto* action = m_page->findChild<QAction*>(QLatin1String(name));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    return visibleChild<ui::ActionDialog>(m_page.get());
}

void TestGuiReview::classifyFromThePage() {
    QSignalSpy changed(m_page.get(), &ui::ReviewPage::changed);
    const QString tip = number(m_s->tipId);
    table("unclassifiedTable")->selectRow(rowOf(table("unclassifiedTable"), tip));
    ui::ActionDialog* dialog = trigger("unclassifiedClassify");
    QVERIFY(dialog);
    auto* choice = dialog->findChild<QComboBox*>(u"choice"_s);
    QCOMPARE(choice->count(), 5);
    choice->setCurrentIndex(choice->findData(u"phan_anh"_s));
    dialog->findChild<QLineEdit*>(u"text"_s)->setText(u"Đánh nhau, không có dấu hiệu tội phạm"_s);
    QPointer<ui::ActionDialog> guard(dialog);
    dialog->accept();
    QTRY_VERIFY(!guard);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(rowOf(table("unclassifiedTable"), tip), -1);
}

void TestGuiReview::confirmValuable() {
    const QString tip = number(m_valuableTip);
    table("valuableTable")->selectRow(rowOf(table("valuableTable"), tip));
    ui::ActionDialog* dialog = trigger("valuableConfirm");
    QVERIFY(dialog);
    dialog->findChild<QLineEdit*>(u"text"_s)->setText(u"Xác nhận tin có giá trị"_s);
    dialog->accept();
    QCOMPARE(rowOf(table("valuableTable"), tip), -1);
    QVERIFY(
        TipWorkflowRepo(m_s->db(), m_s->clock).state(m_s->chief, m_valuableTip).value().valuable);
}

void TestGuiReview::approveClosure() {
    auto detail = CaseRepo(m_s->db(), m_s->clock).get(m_s->chief, m_case1);
    table("closureTable")->selectRow(rowOf(table("closureTable"), detail.value().number));
    ui::ActionDialog* dialog = trigger("closureApprove");
    QVERIFY(dialog);
    dialog->accept(); // the comment is optional
    const CaseDetail closed = CaseRepo(m_s->db(), m_s->clock).get(m_s->chief, m_case1).value();
    QCOMPARE(closed.status, u"closed"_s);
    QCOMPARE(closed.reviewStatus, u"approved"_s);
    QCOMPARE(table("closureTable")->rowCount(), 1);
}

void TestGuiReview::sendBackNeedsComment() {
    table("closureTable")->selectRow(0);
    ui::ActionDialog* dialog = trigger("closureReturn");
    QVERIFY(dialog);
    QString shown;
    test::closeNextMessage(&shown);
    dialog->accept(); // no comment: refused by CaseWorkflowRepo, the dialog stays open
    QVERIFY(!shown.isEmpty());
    QVERIFY(dialog->isVisible());
    QCOMPARE(CaseRepo(m_s->db(), m_s->clock).get(m_s->chief, m_case2).value().reviewStatus,
             u"pending"_s);
    dialog->findChild<QLineEdit*>(u"text"_s)->setText(u"Bổ sung lời khai nhân chứng"_s);
    dialog->accept();
    const CaseDetail back = CaseRepo(m_s->db(), m_s->clock).get(m_s->chief, m_case2).value();
    QCOMPARE(back.reviewStatus, u"returned"_s);
    QCOMPARE(back.reviewComment, u"Bổ sung lời khai nhân chứng"_s);
    QCOMPARE(table("closureTable")->rowCount(), 0);
    QVERIFY(m_page->findChild<QLabel*>(u"closureEmpty"_s)->isVisibleTo(m_page.get()));
}

void TestGuiReview::officerHasNoChiefActions() {
    QVERIFY(TipWorkflowRepo(m_s->db(), m_s->clock)
                .proposeValuable(m_s->officer, m_dueTip, u"Tin giúp giải tán tụ tập"_s));
    ui::ReviewPage page(*m_s->t.reg, m_s->clock, m_s->officer);
    QVERIFY(page.findChild<QTableWidget*>(u"valuableTable"_s)->rowCount() > 0);
    for (const char* name : {"valuableConfirm", "valuableReject", "closureApprove", "closureReturn",
                             "closureAssign", "dueAssign"}) {
        auto* action = page.findChild<QAction*>(QLatin1String(name));
        QVERIFY2(action, name);
        QVERIFY2(!action->isEnabled(), name);
        QVERIFY2(!action->toolTip().isEmpty(), name); // says why
    }
    QVERIFY(page.findChild<QAction*>(u"valuableOpen"_s)->isEnabled());
    QSignalSpy opened(&page, &ui::ReviewPage::tipActivated);
    page.findChild<QAction*>(u"valuableOpen"_s)->trigger();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toLongLong(), m_dueTip);
    // Keyboard: Enter on the selected row opens it.
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto* valuable = page.findChild<QTableWidget*>(u"valuableTable"_s);
    valuable->setFocus();
    QTest::keyClick(valuable, Qt::Key_Return);
    QCOMPARE(opened.count(), 2);
    shoot(&page, u"review-page-officer"_s);
}

void TestGuiReview::neighboursSaveAPair() {
    ui::NeighboursDialog dialog(*m_s->t.reg, m_s->clock, m_s->chief);
    auto* hamlets = dialog.findChild<QListWidget*>(u"hamlets"_s);
    auto* neighbours = dialog.findChild<QListWidget*>(u"neighbours"_s);
    QCOMPARE(hamlets->count(), 3);
    hamlets->setCurrentRow(0);
    QCOMPARE(neighbours->count(), 2);
    neighbours->item(0)->setCheckState(Qt::Checked);
    QVERIFY(dialog.findChild<QPushButton*>(u"saveButton"_s)->isEnabled());
    shoot(&dialog, u"review-neighbours"_s, {640, 520});
    dialog.save();
    auto saved = PlaceRepo(m_s->db(), m_s->clock).neighbours(m_s->chief, m_places.at(0).id);
    QVERIFY(saved);
    QCOMPARE(saved.value(), QList<qint64>{m_places.at(1).id});
    // The other side sees it too.
    hamlets->setCurrentRow(1);
    QCOMPARE(neighbours->item(0)->checkState(), Qt::Checked);
}

void TestGuiReview::zaloNoticeOutsideHours() {
    const FixedClock saturday(QDateTime(QDate(2020, 9, 5), QTime(20, 0), Clock::stationZone()));
    ui::ZaloNoticeDialog dialog(*m_s->t.reg, saturday, m_s->officer, m_case3, 0);
    auto* warning = dialog.findChild<QLabel*>(u"officeHoursWarning"_s);
    QVERIFY(!warning->isHidden());
    QVERIFY(!warning->text().isEmpty());
    auto* text = dialog.findChild<QPlainTextEdit*>(u"noticeText"_s);
    QVERIFY(!text->toPlainText().isEmpty());
    dialog.findChild<QLineEdit*>(u"suspect"_s)->setText(u"nam, khoảng 25 tuổi, áo khoác đen"_s);
    QVERIFY(text->toPlainText().contains(u"áo khoác đen"_s));
    // The groups: the case's hamlet and its neighbour (saved above).
    QVERIFY(dialog.findChild<QLineEdit*>(u"groups"_s)->text().contains(m_places.at(1).name));
    shoot(&dialog, u"review-zalo-notice"_s, {680, 640});
    dialog.findChild<QCheckBox*>(u"urgent"_s)->setChecked(true);
    QVERIFY(warning->isHidden());
    QSignalSpy posted(&dialog, &ui::ZaloNoticeDialog::posted);
    dialog.findChild<QPushButton*>(u"markPostedButton"_s)->click();
    QCOMPARE(posted.count(), 1);
    QSqlQuery q(m_s->db());
    q.prepare(u"SELECT note FROM case_events WHERE case_id = ? AND kind = 'zalo_notice'"_s);
    q.addBindValue(m_case3);
    QVERIFY(q.exec() && q.next());
}

void TestGuiReview::personsPanelAddsSuspect() {
    ui::CasePersonsPanel panel(*m_s->t.reg, m_s->clock, m_s->officer);
    panel.setCase(m_case3, true);
    auto* table = panel.findChild<QTableWidget*>(u"casePersonsTable"_s);
    QCOMPARE(table->rowCount(), 0);
    QSignalSpy changed(&panel, &ui::CasePersonsPanel::changed);
    panel.findChild<QPushButton*>(u"addPersonButton"_s)->click();
    auto* picker = visibleChild<ui::PersonPickerDialog>(&panel);
    QVERIFY(picker);
    picker->findChild<QLineEdit*>(u"search"_s)->setText(u"Nguyen Van Tu"_s);
    QCOMPARE(picker->findChild<QListWidget*>(u"results"_s)->count(), 0);
    picker->findChild<QPushButton*>(u"newPersonButton"_s)->click();
    auto* form = visibleChild<ui::PersonFormDialog>(picker);
    QVERIFY(form);
    form->findChild<QLineEdit*>(u"fullName"_s)->setText(u"Nguyễn Văn Tư"_s);
    form->findChild<QSpinBox*>(u"birthYear"_s)->setValue(1995);
    form->accept();
    QTRY_COMPARE(picker->findChild<QListWidget*>(u"results"_s)->count(), 1);
    auto* role = picker->findChild<QComboBox*>(u"role"_s);
    role->setCurrentIndex(role->findData(u"suspect"_s));
    picker->accept();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), u"Nguyễn Văn Tư"_s);

    // Accent-blind search finds the person now.
    panel.findChild<QPushButton*>(u"addPersonButton"_s)->click();
    auto* again = visibleChild<ui::PersonPickerDialog>(&panel);
    QVERIFY(again && again != picker);
    again->findChild<QLineEdit*>(u"search"_s)->setText(u"nguyen van tu"_s);
    QCOMPARE(again->findChild<QListWidget*>(u"results"_s)->count(), 1);
    again->reject();

    table->selectRow(0);
    auto* outcomeButton = panel.findChild<QPushButton*>(u"suspectOutcomeButton"_s);
    QVERIFY(outcomeButton->isEnabled());
    outcomeButton->click();
    auto* outcome = visibleChild<ui::SuspectOutcomeDialog>(&panel);
    QVERIFY(outcome);
    outcome->findChild<QCheckBox*>(u"identified"_s)->setChecked(true);
    outcome->findChild<QCheckBox*>(u"arrested"_s)->setChecked(true);
    outcome->accept();
    auto rows = CasePersonRepo(m_s->db(), m_s->clock).list(m_s->officer, m_case3);
    QVERIFY(rows && rows.value().size() == 1);
    QVERIFY(rows.value().at(0).outcome.identifiedAt.isValid());
    QVERIFY(rows.value().at(0).outcome.arrestedAt.isValid());
    QVERIFY(!table->item(0, 3)->text().isEmpty());
    shoot(&panel, u"review-persons-panel"_s, {900, 360});
}

void TestGuiReview::officeHoursRefusesBadText() {
    ui::OfficeHoursDialog dialog(*m_s->t.reg, m_s->clock, m_s->chief);
    auto* periods = dialog.findChild<QLineEdit*>(u"periods"_s);
    auto* days = dialog.findChild<QLineEdit*>(u"days"_s);
    QCOMPARE(periods->text(), u"07:30-11:30,13:30-17:00"_s);
    QCOMPARE(days->text(), u"1,2,3,4,5"_s);
    dialog.show();
    periods->setText(u"25:00-26:00"_s);
    QString shown;
    test::closeNextMessage(&shown);
    dialog.accept();
    QVERIFY(!shown.isEmpty()); // the repository's message, shown
    QVERIFY(dialog.isVisible());
    periods->setText(u"07:00-11:00, 13:00-17:00"_s);
    days->setText(u"1,2,3,4,5,6"_s);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    auto hours = ZaloNoticeRepo(m_s->db(), m_s->clock).officeHours(m_s->chief);
    QVERIFY(hours);
    QCOMPARE(hours.value().periodsText(), u"07:00-11:00,13:00-17:00"_s);
    QCOMPARE(hours.value().daysText(), u"1,2,3,4,5,6"_s);
    // An officer sees them read-only.
    ui::OfficeHoursDialog officer(*m_s->t.reg, m_s->clock, m_s->officer);
    QVERIFY(!officer.findChild<QPushButton*>(u"saveButton"_s)->isEnabled());
}

void TestGuiReview::duplicatesMerge() {
    PersonRepo persons(m_s->db(), m_s->clock);
    NewPerson a;
    a.fullName = u"Trần Văn Bảy"_s;
    a.birthYear = 1980;
    a.phone = u"0909 777 888"_s;
    const qint64 keep = persons.create(m_s->officer, a).value();
    a.fullName = u"Tran Van Bay"_s;
    a.address = u"ấp Mỹ Thuận"_s;
    const qint64 merged = persons.create(m_s->officer, a).value();

    ui::DuplicatesDialog dialog(*m_s->t.reg, m_s->clock, m_s->chief);
    auto* pairs = dialog.findChild<QListWidget*>(u"pairs"_s);
    QVERIFY(pairs->count() >= 1);
    int row = -1;
    for (int i = 0; i < pairs->count(); ++i) {
        if (pairs->item(i)->text().contains(u"Tran Van Bay"_s))
            row = i;
    }
    QVERIFY(row >= 0);
    pairs->setCurrentRow(row);
    QVERIFY(dialog.findChild<QLabel*>(u"reasons"_s)->text().contains(u"0909777888"_s));
    shoot(&dialog, u"review-duplicates"_s, {900, 480});
    dialog.findChild<QPushButton*>(u"mergeLeftButton"_s)->click();
    auto* reason = visibleChild<ui::ActionDialog>(&dialog);
    QVERIFY(reason);
    reason->findChild<QLineEdit*>(u"text"_s)->setText(u"Cùng số điện thoại, cùng năm sinh"_s);
    reason->accept();
    QVERIFY(!persons.get(m_s->chief, merged));
    QCOMPARE(persons.get(m_s->chief, keep).value().address, u"ấp Mỹ Thuận"_s);
    // An officer may look but not merge.
    ui::DuplicatesDialog officer(*m_s->t.reg, m_s->clock, m_s->officer);
    QVERIFY(!officer.findChild<QPushButton*>(u"mergeLeftButton"_s)->isEnabled());
}

void TestGuiReview::auditStaysIntact() {
    auto verdict = m_s->audit().verify(nullptr);
    QVERIFY(verdict);
    QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    m_page.reset();
}

QTEST_MAIN(TestGuiReview)
#include "tst_gui_review.moc"
