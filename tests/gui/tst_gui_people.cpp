// The "People" area: an accent-blind search as you type, the selected person's record and their
// roles across cases (a role opens the case), new and edited persons through the form, and the
// buttons each role may use; then the page inside the main window over the demo register.
// Real registers (AuditStation: chief "truong", officer "canbo1", FixedClock 03/09/2020 20:30).
#include "models/domain/Case.h"
#include "models/repo/accounts/StationRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/cases/CaseRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/persons/CasePersonRepo.h"
#include "models/repo/persons/PersonRepo.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/security/KeyDerivation.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/cases/CaseWindow.h"
#include "ui/main/MainWindow.h"
#include "ui/persons/DuplicatesDialog.h"
#include "ui/persons/PeoplePage.h"
#include "ui/persons/PersonDetailsPanel.h"
#include "ui/persons/PersonFormDialog.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

void shoot(QWidget* widget, const QString& name) {
    const QString folder = qEnvironmentVariable("BINHYEN_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QCoreApplication::processEvents();
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + u".png"_s)));
}

SecretBytes password(const char* text) {
    QByteArray bytes(text);
    return SecretBytes::takeFrom(bytes);
}

// The open dialog of that type (a closed one may still wait for its deferred deletion).
template <typename T> T* visibleChild(QObject* parent) {
    for (T* child : parent->findChildren<T*>()) {
        if (child->isVisible())
            return child;
    }
    return nullptr;
}

QString pageText(const char* source) {
    return QCoreApplication::translate("binhyen::ui::PeoplePage", source);
}

} // namespace

class TestGuiPeople : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyBoxShowsTheHint();
    void searchesAsYouTypeWithoutAccents();
    void findsByPhoneAndIdNumber();
    void selectionShowsRecordAndRoles();
    void roleOpensTheCase();
    void enterEditsThePerson();
    void newPersonAddsARow();
    void escapeClearsTheSearch();
    void buttonsFollowTheRole();
    void withoutUserAsksToLogOn();
    void auditStaysIntact();
    void insideTheMainWindow();

private:
    void search(const QString& text, int rows);
    QPushButton* button(ui::PeoplePage* page, const char* name) {
        return page->findChild<QPushButton*>(QLatin1String(name));
    }
    QString hint() const { return m_page->findChild<QLabel*>(u"searchHint"_s)->text(); }
    QString cell(int row, int column) const {
        const QTableWidgetItem* item = m_page->results()->item(row, column);
        return item ? item->text() : QString();
    }

    std::unique_ptr<test::AuditStation> m_s;
    Session m_inspector;
    std::unique_ptr<ui::PeoplePage> m_page;
    qint64 m_tran = 0, m_dang = 0, m_case = 0;
    QString m_caseNumber;
};

