// The 2020 story told through the case windows: the officer opens a case from the 20:30 tip, links
// the 23:00 tip the register suggests (neighbouring hamlet), adds timeline events and proposes the
// closure, which he may not approve; the chief approves it and the case is closed and solved.
#include "models/domain/CaseLabels.h"
#include "models/domain/Clock.h"
#include "models/item/CaseListModel.h"
#include "models/repo/accounts/StationRepo.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/cases/CaseRepo.h"
#include "models/repo/cases/CaseTimelineRepo.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/repo/tips/TipIntake.h"
#include "models/security/KeyDerivation.h"
#include "reports/cases/CaseTimelineReport.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/cases/CaseDetailsTab.h"
#include "ui/cases/CaseFields.h"
#include "ui/cases/CaseLinksTab.h"
#include "ui/cases/CaseListPage.h"
#include "ui/cases/CasePromptDialog.h"
#include "ui/cases/CaseSuggestionsDialog.h"
#include "ui/cases/CaseTimelineTab.h"
#include "ui/cases/CaseWindow.h"
#include "ui/cases/CaseWindows.h"
#include "ui/cases/NewCaseDialog.h"
#include "ui/main/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

SecretBytes secret(const QString& text) {
    QByteArray bytes = text.toUtf8();
    return SecretBytes::takeFrom(bytes);
}

QDateTime at(int hour, int minute) {
    return QDateTime(QDate(2020, 9, 3), QTime(hour, minute), Clock::stationZone());
}

QString shotsFolder() {
    return qEnvironmentVariable("BINHYEN_SHOTS");
}

void shoot(QWidget* widget, const QString& name) {
    const QString folder = shotsFolder();
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + u".png"_s)));
}

} // namespace

using ui::CaseWindow;

class TestGuiCases : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void officerOpensCaseFromTip();
    void suggestedTipIsLinked();
    void timelineEvents();
    void suggestedCaseForATip();
    void caseListFilters();
    void officerProposesClosure();
    void chiefApproves();
    void timelineReport();
    void cleanupTestCase();

private:
    // Answers the prompt dialog the last click opened (its text, its check box) and accepts it.
    void answerPrompt(QWidget* root, const char* name, const QString& text, bool check = false);
    CaseWindow* caseWindow() const;

    std::unique_ptr<test::TempRegister> m_temp;
    std::unique_ptr<FixedClock> m_clock;
    Session m_chief, m_officer;
    qint64 m_tip2030 = 0, m_tip2300 = 0, m_case = 0;
    std::unique_ptr<ui::MainWindow> m_window;
    std::unique_ptr<ui::MainWindow> m_chiefWindow;
};

