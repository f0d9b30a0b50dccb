// The movement register's screens on the demo register (FixedClock 28/11/2026 10:00): the Zalo
// coverage of 30/09/2020 (40 hamlets, 36 groups, 986 households connected, the 4 hamlets without
// a group highlighted); an officer creates a model through the dialog and it is listed; an
// inspector cannot add. Screenshots when BINHYEN_SHOTS names a folder.
#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/places/PlaceEditRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Session.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/admin/PlacesDialog.h"
#include "ui/admin/StationHistoryDialog.h"
#include "ui/movement/ModelDialog.h"
#include "ui/movement/MovementPage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
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
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + u".png"_s)));
}

bool listed(QTableWidget* table, int column, const QString& text) {
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, column) && table->item(row, column)->text() == text)
            return true;
    return false;
}

} // namespace

class TestGuiMovement : public QObject {
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

    void coverageOfSeptember2020() {
        const Session officer = logon(u"canbo1"_s);
        ui::MovementPage page(m_temp->reg->database(), *m_clock, officer);
        page.resize(1280, 800);
        auto* tabs = page.findChild<QTabWidget*>(u"movementTabs"_s);
        QVERIFY(tabs);
        tabs->setCurrentIndex(1);
        auto* date = page.findChild<QDateEdit*>(u"coverageDate"_s);
        QVERIFY(date);
        date->setDate(QDate(2020, 9, 30));
        auto* table = page.findChild<QTableWidget*>(u"coverageTable"_s);
        QCOMPARE(table->rowCount(), 40);
        QStringList without;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->data(Qt::UserRole + 1).toBool())
                without << table->item(row, 0)->text();
        QCOMPARE(without.size(), 4);
        for (const QString& name : {u"Bưng Muống"_s, u"Tân An"_s, u"Bàu Sen"_s, u"Xóm Rẫy"_s}) {
            bool found = false;
            for (const QString& hamlet : without)
                found = found || hamlet.endsWith(name);
            QVERIFY2(found, qPrintable(name));
        }
        auto* totals = page.findChild<QLabel*>(u"coverageTotals"_s);
        QVERIFY2(totals->text().contains(u"36/40"_s), qPrintable(totals->text()));
        QVERIFY2(totals->text().contains(u"986"_s), qPrintable(totals->text()));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        shoot(&page, u"movement-coverage"_s);
    }

    void officerCreatesAModel() {
        const Session officer = logon(u"canbo1"_s);
        ui::MovementPage page(m_temp->reg->database(), *m_clock, officer);
        page.resize(1280, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* table = page.findChild<QTableWidget*>(u"modelsTable"_s);
        QVERIFY(table->rowCount() > 0);
        QVERIFY(!listed(table, 1, u"Liên gia tự quản ấp Mới"_s));
        auto* add = page.findChild<QPushButton*>(u"modelNew"_s);
        QVERIFY(add->isEnabled());
        add->click();
        auto* dialog = page.findChild<ui::ModelDialog*>(u"modelDialog"_s);
        QVERIFY(dialog);
        auto* type = dialog->findChild<QComboBox*>(u"modelType"_s);
        const int lienGia = type->findData(u"lien_gia"_s);
        QVERIFY(lienGia >= 0);
        type->setCurrentIndex(lienGia);
        dialog->findChild<QLineEdit*>(u"modelName"_s)->setText(u"Liên gia tự quản ấp Mới"_s);
        auto* hamlets = dialog->findChild<QListWidget*>(u"modelHamlets"_s);
        QVERIFY(hamlets->count() > 0);
        hamlets->item(0)->setCheckState(Qt::Checked);
        dialog->findChild<QSpinBox*>(u"modelTeams"_s)->setValue(3);
        dialog->findChild<QSpinBox*>(u"modelMembers"_s)->setValue(24);
        dialog->findChild<QSpinBox*>(u"modelHouseholds"_s)->setValue(30);
        dialog->findChild<QDateEdit*>(u"modelStarted"_s)->setDate(QDate(2026, 11, 1));
        dialog->resize(dialog->sizeHint().expandedTo(QSize(640, 0)));
        shoot(dialog, u"movement-model-dialog"_s);
        dialog->findChild<QPushButton*>(u"modelSave"_s)->click();
        QVERIFY(listed(table, 1, u"Liên gia tự quản ấp Mới"_s));
        shoot(&page, u"movement-models"_s);
        auto verified = AuditRepo(m_temp->reg->database(), *m_clock).verify(nullptr);
        QVERIFY2(verified, qPrintable(verified.error().text()));
        QVERIFY2(verified.value().intact, qPrintable(verified.value().problem));
    }

    void inspectorCannotAdd() {
        const Session inspector = logon(u"thanhtra"_s);
        ui::MovementPage page(m_temp->reg->database(), *m_clock, inspector);
        auto* add = page.findChild<QPushButton*>(u"modelNew"_s);
        QVERIFY(!add->isEnabled());
        QVERIFY(!add->toolTip().isEmpty());
        QVERIFY(page.findChild<QTableWidget*>(u"modelsTable"_s)->rowCount() > 0);
    }
    void chiefRenamesAHamlet() {
        const Session chief = logon(u"truong"_s);
        ui::PlacesDialog dialog(m_temp->reg->database(), *m_clock, chief);
        auto* table = dialog.findChild<QTableWidget*>(u"placesTable"_s);
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 1)->text() == u"Xóm Rẫy"_s)
                row = r;
        QVERIFY(row >= 0);
        table->selectRow(row);
        auto* rename = dialog.findChild<QPushButton*>(u"placeRename"_s);
        QVERIFY(rename->isEnabled());
        rename->click();
        auto* renameDialog = dialog.findChild<QDialog*>(u"renameDialog"_s);
        QVERIFY(renameDialog);
        renameDialog->findChild<QLineEdit*>(u"renameName"_s)->setText(u"Xóm Rẫy Mới"_s);
        renameDialog->findChild<QDateEdit*>(u"renameFrom"_s)->setDate(QDate(2026, 11, 1));
        renameDialog->findChild<QDialogButtonBox*>(u"buttons"_s)
            ->button(QDialogButtonBox::Ok)
            ->click();
        QVERIFY(listed(table, 1, u"Xóm Rẫy Mới"_s));
        QVERIFY(listed(table, 1, u"Xóm Rẫy"_s)); // the old name is kept for old records
        shoot(&dialog, u"places"_s);
        auto verified = AuditRepo(m_temp->reg->database(), *m_clock).verify(nullptr);
        QVERIFY2(verified, qPrintable(verified.error().text()));
        QVERIFY2(verified.value().intact, qPrintable(verified.value().problem));
        // An officer sees the hamlets but cannot edit them.
        const Session officer = logon(u"canbo1"_s);
        ui::PlacesDialog readOnly(m_temp->reg->database(), *m_clock, officer);
        auto* readTable = readOnly.findChild<QTableWidget*>(u"placesTable"_s);
        readTable->selectRow(0);
        QVERIFY(!readOnly.findChild<QPushButton*>(u"placeRename"_s)->isEnabled());
    }
    void chiefAddsAndClosesAHamlet() {
        const Session chief = logon(u"truong"_s);
        ui::PlacesDialog dialog(m_temp->reg->database(), *m_clock, chief);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = dialog.findChild<QTableWidget*>(u"placesTable"_s);
        QVERIFY(!listed(table, 1, u"Bến Đò"_s));
        auto* add = dialog.findChild<QPushButton*>(u"placeAdd"_s);
        QVERIFY(add->isEnabled());
        add->click();
        QDialog* adding = nullptr;
        for (QDialog* d : dialog.findChildren<QDialog*>(u"addPlaceDialog"_s))
            if (d->isVisible())
                adding = d;
        QVERIFY(adding);
        auto* kind = adding->findChild<QComboBox*>(u"placeKind"_s);
        kind->setCurrentIndex(kind->findData(u"khu_pho"_s));
        QVERIFY(kind->currentIndex() >= 0);
        adding->findChild<QLineEdit*>(u"placeName"_s)->setText(u"Bến Đò"_s);
        adding->findChild<QSpinBox*>(u"placeHouseholdsNew"_s)->setValue(120);
        adding->findChild<QDateEdit*>(u"placeFrom"_s)->setDate(QDate(2026, 11, 1));
        shoot(adding, u"places-add-dialog"_s);
        adding->findChild<QDialogButtonBox*>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!adding->isVisible());
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 1)->text() == u"Bến Đò"_s)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 2)->text(), u"120"_s);
        QCOMPARE(table->item(row, 3)->text(), u"01/11/2026"_s);
        QVERIFY(table->item(row, 4)->text().isEmpty());
        const qint64 id = table->item(row, 0)->data(Qt::UserRole).toLongLong();

        // Closed after 27/11/2026: kept, greyed, with its last day; no longer editable.
        table->selectRow(row);
        auto* close = dialog.findChild<QPushButton*>(u"placeClose"_s);
        QVERIFY(close->isEnabled());
        close->click();
        QDialog* closing = nullptr;
        for (QDialog* d : dialog.findChildren<QDialog*>(u"closePlaceDialog"_s))
            if (d->isVisible())
                closing = d;
        QVERIFY(closing);
        closing->findChild<QDateEdit*>(u"closeLastDay"_s)->setDate(QDate(2026, 11, 27));
        shoot(closing, u"places-close-dialog"_s);
        closing->findChild<QDialogButtonBox*>(u"buttons"_s)->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!closing->isVisible());
        row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->data(Qt::UserRole).toLongLong() == id)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 4)->text(), u"27/11/2026"_s);
        QVERIFY(table->item(row, 1)->data(Qt::UserRole + 1).toBool());
        QVERIFY(table->item(row, 1)->toolTip().contains(u"27/11/2026"_s));
        auto stored = PlaceEditRepo(m_temp->reg->database(), *m_clock).get(chief, id);
        QVERIFY2(stored, qPrintable(stored.error().text()));
        QCOMPARE(stored.value().validTo, QDate(2026, 11, 27));
        QCOMPARE(stored.value().kind, u"khu_pho"_s);
        table->selectRow(row);
        QVERIFY(!close->isEnabled());
        QVERIFY(!dialog.findChild<QPushButton*>(u"placeRename"_s)->isEnabled());
        table->clearSelection(); // the greyed row shows as it is
        table->scrollToItem(table->item(row, 0));
        dialog.resize(1000, 640);
        shoot(&dialog, u"places-closed"_s);
        auto verified = AuditRepo(m_temp->reg->database(), *m_clock).verify(nullptr);
        QVERIFY2(verified, qPrintable(verified.error().text()));
        QVERIFY2(verified.value().intact, qPrintable(verified.value().problem));
        // An officer may not add or close a hamlet.
        const Session officer = logon(u"canbo1"_s);
        ui::PlacesDialog readOnly(m_temp->reg->database(), *m_clock, officer);
        QVERIFY(!readOnly.findChild<QPushButton*>(u"placeAdd"_s)->isEnabled());
        QVERIFY(!readOnly.findChild<QPushButton*>(u"placeAdd"_s)->toolTip().isEmpty());
        readOnly.findChild<QTableWidget*>(u"placesTable"_s)->selectRow(0);
        QVERIFY(!readOnly.findChild<QPushButton*>(u"placeClose"_s)->isEnabled());
    }
    void chiefAddsAStationRow() {
        const Session chief = logon(u"truong"_s);
        ui::StationHistoryDialog dialog(m_temp->reg->database(), *m_clock, chief);
        auto* table = dialog.findChild<QTableWidget*>(u"stationHistoryTable"_s);
        const int before = table->rowCount();
        QVERIFY(before > 0);
        dialog.findChild<QPushButton*>(u"stationAdd"_s)->click();
        auto* row = dialog.findChild<QDialog*>(u"stationRowDialog"_s);
        QVERIFY(row);
        row->findChild<QDateEdit*>(u"stationFrom"_s)->setDate(QDate(2026, 11, 15));
        row->findChild<QLineEdit*>(u"stationNote"_s)->setText(u"Đổi nơi nhận báo cáo"_s);
        row->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(table->rowCount(), before + 1);
        shoot(&dialog, u"station-history"_s);
        const Session inspector = logon(u"thanhtra"_s);
        ui::StationHistoryDialog readOnly(m_temp->reg->database(), *m_clock, inspector);
        QVERIFY(!readOnly.findChild<QPushButton*>(u"stationAdd"_s)->isEnabled());
    }
};

QTEST_MAIN(TestGuiMovement)
#include "tst_gui_movement.moc"
