// The movement register's list tabs on the demo register (FixedClock 28/11/2026 10:00): an officer
// records a mobilised resident with the consent note (a new person, then an existing one found by
// name, who later leaves), an activity, a result valued in đồng, and a warning and a removal in a
// hamlet Zalo group, all through the dialogs; each shows in its list and in its repo, and the
// audit stays intact. A missing consent note is refused with the repo's message. An inspector's
// buttons are disabled with a reason. Screenshots when BINHYEN_SHOTS names a folder.
#include "models/domain/Clock.h"
#include "models/domain/MovementLabels.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/movement/ActivityRepo.h"
#include "models/repo/movement/MobilisedRepo.h"
#include "models/repo/movement/ResultRepo.h"
#include "models/repo/movement/ZaloModerationRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Session.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/movement/MovementPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

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

int rowWith(QTableWidget* table, int column, const QString& text) {
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return row;
    return -1;
}

// The open dialog with that objectName (a closed one may still wait for its deferred deletion).
QDialog* openDialog(QWidget* parent, const QString& name) {
    for (QDialog* dialog : parent->findChildren<QDialog*>(name))
        if (dialog->isVisible())
            return dialog;
    return nullptr;
}

template <typename T> T* child(QWidget* parent, const QString& name) {
    T* found = parent->findChild<T*>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

void choose(QComboBox* combo, const QVariant& data) {
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

void save(QDialog* dialog, const QString& button) {
    dialog->resize(dialog->sizeHint().expandedTo(QSize(600, 0)));
    child<QPushButton>(dialog, button)->click();
}

} // namespace

class TestGuiMovementTabs : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempRegister> m_temp;
    std::unique_ptr<FixedClock> m_clock;

    Session logon(const QString& username) {
        QByteArray password(DemoRepo::kPassword);
        auto session = UserRepo(m_temp->reg->database(), *m_clock)
                           .logon(username, SecretBytes::takeFrom(password));
        if (!session)
            qFatal("logon %s: %s", qPrintable(username), qPrintable(session.error().text()));
        return session.take();
    }

    void auditIntact() {
        auto verified = AuditRepo(m_temp->reg->database(), *m_clock).verify(nullptr);
        QVERIFY2(verified, qPrintable(verified.error().text()));
        QVERIFY2(verified.value().intact, qPrintable(verified.value().problem));
    }

    std::unique_ptr<ui::MovementPage> page(const Session& session, int tab) {
        auto page = std::make_unique<ui::MovementPage>(m_temp->reg->database(), *m_clock, session);
        page->resize(1280, 800);
        page->findChild<QTabWidget*>(u"movementTabs"_s)->setCurrentIndex(tab);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qWarning("page not exposed");
        return page;
    }

private Q_SLOTS:
    void initTestCase() {
        test::useVietnamese();
        m_temp = std::make_unique<test::TempRegister>();
        m_clock = std::make_unique<FixedClock>(
            QDateTime(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone()));
        auto filled = DemoRepo(m_temp->reg->database())
                          .fill(*m_clock, KeyDerivation::escrowKey(m_temp->recovery));
        QVERIFY2(filled, qPrintable(filled.error().text()));
    }

    void officerRecordsMobilisedResidents() {
        const Session officer = logon(u"canbo1"_s);
        auto p = page(officer, 2);
        auto* table = child<QTableWidget>(p.get(), u"mobilisedTable"_s);
        QVERIFY(table);
        QCOMPARE(rowWith(table, 0, u"Lâm Văn Tình"_s), -1);

        // Without a consent note the repo refuses, the dialog stays open.
        child<QPushButton>(p.get(), u"mobilisedNew"_s)->click();
        QDialog* dialog = openDialog(p.get(), u"mobilisedDialog"_s);
        QVERIFY(dialog);
        child<QLineEdit>(dialog, u"mobilisedName"_s)->setText(u"Lâm Văn Tình"_s);
        child<QSpinBox>(dialog, u"mobilisedBirthYear"_s)->setValue(1979);
        child<QLineEdit>(dialog, u"mobilisedPhone"_s)->setText(u"0909 456 789"_s);
        auto* hamlet = child<QComboBox>(dialog, u"mobilisedHamlet"_s);
        QVERIFY(hamlet->count() > 1);
        hamlet->setCurrentIndex(1);
        choose(child<QComboBox>(dialog, u"mobilisedRole"_s), u"grassroots_security_force"_s);
        child<QDateEdit>(dialog, u"mobilisedJoined"_s)->setDate(QDate(2026, 11, 2));
        QString seen;
        test::closeNextMessage(&seen);
        save(dialog, u"mobilisedSave"_s);
        QVERIFY2(seen.contains(QCoreApplication::translate(
                     "MobilisedRepo",
                     "Write down how the resident agreed to take part (consent note).")),
                 qPrintable(seen));
        QVERIFY(dialog->isVisible());
        child<QPlainTextEdit>(dialog, u"mobilisedConsent"_s)
            ->setPlainText(u"Đồng ý bằng lời tại buổi họp ấp 01/11/2026, có biên bản"_s);
        shoot(dialog, u"movement-mobilised-dialog"_s);
        save(dialog, u"mobilisedSave"_s);
        QVERIFY(!dialog->isVisible());
        const int row = rowWith(table, 0, u"Lâm Văn Tình"_s);
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 4)->text(), u"02/11/2026"_s);
        QVERIFY(table->item(row, 6)->text().startsWith(u"Đồng ý bằng lời"_s));

        // The same person joins a model: found by name, no new person.
        child<QPushButton>(p.get(), u"mobilisedNew"_s)->click();
        dialog = openDialog(p.get(), u"mobilisedDialog"_s);
        QVERIFY(dialog);
        child<QLineEdit>(dialog, u"mobilisedFind"_s)->setText(u"lam van tinh"_s);
        child<QPushButton>(dialog, u"mobilisedFindButton"_s)->click();
        auto* person = child<QComboBox>(dialog, u"mobilisedPerson"_s);
        QCOMPARE(person->count(), 2);
        QCOMPARE(person->currentIndex(), 1);
        QVERIFY(!child<QLineEdit>(dialog, u"mobilisedName"_s)->isEnabled());
        auto* model = child<QComboBox>(dialog, u"mobilisedModel"_s);
        QVERIFY(model->count() > 1);
        model->setCurrentIndex(1);
        const QString modelName = model->currentText();
        choose(child<QComboBox>(dialog, u"mobilisedRole"_s), u"team_leader"_s);
        child<QPlainTextEdit>(dialog, u"mobilisedConsent"_s)
            ->setPlainText(u"Tự nguyện nhận tổ trưởng, ký đơn ngày 05/11/2026"_s);
        child<QDateEdit>(dialog, u"mobilisedJoined"_s)->setDate(QDate(2026, 11, 5));
        save(dialog, u"mobilisedSave"_s);
        QVERIFY(!dialog->isVisible());

        auto rows = MobilisedRepo(m_temp->reg->database(), *m_clock).list(officer);
        QVERIFY(rows);
        QList<MobilisedRow> his;
        for (const MobilisedRow& r : rows.value())
            if (r.fullName == u"Lâm Văn Tình"_s)
                his << r;
        QCOMPARE(his.size(), 2);
        QCOMPARE(his.at(0).personId, his.at(1).personId);
        bool inModel = false;
        for (const MobilisedRow& r : his)
            inModel = inModel || (r.modelName == modelName && r.role == u"team_leader"_s);
        QVERIFY(inModel);

        // The grassroots security force entry ends on 20/11/2026.
        int force = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == u"Lâm Văn Tình"_s &&
                table->item(r, 3)->text().isEmpty())
                force = r;
        QVERIFY(force >= 0);
        table->selectRow(force);
        auto* leave = child<QPushButton>(p.get(), u"mobilisedLeave"_s);
        QVERIFY(leave->isEnabled());
        leave->click();
        QDialog* leaving = openDialog(p.get(), u"mobilisedLeaveDialog"_s);
        QVERIFY(leaving);
        child<QDateEdit>(leaving, u"mobilisedLeaveDate"_s)->setDate(QDate(2026, 11, 20));
        leaving->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!leaving->isVisible());
        int left = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == u"Lâm Văn Tình"_s &&
                table->item(r, 5)->text() == u"20/11/2026"_s)
                left = r;
        QVERIFY(left >= 0);
        // Taking part on 25/11: only the model membership is listed.
        child<QCheckBox>(p.get(), u"mobilisedOnlyActive"_s)->setChecked(true);
        child<QDateEdit>(p.get(), u"mobilisedActiveOn"_s)->setDate(QDate(2026, 11, 25));
        const int still = rowWith(table, 0, u"Lâm Văn Tình"_s);
        QVERIFY(still >= 0);
        QCOMPARE(table->item(still, 3)->text(), modelName);
        child<QCheckBox>(p.get(), u"mobilisedOnlyActive"_s)->setChecked(false);
        shoot(p.get(), u"movement-mobilised"_s);
        auditIntact();
    }

    void officerRecordsAnActivity() {
        const Session officer = logon(u"canbo1"_s);
        auto p = page(officer, 3);
        auto* table = child<QTableWidget>(p.get(), u"activitiesTable"_s);
        child<QPushButton>(p.get(), u"activityNew"_s)->click();
        QDialog* dialog = openDialog(p.get(), u"activityDialog"_s);
        QVERIFY(dialog);
        child<QDateEdit>(dialog, u"activityDate"_s)->setDate(QDate(2026, 11, 15));
        choose(child<QComboBox>(dialog, u"activityKind"_s), u"propaganda"_s);
        auto* hamlet = child<QComboBox>(dialog, u"activityHamlet"_s);
        hamlet->setCurrentIndex(2);
        const QString hamletName = hamlet->currentText();
        child<QLineEdit>(dialog, u"activityTitle"_s)
            ->setText(u"Tuyên truyền phòng chống lừa đảo qua mạng"_s);
        child<QSpinBox>(dialog, u"activityAttendance"_s)->setValue(45);
        child<QLineEdit>(dialog, u"activityNote"_s)->setText(u"Phát 50 tờ rơi"_s);
        shoot(dialog, u"movement-activity-dialog"_s);
        save(dialog, u"activitySave"_s);
        QVERIFY(!dialog->isVisible());
        const int row = rowWith(table, 3, u"Tuyên truyền phòng chống lừa đảo qua mạng"_s);
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 0)->text(), u"15/11/2026"_s);
        QCOMPARE(table->item(row, 4)->text(), u"45"_s);
        QVERIFY(hamletName.endsWith(table->item(row, 2)->text()));

        auto november = ActivityRepo(m_temp->reg->database(), *m_clock)
                            .list(officer, QDate(2026, 11, 1), QDate(2026, 11, 30));
        QVERIFY(november);
        const ActivityRow* mine = nullptr;
        int attendance = 0;
        for (const ActivityRow& a : november.value()) {
            attendance += a.attendance;
            if (a.title == u"Tuyên truyền phòng chống lừa đảo qua mạng"_s)
                mine = &a;
        }
        QVERIFY(mine);
        QCOMPARE(mine->attendance, 45);
        QCOMPARE(mine->kind, u"propaganda"_s);
        QCOMPARE(mine->heldOn, QDate(2026, 11, 15));

        // The month filter: November shows it with the month's total, October does not.
        auto* only = child<QCheckBox>(p.get(), u"activitiesFilterOnly"_s);
        auto* month = child<QDateEdit>(p.get(), u"activitiesFilterMonth"_s);
        only->setChecked(true);
        month->setDate(QDate(2026, 10, 1));
        QCOMPARE(rowWith(table, 3, u"Tuyên truyền phòng chống lừa đảo qua mạng"_s), -1);
        month->setDate(QDate(2026, 11, 1));
        QCOMPARE(table->rowCount(), int(november.value().size()));
        QVERIFY(rowWith(table, 3, u"Tuyên truyền phòng chống lừa đảo qua mạng"_s) >= 0);
        const QString totals = child<QLabel>(p.get(), u"activitiesTotals"_s)->text();
        QVERIFY2(totals.contains(QString::number(attendance)), qPrintable(totals));
        only->setChecked(false);
        QVERIFY(table->rowCount() > int(november.value().size())); // older months too
        shoot(p.get(), u"movement-activities"_s);
        auditIntact();
    }

    void officerRecordsAValuedResult() {
        const Session officer = logon(u"canbo1"_s);
        auto p = page(officer, 4);
        auto* table = child<QTableWidget>(p.get(), u"resultsTable"_s);
        child<QPushButton>(p.get(), u"resultNew"_s)->click();
        QDialog* dialog = openDialog(p.get(), u"resultDialog"_s);
        QVERIFY(dialog);
        auto* kind = child<QComboBox>(dialog, u"resultKind"_s);
        auto* hasValue = child<QCheckBox>(dialog, u"resultHasValue"_s);
        choose(kind, u"weapons_handed_in"_s);
        QVERIFY(!hasValue->isEnabled()); // weapons carry no value
        choose(kind, u"property_returned"_s);
        QVERIFY(hasValue->isEnabled());
        hasValue->setChecked(true);
        child<QDateEdit>(dialog, u"resultDate"_s)->setDate(QDate(2026, 11, 20));
        child<QSpinBox>(dialog, u"resultCount"_s)->setValue(2);
        child<QLineEdit>(dialog, u"resultValue"_s)->setText(u"1500000"_s);
        QCOMPARE(child<QLabel>(dialog, u"resultValueText"_s)->text(), u"= "_s + dongText(1500000));
        QVERIFY(dongText(1500000).startsWith(u"1.500.000"_s));
        child<QLineEdit>(dialog, u"resultNote"_s)->setText(u"Trả lại 2 xe đạp cho chủ"_s);
        shoot(dialog, u"movement-result-dialog"_s);
        save(dialog, u"resultSave"_s);
        QVERIFY(!dialog->isVisible());
        const int row = rowWith(table, 7, u"Trả lại 2 xe đạp cho chủ"_s);
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 2)->text(), u"2"_s);
        QCOMPARE(table->item(row, 3)->text(), dongText(1500000));

        auto results = ResultRepo(m_temp->reg->database(), *m_clock)
                           .list(officer, QDate(2026, 11, 20), QDate(2026, 11, 20));
        QVERIFY(results);
        QCOMPARE(results.value().size(), 1);
        QCOMPARE(results.value().at(0).valueVnd.value_or(-1), qint64(1500000));
        QCOMPARE(results.value().at(0).count, 2);
        QCOMPARE(results.value().at(0).tipId, qint64(0));
        QVERIFY(results.value().at(0).tipNumber.isEmpty());
        // The demo's results recorded with a tip show the tip's number (column 5).
        auto all = ResultRepo(m_temp->reg->database(), *m_clock).list(officer, {}, {});
        QVERIFY(all);
        int withTip = 0;
        for (const MovementResultRow& r : all.value()) {
            if (!r.tipId)
                continue;
            ++withTip;
            QVERIFY2(r.tipNumber.startsWith(u"TB-"_s), qPrintable(r.tipNumber));
        }
        QVERIFY(withTip > 0);
        bool shown = false;
        for (int row = 0; row < table->rowCount(); ++row)
            shown =
                shown || (table->item(row, 5) && table->item(row, 5)->text().startsWith(u"TB-"_s));
        QVERIFY(shown);
        // Filter by kind: surrender hides it.
        auto* kinds = child<QComboBox>(p.get(), u"resultsKind"_s);
        choose(kinds, u"surrender"_s);
        QCOMPARE(rowWith(table, 7, u"Trả lại 2 xe đạp cho chủ"_s), -1);
        kinds->setCurrentIndex(0);
        QVERIFY(rowWith(table, 7, u"Trả lại 2 xe đạp cho chủ"_s) >= 0);
        shoot(p.get(), u"movement-results"_s);
        auditIntact();
    }

    void officerModeratesAZaloGroup() {
        const Session officer = logon(u"canbo1"_s);
        auto p = page(officer, 5);
        auto* groups = child<QComboBox>(p.get(), u"zaloGroupFilter"_s);
        QVERIFY(groups->count() > 1);
        groups->setCurrentIndex(1);
        const qint64 groupId = groups->currentData().toLongLong();
        auto* rules = child<QPlainTextEdit>(p.get(), u"zaloRulesView"_s);
        QVERIFY(rules->isReadOnly());
        QVERIFY(!rules->toPlainText().isEmpty());
        QVERIFY(child<QPushButton>(p.get(), u"zaloEditRules"_s)->isEnabled());
        ZaloModerationRepo repo(m_temp->reg->database(), *m_clock);
        auto before = repo.totals(officer, groupId);
        QVERIFY(before);

        const struct {
            const char16_t* action;
            int count;
            const char16_t* note;
        } entries[] = {{u"warned", 2, u"Đăng quảng cáo bán hàng"},
                       {u"removed", 1, u"Tái phạm sau nhắc nhở"}};
        for (const auto& entry : entries) {
            child<QPushButton>(p.get(), u"moderationNew"_s)->click();
            QDialog* dialog = openDialog(p.get(), u"moderationDialog"_s);
            QVERIFY(dialog);
            QCOMPARE(child<QComboBox>(dialog, u"moderationGroup"_s)->currentData().toLongLong(),
                     groupId);
            child<QDateEdit>(dialog, u"moderationDate"_s)->setDate(QDate(2026, 11, 21));
            choose(child<QComboBox>(dialog, u"moderationAction"_s),
                   QString::fromUtf16(entry.action));
            child<QSpinBox>(dialog, u"moderationCount"_s)->setValue(entry.count);
            child<QLineEdit>(dialog, u"moderationNote"_s)->setText(QString::fromUtf16(entry.note));
            if (entry.count == 1)
                shoot(dialog, u"movement-moderation-dialog"_s);
            save(dialog, u"moderationSave"_s);
            QVERIFY(!dialog->isVisible());
        }
        auto* table = child<QTableWidget>(p.get(), u"zaloModerationTable"_s);
        QVERIFY(rowWith(table, 5, u"Đăng quảng cáo bán hàng"_s) >= 0);
        QVERIFY(rowWith(table, 5, u"Tái phạm sau nhắc nhở"_s) >= 0);
        auto after = repo.totals(officer, groupId);
        QVERIFY(after);
        QCOMPARE(after.value().warned, before.value().warned + 2);
        QCOMPARE(after.value().removed, before.value().removed + 1);
        const QString totals = child<QLabel>(p.get(), u"zaloTotals"_s)->text();
        QVERIFY2(totals.contains(QString::number(after.value().warned)), qPrintable(totals));
        // November only: exactly the two entries.
        child<QCheckBox>(p.get(), u"zaloFilterOnly"_s)->setChecked(true);
        child<QDateEdit>(p.get(), u"zaloFilterMonth"_s)->setDate(QDate(2026, 11, 1));
        QCOMPARE(table->rowCount(), 2);
        child<QCheckBox>(p.get(), u"zaloFilterOnly"_s)->setChecked(false);
        shoot(p.get(), u"movement-zalo"_s);
        auditIntact();
    }

    void inspectorReadsOnly() {
        const Session inspector = logon(u"thanhtra"_s);
        auto p = page(inspector, 2);
        for (const QString& name : {u"mobilisedNew"_s, u"mobilisedLeave"_s, u"activityNew"_s,
                                    u"resultNew"_s, u"moderationNew"_s, u"zaloEditRules"_s}) {
            auto* button = child<QPushButton>(p.get(), name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QVERIFY2(!button->toolTip().isEmpty(), qPrintable(name));
        }
        auto* table = child<QTableWidget>(p.get(), u"mobilisedTable"_s);
        QVERIFY(table->rowCount() > 0);
        table->selectRow(0);
        QVERIFY(!child<QPushButton>(p.get(), u"mobilisedLeave"_s)->isEnabled());
        QVERIFY(child<QTableWidget>(p.get(), u"resultsTable"_s)->rowCount() > 0);
        QVERIFY(child<QTableWidget>(p.get(), u"activitiesTable"_s)->rowCount() > 0);
        // Enter on a row opens it read-only.
        Q_EMIT table->itemActivated(table->item(0, 0));
        QDialog* details = openDialog(p.get(), u"rowDetailsDialog"_s);
        QVERIFY(details);
        details->reject();
    }
};

QTEST_MAIN(TestGuiMovementTabs)
#include "tst_gui_movement_tabs.moc"