void TestGuiCases::initTestCase() {
    test::useVietnamese();
    m_temp = std::make_unique<test::TempRegister>();
    m_clock = std::make_unique<FixedClock>(at(23, 10));
    QSqlDatabase db = m_temp->reg->database();
    UserRepo users(db, *m_clock);
    QVERIFY(users.createFirstChief(
        {u"truong"_s, u"Lê Văn Trưởng"_s, u"Thiếu tá"_s, u"Trưởng Công an xã"_s, Role::Chief},
        secret(u"Chihuy-2020-mk"_s), KeyDerivation::escrowKey(m_temp->recovery)));
    m_chief = users.logon(u"truong"_s, secret(u"Chihuy-2020-mk"_s)).take();
    auto officerId = users.createAccount(
        m_chief, {u"canbo1"_s, u"Phạm Văn Cán"_s, u"Thiếu úy"_s, {}, Role::Officer},
        secret(u"Tam-thoi-2020"_s));
    QVERIFY(officerId);
    m_officer = users.logon(u"canbo1"_s, secret(u"Tam-thoi-2020"_s)).take();
    QVERIFY(AuditRepo(db, *m_clock).baseline(m_chief, u"first run"_s));
    const StationIdentity station{u"CÔNG AN XÃ LÁNG DÀI"_s,
                                  u"CÔNG AN HUYỆN ĐẤT ĐỎ"_s,
                                  u"Láng Dài"_s,
                                  u"Công an huyện Đất Đỏ"_s,
                                  u"26698"_s,
                                  u"77"_s,
                                  u"Bà Rịa - Vũng Tàu"_s};
    QVERIFY(StationRepo(db).setUp(station, {u"Ấp Cây Cám"_s, u"Ấp Long Thọ"_s, u"Ấp Phước Hòa"_s},
                                  QDate(2020, 1, 1)));
    PlaceRepo places(db, *m_clock);
    const QList<PlaceRow> hamlets = places.hamlets(m_chief).value();
    QCOMPARE(hamlets.size(), 3);
    QCOMPARE(hamlets.at(0).name, u"Cây Cám"_s);
    QCOMPARE(hamlets.at(1).name, u"Long Thọ"_s);
    auto neighbours = places.setNeighbours(m_chief, hamlets.at(0).id, {hamlets.at(1).id});
    QVERIFY2(neighbours, qPrintable(neighbours ? QString() : neighbours.error().text()));

    TipIntake intake(db, *m_clock);
    NewTip theft;
    theft.receivedAt = at(20, 30);
    theft.channel = u"phone"_s;
    theft.receivingOfficerId = m_officer.userId();
    theft.placeId = hamlets.at(0).id;
    theft.address = u"Trước tạp hóa bà Trần Thị M."_s;
    theft.categoryCode = u"theft"_s;
    theft.classification = u"tin_bao"_s;
    theft.summary = u"Trộm xe máy biển số 72E1-123.45 trước tạp hóa, người dân truy đuổi nhưng "
                    u"đối tượng chạy thoát"_s;
    auto first = intake.record(m_officer, theft, std::nullopt);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().text()));
    m_tip2030 = first.value();
    NewTip seen;
    seen.receivedAt = at(23, 0);
    seen.channel = u"phone"_s;
    seen.receivingOfficerId = m_officer.userId();
    seen.placeId = hamlets.at(1).id;
    seen.categoryCode = u"suspicious_person"_s;
    seen.summary = u"Người đàn ông giống mô tả kẻ trộm xe đang ở gần khu công nghiệp Phước Long "
                   u"Thọ"_s;
    auto second = intake.record(m_officer, seen, std::nullopt);
    QVERIFY2(second, qPrintable(second ? QString() : second.error().text()));
    m_tip2300 = second.value();

    m_window = std::make_unique<ui::MainWindow>(*m_temp->reg, &m_officer,
                                                std::make_unique<FixedClock>(at(23, 10)));
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiCases::answerPrompt(QWidget* root, const char* name, const QString& text, bool check) {
    QPointer<ui::CasePromptDialog> prompt =
        root->findChild<ui::CasePromptDialog*>(QLatin1String(name));
    QVERIFY2(prompt, name);
    QVERIFY(prompt->isVisible());
    prompt->textEdit()->setPlainText(text);
    if (check) {
        QVERIFY(prompt->checkBox());
        prompt->checkBox()->setChecked(true);
    }
    prompt->findChild<QPushButton*>(u"promptOk"_s)->click();
    QTRY_VERIFY(!prompt);
}

CaseWindow* TestGuiCases::caseWindow() const {
    return m_window->caseWindows() ? m_window->openCase(m_case) : nullptr;
}