void TestGuiPeople::initTestCase() {
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
    QVERIFY(
        StationRepo(db).setUp(station, {u"Ấp Cây Cám"_s, u"Ấp Phước Trung"_s}, QDate(2020, 1, 1)));
    auto hamlets = PlaceRepo(db, m_s->clock).hamlets(m_s->chief);
    QVERIFY(hamlets && hamlets.value().size() == 2);

    UserRepo users(db, m_s->clock);
    const NewAccount account{u"thanhtra"_s, u"Lê Thị Thanh"_s, u"Đại úy"_s, u"Thanh tra"_s,
                             Role::Inspector};
    QVERIFY(users.createAccount(m_s->chief, account, password("Tam-thoi-2020")));
    auto inspector = users.logon(u"thanhtra"_s, password("Tam-thoi-2020"));
    QVERIFY(inspector);
    m_inspector = inspector.take();

    PersonRepo persons(db, m_s->clock);
    NewPerson tran;
    tran.fullName = u"Trần Thị M."_s;
    tran.birthYear = 1962;
    tran.phone = u"0909 123 456"_s;
    tran.address = u"tạp hóa đầu ấp"_s;
    tran.placeId = hamlets.value().at(0).id;
    m_tran = persons.create(m_s->officer, tran).value();
    NewPerson dang;
    dang.fullName = u"Đặng Văn Lâm"_s;
    dang.birthYear = 1990;
    dang.idNumber = u"077 090 001 234"_s;
    m_dang = persons.create(m_s->officer, dang).value();
    QVERIFY(m_tran > 0 && m_dang > 0);

    NewCase c;
    c.title = u"Trộm cắp xe máy trước tạp hóa"_s;
    c.placeId = hamlets.value().at(0).id;
    c.occurredAt = m_s->clock.now().addSecs(-1800);
    auto created = CaseRepo(db, m_s->clock).create(m_s->officer, c);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    m_case = created.value();
    m_caseNumber = CaseRepo(db, m_s->clock).get(m_s->officer, m_case).value().number;
    QVERIFY(CasePersonRepo(db, m_s->clock).add(m_s->officer, m_case, m_tran, u"witness"_s));

    m_page = std::make_unique<ui::PeoplePage>(*m_s->t.reg, m_s->clock, &m_s->officer);
    m_page->resize(1100, 600);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

// Types the text; nothing happens at once (the search waits for the typing to stop).
void TestGuiPeople::search(const QString& text, int rows) {
    m_page->searchBox()->clear();
    m_page->reload();
    QCOMPARE(m_page->results()->rowCount(), 0);
    m_page->searchBox()->setText(text);
    QCOMPARE(m_page->results()->rowCount(), 0);
    QTRY_COMPARE(m_page->results()->rowCount(), rows);
}

void TestGuiPeople::emptyBoxShowsTheHint() {
    QVERIFY(m_page->searchBox()->text().isEmpty());
    QCOMPARE(m_page->results()->rowCount(), 0);
    QCOMPARE(hint(), pageText("Type a name, a phone number or a CCCD number to search…"));
    QVERIFY(m_page->searchBox()->isEnabled());
}

void TestGuiPeople::searchesAsYouTypeWithoutAccents() {
    search(u"tran thi"_s, 1);
    QCOMPARE(cell(0, ui::PeoplePage::Name), u"Trần Thị M."_s);
    QCOMPARE(cell(0, ui::PeoplePage::BirthYear), u"1962"_s);
    QCOMPARE(cell(0, ui::PeoplePage::Phone), u"0909123456"_s);
    QCOMPARE(cell(0, ui::PeoplePage::Hamlet), u"Cây Cám"_s);
    QCOMPARE(cell(0, ui::PeoplePage::Address), u"tạp hóa đầu ấp"_s);
    search(u"dang"_s, 1);
    QCOMPARE(cell(0, ui::PeoplePage::Name), u"Đặng Văn Lâm"_s);
    QCOMPARE(cell(0, ui::PeoplePage::IdNumber), u"077090001234"_s);
    search(u"nguyen"_s, 0);
    QTRY_VERIFY(hint().contains(u"nguyen"_s));
}

void TestGuiPeople::findsByPhoneAndIdNumber() {
    search(u"123 456"_s, 1);
    QCOMPARE(cell(0, ui::PeoplePage::Name), u"Trần Thị M."_s);
    search(u"0909123456"_s, 1);
    QCOMPARE(cell(0, ui::PeoplePage::Name), u"Trần Thị M."_s);
    search(u"090001"_s, 1);
    QCOMPARE(cell(0, ui::PeoplePage::Name), u"Đặng Văn Lâm"_s);
}

void TestGuiPeople::selectionShowsRecordAndRoles() {
    search(u"tran"_s, 1);
    QCOMPARE(m_page->selectedPerson(), 0);
    QVERIFY(m_page->findChild<QWidget*>(u"personRecord"_s)->isHidden());
    m_page->results()->setCurrentCell(0, 0);
    QCOMPARE(m_page->selectedPerson(), m_tran);
    QVERIFY(!m_page->findChild<QWidget*>(u"personRecord"_s)->isHidden());
    QCOMPARE(m_page->findChild<QLabel*>(u"detailName"_s)->text(), u"Trần Thị M."_s);
    QCOMPARE(m_page->findChild<QLabel*>(u"detailPhone"_s)->text(), u"0909123456"_s);
    QTableWidget* roles = m_page->details()->roles();
    QCOMPARE(roles->rowCount(), 1);
    QCOMPARE(roles->item(0, 0)->text(), m_caseNumber);
    QCOMPARE(roles->item(0, 1)->text(), u"Trộm cắp xe máy trước tạp hóa"_s);
    QVERIFY(!roles->item(0, 2)->text().isEmpty());
    // Đặng Văn Lâm plays no role.
    search(u"dang van"_s, 1);
    m_page->results()->setCurrentCell(0, 0);
    QCOMPARE(m_page->details()->personId(), m_dang);
    QCOMPARE(roles->rowCount(), 0);
}

void TestGuiPeople::roleOpensTheCase() {
    search(u"tran thi m"_s, 1);
    m_page->results()->setCurrentCell(0, 0);
    QTableWidget* roles = m_page->details()->roles();
    QSignalSpy activated(m_page.get(), &ui::PeoplePage::caseActivated);
    roles->setCurrentCell(0, 0);
    QTest::keyClick(roles, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), m_case);
    const QRect cellRect = roles->visualItemRect(roles->item(0, 1));
    QTest::mouseClick(roles->viewport(), Qt::LeftButton, {}, cellRect.center());
    QTest::mouseDClick(roles->viewport(), Qt::LeftButton, {}, cellRect.center());
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toLongLong(), m_case);
}

