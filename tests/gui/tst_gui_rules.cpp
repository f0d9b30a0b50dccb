// The legal rules and days off dialog: the rules in force listed with their Vietnamese
// descriptions and sources; a chief changes a value from a date (a new row, audited) without a
// blocking exec(); an officer only reads.
#include "models/repo/tips/RulesRepo.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"
#include "ui/admin/HolidaysPage.h"
#include "ui/admin/RuleChangeDialog.h"
#include "ui/admin/RulesDialog.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

namespace {

int rowOf(const QTableWidget* table, const QString& code, int from = 0) {
    for (int row = from; row < table->rowCount(); ++row) {
        if (table->item(row, ui::RulesDialog::Code)->text() == code)
            return row;
    }
    return -1;
}

} // namespace

class TestGuiRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { useVietnamese(); }

    void rulesListedInVietnamese() {
        AuditStation s;
        ui::RulesDialog dialog(*s.t.reg, s.clock, s.officer);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* table = dialog.rulesTable();
        const int row = rowOf(table, u"tip.resolve"_s);
        QVERIFY(row >= 0);
        QVERIFY(table->item(row, ui::RulesDialog::Description)->text().contains(u"Giải quyết"_s));
        QVERIFY(table->item(row, ui::RulesDialog::Source)->text().contains(u"Điều 147"_s));
        QVERIFY(table->item(row, ui::RulesDialog::Value)->text().startsWith(u"20"_s));
        // A rule of 2025 is not yet in force in 2020: listed as coming, with its date.
        const int later = rowOf(table, u"tip.commune_investigator_report"_s);
        QVERIFY(later >= 0);
        QVERIFY(table->item(later, ui::RulesDialog::EffectiveFrom)->text().contains(u"2025"_s));
        // An officer reads only.
        auto* change = dialog.findChild<QPushButton*>(u"changeButton"_s);
        QVERIFY(change && !change->isVisible());
        QVERIFY(!dialog.findChild<QPushButton*>(u"addHolidayButton"_s)->isVisible());
        QVERIFY(dialog.holidaysPage()->table()->rowCount() >= 4);
    }

    void chiefChangesAValue() {
        AuditStation s;
        ui::RulesDialog dialog(*s.t.reg, s.clock, s.chief);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* table = dialog.rulesTable();
        const int rows = table->rowCount();
        table->selectRow(rowOf(table, u"tip.resolve"_s));
        auto* change = dialog.findChild<QPushButton*>(u"changeButton"_s);
        QVERIFY(change->isVisible() && change->isEnabled());
        change->click();
        auto* form = dialog.findChild<ui::RuleChangeDialog*>();
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        form->findChild<QSpinBox*>(u"valueEdit"_s)->setValue(25);
        form->findChild<QDateEdit*>(u"effectiveEdit"_s)->setDate(QDate(2021, 1, 1));
        form->findChild<QLineEdit*>(u"sourceEdit"_s)->setText(u"Luật sửa đổi 2021"_s);
        form->findChild<QPushButton*>(u"saveButton"_s)->click();
        QTRY_VERIFY(!dialog.findChild<ui::RuleChangeDialog*>()); // closed and deleted
        // The old value stays in force until the new one's date; both are listed.
        QCOMPARE(table->rowCount(), rows + 1);
        const int first = rowOf(table, u"tip.resolve"_s);
        const int second = rowOf(table, u"tip.resolve"_s, first + 1);
        QVERIFY(second > first);
        QVERIFY(table->item(second, ui::RulesDialog::Value)->text().startsWith(u"25"_s));
        QCOMPARE(table->item(second, ui::RulesDialog::Source)->text(), u"Luật sửa đổi 2021"_s);
        RulesRepo repo(s.db());
        QCOMPARE(repo.inForceAt(QDate(2021, 1, 1)).value().find(u"tip.resolve"_s)->value, 25);
        QCOMPARE(repo.inForceAt(QDate(2020, 12, 31)).value().find(u"tip.resolve"_s)->value, 20);

        // The same date again is refused inside the form, which stays open.
        table->selectRow(second);
        change->click();
        auto* again = dialog.findChild<ui::RuleChangeDialog*>();
        QVERIFY(again);
        again->findChild<QDateEdit*>(u"effectiveEdit"_s)->setDate(QDate(2021, 1, 1));
        again->findChild<QPushButton*>(u"saveButton"_s)->click();
        QVERIFY(again->isVisible());
        QVERIFY(!again->findChild<QLabel*>(u"errorLabel"_s)->text().isEmpty());
        again->reject();

        // A day off added on the holidays tab.
        ui::HolidaysPage* page = dialog.holidaysPage();
        page->findChild<QDateEdit*>(u"holidayDate"_s)->setDate(QDate(2021, 2, 12));
        page->findChild<QLineEdit*>(u"holidayName"_s)->setText(u"Tết Nguyên đán"_s);
        page->findChild<QPushButton*>(u"addHolidayButton"_s)->click();
        QVERIFY(repo.holidays(2021).value().contains(QDate(2021, 2, 12)));
        QCOMPARE(page->findChild<QSpinBox*>(u"yearEdit"_s)->value(), 2021);
        auto verdict = s.audit().verify(nullptr);
        QVERIFY(verdict.ok() && verdict.value().intact);
    }
};

QTEST_MAIN(TestGuiRules)
#include "tst_gui_rules.moc"