void TestGuiCases::officerOpensCaseFromTip() {
    QPointer<ui::NewCaseDialog> dialog = m_window->openCaseFromTip(m_tip2030);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto* title = dialog->findChild<QLineEdit*>(u"caseTitle"_s);
    auto* hamlet = dialog->findChild<QComboBox*>(u"caseHamlet"_s);
    auto* type = dialog->findChild<QComboBox*>(u"caseType"_s);
    auto* occurred = dialog->findChild<QLineEdit*>(u"caseOccurredAt"_s);
    QVERIFY(title && hamlet && type && occurred);
    QVERIFY(!title->text().isEmpty());
    QVERIFY(title->text().contains(u"Trộm xe máy"_s));
    QCOMPARE(hamlet->currentText(), u"Cây Cám"_s);
    QCOMPARE(type->currentData().toString(), u"theft"_s);
    QCOMPARE(occurred->text(), u"03/09/2020 20:30"_s);
    shoot(dialog, u"cases-new-from-tip"_s);
    title->setText(u"Trộm xe máy trước tạp hóa ấp Cây Cám"_s);
    dialog->findChild<QPushButton*>(u"createCase"_s)->click();
    QTRY_VERIFY(!dialog);

    const QList<CaseRow> cases = CaseRepo(m_temp->reg->database()).listNewest(10).value();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.first().number, u"VV-0001/2020"_s);
    QCOMPARE(cases.first().hamlet, u"Cây Cám"_s);
    QCOMPARE(cases.first().linkedTips, 1);
    m_case = cases.first().id;
    // The case's window opened; opening it again brings the same window forward.
    CaseWindow* window = m_window->caseWindows()->window(m_case);
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(m_window->openCase(m_case), window);
    QVERIFY(window->header()->text().contains(u"VV-0001/2020"_s));
    QVERIFY(window->header()->text().contains(u"Trộm xe máy trước tạp hóa ấp Cây Cám"_s));
    // The list shows it too.
    QTableView* list = m_window->casePage()->view();
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, CaseListModel::Number).data().toString(), u"VV-0001/2020"_s);
    // The details are edited in place and saved (Ctrl+S or the button).
    auto* address = window->details()->findChild<QLineEdit*>(u"caseAddress"_s);
    QVERIFY(address && !address->isReadOnly());
    address->setText(u"Trước tạp hóa bà Trần Thị M., ấp Cây Cám"_s);
    window->findChild<QPushButton*>(u"saveCase"_s)->click();
    QCOMPARE(CaseRepo(m_temp->reg->database()).get(m_officer, m_case).value().address,
             u"Trước tạp hóa bà Trần Thị M., ấp Cây Cám"_s);
    window->resize(1280, 800);
    window->tabs()->setCurrentIndex(CaseWindow::PersonsTab);
    shoot(window, u"cases-window-persons"_s);
    window->tabs()->setCurrentIndex(CaseWindow::DetailsTab);
    shoot(window, u"cases-window-details"_s);
}

void TestGuiCases::suggestedTipIsLinked() {
    CaseWindow* window = caseWindow();
    QVERIFY(window);
    window->tabs()->setCurrentIndex(CaseWindow::LinksTab);
    ui::CaseLinksTab* links = window->links();
    QCOMPARE(links->linksTable()->rowCount(), 1);
    int row = -1;
    for (int i = 0; i < links->suggestions().size(); ++i) {
        if (links->suggestions().at(i).tipId == m_tip2300)
            row = i;
    }
    QVERIFY2(row >= 0, "the 23:00 tip is not suggested");
    bool neighbour = false;
    for (const SuggestionReason& reason : links->suggestions().at(row).reasons)
        neighbour = neighbour || reason.kind == SuggestionReasonKind::NeighbourHamlet;
    QVERIFY(neighbour);
    // The reasons are shown on one line.
    const QString shown = links->suggestionsTable()->item(row, 4)->text();
    QVERIFY(shown.contains(links->suggestions().at(row).reasons.first().text));
    shoot(window, u"cases-window-links-suggested"_s);

    links->suggestionsTable()->setCurrentCell(row, 0);
    auto* link = links->findChild<QPushButton*>(u"linkTip"_s);
    QVERIFY(link->isEnabled());
    link->click();
    answerPrompt(links, "linkTipDialog", u"Người dân báo thấy đối tượng"_s);

    QCOMPARE(links->linksTable()->rowCount(), 2);
    QCOMPARE(links->linksTable()->item(1, ui::CaseLinksTab::Note)->text(),
             u"Người dân báo thấy đối tượng"_s);
    for (const TipSuggestion& s : links->suggestions())
        QVERIFY(s.tipId != m_tip2300);
    // An officer neither unlinks nor marks a tip as contributing.
    auto* unlink = links->findChild<QPushButton*>(u"unlinkTip"_s);
    links->linksTable()->setCurrentCell(1, 0);
    QVERIFY(!unlink->isEnabled());
    QVERIFY(!(links->linksTable()->item(1, ui::CaseLinksTab::Contributed)->flags() &
              Qt::ItemIsEnabled));
    shoot(window, u"cases-window-links"_s);
}