void TestGuiPeople::enterEditsThePerson() {
    search(u"dang"_s, 1);
    m_page->results()->setCurrentCell(0, 0);
    QVERIFY(button(m_page.get(), "editPersonButton")->isEnabled());
    QTest::keyClick(m_page->results(), Qt::Key_Return);
    auto* form = visibleChild<ui::PersonFormDialog>(m_page.get());
    QVERIFY(form);
    QVERIFY(form->isEditing());
    QCOMPARE(form->personId(), m_dang);
    QCOMPARE(form->findChild<QLineEdit*>(u"fullName"_s)->text(), u"Đặng Văn Lâm"_s);
    QCOMPARE(form->findChild<QSpinBox*>(u"birthYear"_s)->value(), 1990);
    QCOMPARE(form->findChild<QLineEdit*>(u"idNumber"_s)->text(), u"077090001234"_s);
    form->findChild<QLineEdit*>(u"phone"_s)->setText(u"0912 345 678"_s);
    form->accept();
    QTRY_VERIFY(!form->isVisible() ||
                form->findChild<QLabel*>(u"duplicatesWarning"_s)->isVisible());
    if (form->isVisible())
        form->accept();
    QCOMPARE(m_page->results()->rowCount(), 1);
    QCOMPARE(m_page->selectedPerson(), m_dang);
    QCOMPARE(cell(0, ui::PeoplePage::Phone), u"0912345678"_s);
    auto stored = PersonRepo(m_s->db(), m_s->clock).get(m_s->officer, m_dang);
    QVERIFY(stored);
    QCOMPARE(stored.value().phone, u"0912345678"_s);
    QCOMPARE(stored.value().fullName, u"Đặng Văn Lâm"_s); // the other fields kept
    QCOMPARE(stored.value().idNumber, u"077090001234"_s);
    QCOMPARE(stored.value().birthYear, 1990);
}