void TestGuiCases::timelineEvents() {
    CaseWindow* window = caseWindow();
    window->tabs()->setCurrentIndex(CaseWindow::TimelineTab);
    ui::CaseTimelineTab* timeline = window->timeline();
    QTableWidget* table = timeline->table();
    const int before = table->rowCount();
    QCOMPARE(before, 2); // the tip the case was opened from, the tip linked after
    auto* kind = timeline->findChild<QComboBox*>(u"eventKind"_s);
    auto* when = timeline->findChild<QDateTimeEdit*>(u"eventAt"_s);
    auto* officer = timeline->findChild<QComboBox*>(u"eventOfficer"_s);
    auto* note = timeline->findChild<QLineEdit*>(u"eventNote"_s);
    QVERIFY(kind && when && officer && note);
    QCOMPARE(officer->currentData().toLongLong(), m_officer.userId());
    QCOMPARE(when->dateTime().toString(u"dd/MM/yyyy HH:mm"_s), u"03/09/2020 23:10"_s);
    QCOMPARE(kind->findData(u"tip_linked"_s), -1); // recorded by linking, not by hand

    const struct {
        const char* kind;
        QDateTime time;
        QString note;
    } steps[] = {
        {"camera_extract", at(21, 15), u"Trích xuất camera nhà dân: <b>áo khoác đen</b>"_s},
        {"brought_in", at(23, 5), u"Cùng tổ bảo vệ an ninh đưa đối tượng về trụ sở"_s},
        {"statement", at(23, 8), u"Đối tượng khai nhận đã trộm xe"_s},
    };
    for (const auto& step : steps) {
        const int index = kind->findData(QString::fromLatin1(step.kind));
        QVERIFY2(index >= 0, step.kind);
        kind->setCurrentIndex(index);
        when->setDateTime(QDateTime(step.time.date(), step.time.time(), Qt::UTC));
        note->setText(step.note);
        if (QByteArrayView(step.kind) == "statement") {
            // Ctrl+Enter adds the event from the keyboard.
            window->activateWindow();
            note->setFocus();
            QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        } else {
            timeline->findChild<QPushButton*>(u"addEvent"_s)->click();
        }
        QVERIFY(note->text().isEmpty());
    }
    QCOMPARE(table->rowCount(), before + 3);
    // Oldest first: the camera at 21:15, then 23:05, 23:08, then the two links at 23:10.
    const QList<CaseEvent> events =
        CaseTimelineRepo(m_temp->reg->database(), *m_clock).events(m_officer, m_case).value();
    QStringList kinds;
    for (const CaseEvent& e : events)
        kinds << e.kind;
    QCOMPARE(kinds, (QStringList{u"camera_extract"_s, u"brought_in"_s, u"statement"_s,
                                 u"tip_linked"_s, u"tip_linked"_s}));
    QCOMPARE(table->item(0, 1)->text(), caseEventKindLabel(u"camera_extract"_s));
    QCOMPARE(table->item(0, 0)->text(), u"03/09/2020 21:15"_s);
    QCOMPARE(table->item(1, 1)->text(), caseEventKindLabel(u"brought_in"_s));
    QCOMPARE(table->item(2, 1)->text(), caseEventKindLabel(u"statement"_s));
    QCOMPARE(table->item(2, 2)->text(), u"Phạm Văn Cán"_s);
    QCOMPARE(table->item(2, 4)->text(), u"Đối tượng khai nhận đã trộm xe"_s);

    // The suspect's description goes to the hamlet Zalo groups: the notice is recorded on the
    // timeline, which is read again.
    auto* zalo = window->findChild<QPushButton*>(u"postToZalo"_s);
    QVERIFY(zalo && zalo->isEnabled());
    zalo->click();
    QPointer<QDialog> notice = window->findChild<QDialog*>(u"zaloNoticeDialog"_s);
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    notice->resize(900, 640);
    shoot(notice, u"cases-zalo-notice"_s);
    notice->findChild<QCheckBox*>(u"urgent"_s)->setChecked(true); // 23:10: outside office hours
    notice->findChild<QPushButton*>(u"markPostedButton"_s)->click();
    QTRY_VERIFY(!notice);
    QCOMPARE(table->rowCount(), before + 4);
    bool posted = false;
    for (int row = 0; row < table->rowCount(); ++row)
        posted = posted || table->item(row, 1)->text() == caseEventKindLabel(u"zalo_notice"_s);
    QVERIFY(posted);
    shoot(window, u"cases-window-timeline"_s);
}

void TestGuiCases::suggestedCaseForATip() {
    // A third call about the same motorbike: the register suggests the open case for it.
    NewTip tip;
    tip.receivedAt = at(23, 6);
    tip.channel = u"hotline"_s;
    tip.receivingOfficerId = m_officer.userId();
    tip.summary = u"Người dân nhặt được mũ bảo hiểm gần chỗ mất xe, biển số 72E1-123.45"_s;
    auto third = TipIntake(m_temp->reg->database(), *m_clock).record(m_officer, tip, std::nullopt);
    QVERIFY2(third, qPrintable(third ? QString() : third.error().text()));
    QPointer<ui::CaseSuggestionsDialog> dialog = m_window->suggestCasesForTip(third.value());
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->suggestions().size(), 1);
    QCOMPARE(dialog->suggestions().first().caseId, m_case);
    bool plate = false;
    for (const SuggestionReason& reason : dialog->suggestions().first().reasons)
        plate = plate || reason.kind == SuggestionReasonKind::SharedPlate;
    QVERIFY(plate);
    QCOMPARE(dialog->table()->item(0, 0)->text(), u"VV-0001/2020"_s);
    dialog->resize(1100, 360);
    shoot(dialog, u"cases-suggested-for-tip"_s);
    dialog->findChild<QPushButton*>(u"linkToCase"_s)->click();
    answerPrompt(dialog, "linkTipDialog", QString()); // the note is optional
    QVERIFY(dialog->suggestions().isEmpty());
    dialog->reject();
    QCOMPARE(caseWindow()->links()->linksTable()->rowCount(), 3);

    // Ctrl+Shift+N: an empty new-case dialog (closed again here).
    auto* action = m_window->findChild<QAction*>(u"newCaseAction"_s);
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    action->trigger();
    QPointer<ui::NewCaseDialog> empty = m_window->findChild<ui::NewCaseDialog*>();
    QVERIFY(empty);
    QVERIFY(empty->findChild<QLineEdit*>(u"caseTitle"_s)->text().isEmpty());
    empty->reject();
    QTRY_VERIFY(!empty);
}