void TestGuiPeople::newPersonAddsARow() {
    search(u"tran"_s, 1);
    QSignalSpy none(m_page.get(), &ui::PeoplePage::caseActivated);
    button(m_page.get(), "newPersonButton")->click();
    auto* form = visibleChild<ui::PersonFormDialog>(m_page.get());
    QVERIFY(form);
    QVERIFY(!form->isEditing());
    QVERIFY(form->findChild<QLineEdit*>(u"fullName"_s)->text().isEmpty()); // "tran": no accents
    form->findChild<QLineEdit*>(u"fullName"_s)->setText(u"Trần Văn Nam"_s);
    form->findChild<QSpinBox*>(u"birthYear"_s)->setValue(1985);
    form->accept();
    QCOMPARE(m_page->results()->rowCount(), 2);
    QVERIFY(m_page->selectedPerson() > 0);
    QCOMPARE(cell(m_page->results()->currentRow(), ui::PeoplePage::Name), u"Trần Văn Nam"_s);
    QCOMPARE(m_page->details()->roles()->rowCount(), 0);
    if (form->isVisible())
        form->accept();
    QCOMPARE(none.count(), 0);

    // A new person the search does not find is looked up by name.
    search(u"dang"_s, 1);
    button(m_page.get(), "newPersonButton")->click();
    form = visibleChild<ui::PersonFormDialog>(m_page.get());
    QVERIFY(form);
    form->findChild<QLineEdit*>(u"fullName"_s)->setText(u"Võ Thị Hoa"_s);
    form->accept();
    QCOMPARE(m_page->searchBox()->text(), u"Võ Thị Hoa"_s);
    QCOMPARE(m_page->results()->rowCount(), 1);
    QCOMPARE(cell(0, ui::PeoplePage::Name), u"Võ Thị Hoa"_s);
    QCOMPARE(m_page->selectedPerson(), m_page->results()->item(0, 0)->data(Qt::UserRole + 1));
    if (form->isVisible())
        form->accept();
}

void TestGuiPeople::escapeClearsTheSearch() {
    search(u"tran"_s, 2);
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    m_page->results()->setFocus();
    m_page->results()->setCurrentCell(0, 0);
    QTest::keyClick(m_page->results(), Qt::Key_Escape);
    QVERIFY(m_page->searchBox()->text().isEmpty());
    QCOMPARE(m_page->results()->rowCount(), 0);
    QVERIFY(m_page->searchBox()->hasFocus());
    QCOMPARE(hint(), pageText("Type a name, a phone number or a CCCD number to search…"));
    // Down from the box goes to the results.
    QTest::keyClicks(m_page->searchBox(), u"dang"_s);
    QTest::keyClick(m_page->searchBox(), Qt::Key_Down);
    QCOMPARE(m_page->results()->rowCount(), 1);
    QVERIFY(m_page->results()->hasFocus());
    QCOMPARE(m_page->selectedPerson(), m_dang);
}

void TestGuiPeople::buttonsFollowTheRole() {
    // The officer writes but does not merge.
    QVERIFY(button(m_page.get(), "newPersonButton")->isEnabled());
    QVERIFY(!button(m_page.get(), "duplicatesButton")->isEnabled());
    QVERIFY(!button(m_page.get(), "duplicatesButton")->toolTip().isEmpty());
    QVERIFY(!m_page->showDuplicates());

    ui::PeoplePage inspector(*m_s->t.reg, m_s->clock, &m_inspector);
    QVERIFY(inspector.searchBox()->isEnabled());
    inspector.searchBox()->setText(u"tran thi"_s);
    inspector.reload();
    QCOMPARE(inspector.results()->rowCount(), 1);
    inspector.results()->setCurrentCell(0, 0);
    QCOMPARE(inspector.details()->roles()->rowCount(), 1); // reading is allowed
    for (const char* name : {"newPersonButton", "editPersonButton", "duplicatesButton"}) {
        QVERIFY2(!button(&inspector, name)->isEnabled(), name);
        QVERIFY2(!button(&inspector, name)->toolTip().isEmpty(), name);
    }
    QCOMPARE(button(&inspector, "editPersonButton")->toolTip(),
             pageText("Your role may not change person records."));
    QVERIFY(!inspector.newPerson());
    QVERIFY(!inspector.editPerson());

    ui::PeoplePage chief(*m_s->t.reg, m_s->clock, &m_s->chief);
    QVERIFY(button(&chief, "duplicatesButton")->isEnabled());
    QVERIFY(!button(&chief, "editPersonButton")->isEnabled()); // nothing selected yet
    chief.show();
    ui::DuplicatesDialog* duplicates = chief.showDuplicates();
    QVERIFY(duplicates);
    QVERIFY(duplicates->isVisible());
    duplicates->reject();
}