void TestGuiCases::caseListFilters() {
    m_window->showArea(ui::MainWindow::Cases);
    ui::CaseListPage* page = m_window->casePage();
    QTableView* list = page->view();
    const QAbstractItemModel* model = list->model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, CaseListModel::LinkedTips).data().toString(), u"3"_s);
    QCOMPARE(model->index(0, CaseListModel::Contributed).data().toString(), u"0"_s);
    QCOMPARE(model->index(0, CaseListModel::Hamlet).data().toString(), u"Cây Cám"_s);
    // Accent-blind search.
    page->searchBox()->setText(u"cay cam"_s);
    QTest::keyClick(page->searchBox(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    page->searchBox()->setText(u"bo sua"_s);
    QTest::keyClick(page->searchBox(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), 0);
    page->searchBox()->clear();
    QTest::keyClick(page->searchBox(), Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    // Nothing waits for the chief yet; the case is nobody's yet.
    auto* pending = page->findChild<QCheckBox*>(u"pendingFilter"_s);
    pending->setChecked(true);
    QCOMPARE(model->rowCount(), 0);
    pending->setChecked(false);
    auto* mine = page->findChild<QCheckBox*>(u"mineFilter"_s);
    mine->setChecked(true);
    QCOMPARE(model->rowCount(), 0);
    mine->setChecked(false);
    auto* status = page->findChild<QComboBox*>(u"caseStatusFilter"_s);
    status->setCurrentIndex(status->findData(u"verifying"_s));
    QCOMPARE(model->rowCount(), 1);
    status->setCurrentIndex(status->findData(u"closed"_s));
    QCOMPARE(model->rowCount(), 0);
    status->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 1);
    // Enter on the selected row opens (brings forward) the case's window.
    list->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_window->caseWindows()->window(m_case)->isVisible(), true);
}

void TestGuiCases::officerProposesClosure() {
    CaseWindow* window = caseWindow();
    window->tabs()->setCurrentIndex(CaseWindow::DetailsTab);
    auto* approve = window->findChild<QPushButton*>(u"approveClosure"_s);
    auto* propose = window->findChild<QPushButton*>(u"proposeClosure"_s);
    QVERIFY(approve && propose);
    QVERIFY(!approve->isEnabled());
    QVERIFY(propose->isEnabled());
    propose->click();
    answerPrompt(window->details(), "proposeClosureDialog",
                 u"Đối tượng đã khai nhận, thu hồi xe trả chủ sở hữu"_s, true);

    const CaseDetail detail =
        CaseRepo(m_temp->reg->database(), *m_clock).get(m_officer, m_case).value();
    QCOMPARE(detail.reviewStatus, u"pending"_s);
    QCOMPARE(detail.proposedSolved, std::optional<bool>(true));
    QVERIFY(detail.status != u"closed"_s);
    // The officer may not approve his own proposal, nor propose again.
    QVERIFY(!approve->isEnabled());
    QVERIFY(!approve->toolTip().isEmpty());
    QVERIFY(!propose->isEnabled());
    QVERIFY(window->findChild<QLabel*>(u"caseReview"_s)
                ->text()
                .contains(caseReviewStatusLabel(u"pending"_s)));
    // The list says it waits for the chief.
    QTableView* list = m_window->casePage()->view();
    QCOMPARE(list->model()->index(0, CaseListModel::Review).data().toString(),
             caseReviewStatusLabel(u"pending"_s));
    auto* pending = m_window->casePage()->findChild<QCheckBox*>(u"pendingFilter"_s);
    pending->setChecked(true);
    QCOMPARE(list->model()->rowCount(), 1);
    pending->setChecked(false);
    window->resize(1280, 800);
    shoot(window, u"cases-window-pending"_s);
    m_window->showArea(ui::MainWindow::Cases);
    shoot(m_window.get(), u"cases-list"_s);
    window->close();
}