void TestGuiPeople::withoutUserAsksToLogOn() {
    ui::PeoplePage page(*m_s->t.reg, m_s->clock, nullptr);
    QVERIFY(!page.searchBox()->isEnabled());
    QCOMPARE(page.findChild<QLabel*>(u"searchHint"_s)->text(),
             pageText("Log on to search the persons."));
    for (const char* name : {"newPersonButton", "editPersonButton", "duplicatesButton"})
        QVERIFY2(!button(&page, name)->isEnabled(), name);
    QVERIFY(!page.newPerson());
}

void TestGuiPeople::auditStaysIntact() {
    auto verdict = m_s->audit().verify(nullptr);
    QVERIFY(verdict);
    QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
}

void TestGuiPeople::insideTheMainWindow() {
    m_page.reset();
    test::TempRegister temp;
    const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone());
    FixedClock clock(now);
    auto filled =
        DemoRepo(temp.reg->database()).fill(clock, KeyDerivation::escrowKey(temp.recovery));
    QVERIFY2(filled, qPrintable(filled ? QString() : filled.error().text()));
    QByteArray secret(DemoRepo::kPassword);
    auto chief =
        UserRepo(temp.reg->database(), clock).logon(u"truong"_s, SecretBytes::takeFrom(secret));
    QVERIFY(chief);
    Session session = chief.take();

    ui::MainWindow window(*temp.reg, &session, std::make_unique<FixedClock>(now));
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ui::PeoplePage* page = window.peoplePage();
    QVERIFY(page);
    // Moving through the navigation with the arrows leaves the focus there; Enter or showArea
    // gives it to the search box.
    auto* navigation = window.findChild<QListWidget*>(u"navigation"_s);
    navigation->setCurrentRow(ui::MainWindow::Review);
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Down);
    QCOMPARE(window.currentArea(), ui::MainWindow::People);
    QVERIFY(navigation->hasFocus());
    QTest::keyClick(navigation, Qt::Key_Return);
    QVERIFY(page->searchBox()->hasFocus());
    window.showArea(ui::MainWindow::Tips);
    window.showArea(ui::MainWindow::People);
    QCOMPARE(window.currentArea(), ui::MainWindow::People);
    QVERIFY(page->isVisible());
    QVERIFY(page->searchBox()->hasFocus());
    shoot(&window, u"people-empty"_s);

    QTest::keyClicks(page->searchBox(), u"nguyen"_s);
    QTRY_VERIFY(page->results()->rowCount() > 0);
    // The first person found who plays a role in a case.
    int withRole = -1;
    for (int row = 0; row < page->results()->rowCount() && withRole < 0; ++row) {
        page->results()->setCurrentCell(row, 0);
        if (page->details()->roles()->rowCount() > 0)
            withRole = row;
    }
    QVERIFY(withRole >= 0);
    shoot(&window, u"people-search-nguyen"_s);

    // The role opens the case window.
    QTableWidget* roles = page->details()->roles();
    const QString number = roles->item(0, 0)->text();
    roles->setCurrentCell(0, 0);
    QTest::keyClick(roles, Qt::Key_Return);
    ui::CaseWindow* opened = nullptr;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (auto* w = qobject_cast<ui::CaseWindow*>(top); w && w->isVisible())
            opened = w;
    }
    QVERIFY(opened);
    QVERIFY(opened->header()->text().contains(number));
    opened->close();

    // Edit… from the main window's page.
    ui::PersonFormDialog* form = page->editPerson();
    QVERIFY(form);
    QVERIFY(QTest::qWaitForWindowExposed(form));
    shoot(form, u"people-edit-form"_s);
    form->reject();

    // Movement is still to come.
    window.showArea(ui::MainWindow::Movement);
    QVERIFY(window.findChild<QLabel*>(u"notYet"_s));
}

QTEST_MAIN(TestGuiPeople)
#include "tst_gui_people.moc"