void TestGuiCases::chiefApproves() {
    m_chiefWindow = std::make_unique<ui::MainWindow>(*m_temp->reg, &m_chief,
                                                     std::make_unique<FixedClock>(at(23, 20)));
    m_chiefWindow->resize(1280, 800);
    m_chiefWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chiefWindow.get()));
    QVERIFY(m_chiefWindow->reviewPage());
    m_chiefWindow->showArea(ui::MainWindow::Review);
    QCOMPARE(m_chiefWindow->currentArea(), ui::MainWindow::Review);
    shoot(m_chiefWindow.get(), u"cases-review-page"_s);

    CaseWindow* window = m_chiefWindow->openCase(m_case);
    QVERIFY(window);
    auto* approve = window->findChild<QPushButton*>(u"approveClosure"_s);
    auto* sendBack = window->findChild<QPushButton*>(u"returnClosure"_s);
    QVERIFY(approve->isEnabled());
    QVERIFY(sendBack->isEnabled());
    // The chief marks the 23:00 tip as having contributed (with a reason).
    window->tabs()->setCurrentIndex(CaseWindow::LinksTab);
    QTableWidget* links = window->links()->linksTable();
    QTableWidgetItem* contributed = links->item(1, ui::CaseLinksTab::Contributed);
    QVERIFY(contributed->flags() & Qt::ItemIsEnabled);
    contributed->setCheckState(Qt::Checked);
    answerPrompt(window->links(), "contributedDialog",
                 u"Nhờ tin báo lúc 23:00 mà bắt được đối tượng"_s);
    QCOMPARE(links->item(1, ui::CaseLinksTab::Contributed)->checkState(), Qt::Checked);

    window->tabs()->setCurrentIndex(CaseWindow::DetailsTab);
    approve->click();
    answerPrompt(window->details(), "approveClosureDialog", u"Đồng ý kết thúc"_s);

    const CaseDetail detail =
        CaseRepo(m_temp->reg->database(), *m_clock).get(m_chief, m_case).value();
    QCOMPARE(detail.status, u"closed"_s);
    QVERIFY(detail.solved);
    QCOMPARE(detail.reviewStatus, u"approved"_s);
    QCOMPARE(detail.reviewComment, u"Đồng ý kết thúc"_s);
    QVERIFY(!approve->isEnabled());
    QVERIFY(!window->findChild<QPushButton*>(u"saveCase"_s)->isEnabled());
    QVERIFY(!window->findChild<QPushButton*>(u"addEvent"_s)->isEnabled());
    QTableView* list = m_chiefWindow->casePage()->view();
    QCOMPARE(list->model()->index(0, CaseListModel::Review).data().toString(),
             caseReviewStatusLabel(u"approved"_s));
    QCOMPARE(list->model()->index(0, CaseListModel::Contributed).data().toString(), u"1"_s);
    window->resize(1280, 800);
    shoot(window, u"cases-window-closed"_s);

    auto verdict = AuditRepo(m_temp->reg->database(), *m_clock).verify(nullptr);
    QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.error().text()));
    QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
}

void TestGuiCases::timelineReport() {
    QSqlDatabase db = m_temp->reg->database();
    CaseTimelineData data;
    data.unitName = u"CÔNG AN XÃ LÁNG DÀI"_s;
    data.parentBody = u"CÔNG AN HUYỆN ĐẤT ĐỎ"_s;
    data.detail = CaseRepo(db, *m_clock).get(m_chief, m_case).value();
    data.events = CaseTimelineRepo(db, *m_clock).events(m_chief, m_case).value();
    data.printedAt = m_clock->now();
    data.printedBy = m_chief.fullName();
    const QString html = caseTimelineHtml(data);
    QVERIFY(html.contains(u"VV-0001/2020"_s));
    QVERIFY(html.contains(u"Đối tượng khai nhận đã trộm xe"_s));
    // A user's text is printed literally, never as markup.
    QVERIFY(!html.contains(u"<b>áo khoác đen</b>"_s));
    QVERIFY(html.contains(u"&lt;b&gt;"_s));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"timeline.pdf"_s);
    auto written = writeCaseTimelinePdf(data, path);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().text()));
    QVERIFY(QFileInfo(path).size() > 1000);
    if (!shotsFolder().isEmpty())
        QFile::copy(path, QDir(shotsFolder()).filePath(u"cases-timeline.pdf"_s));
}

void TestGuiCases::cleanupTestCase() {
    m_chiefWindow.reset();
    m_window.reset();
    if (m_temp)
        m_temp->reg->closeThreadConnection();
}

QTEST_MAIN(TestGuiCases)
#include "tst_gui_cases.moc"
