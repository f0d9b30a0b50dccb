// The import dialog (issue 4 item 6): a chief opens it from the File menu, loads an old register
// written in Windows-1258; the encoding is detected, the preview reads as Vietnamese, the bad row
// is listed with its line, and "skip the rows with errors" imports the good rows.
#include "models/domain/import/TextDecoding.h"
#include "tests/gui/tst_gui_trust_helpers.h"
#include "tests/support/TestSupport.h"
#include "ui/tips/ImportDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

const QString kCsv =
    u"so_tin,thoi_gian_tiep_nhan,kenh,phan_loai,linh_vuc,ap,dia_chi,noi_dung,nguoi_bao_tin,"
    "so_dien_thoai,can_bo_tiep_nhan,trang_thai,ket_qua\n"
    "SO-12/2019,14/02/2019 08:15,Điện thoại,Tin báo,Trộm cắp,Cây Cám,số 5 đường Lò Vôi,"
    "mất trộm bò tại chuồng nhà ông Bảy,Trần Thị Mai,0912345678,Trần Văn Cán,Đã giải quyết,"
    "tìm lại bò\n"
    ",31/02/2019 08:00,Điện thoại,,,,,ngày không có thật,,,,,\n"
    "SO-13/2019,2/3/2019 21:40,Zalo,Phản ánh ANTT,Đánh nhau,ấp Cây Cám,,"
    "thanh niên tụ tập gây gổ trước quán cà phê,Ẩn danh,,,Đang xác minh,\n"_s;

qint64 tipCount(QSqlDatabase db) {
    QSqlQuery q(db);
    return q.exec(u"SELECT count(*) FROM tips"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

QStringList column(const QTableWidget* table, int column) {
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << (table->item(row, column) ? table->item(row, column)->text() : QString());
    return out;
}

} // namespace

class TestGuiImport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        test::useVietnamese();
        const QString failed = m_station.setUp();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(u"so-tin-bao-cu.csv"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(encode(kCsv, TextEncoding::Windows1258));
    }

    void onlyChiefsMayImport() {
        auto window = m_station.openWindow(m_station.officer);
        QVERIFY(window);
        auto* action = window->findChild<QAction*>(u"importAction"_s);
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
    }

    void importsTheGoodRows() {
        auto window = m_station.openWindow(m_station.chief);
        QVERIFY(window);
        auto* action = window->findChild<QAction*>(u"importAction"_s);
        QVERIFY(action && action->isEnabled());
        action->trigger();
        auto* dialog = window->findChild<ui::ImportDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->loadFile(m_dir.filePath(u"so-tin-bao-cu.csv"_s)));

        QCOMPARE(dialog->encoding(), TextEncoding::Windows1258);
        QVERIFY(test::labelText(dialog, "detectedEncoding").contains(u"Windows-1258"_s));
        auto* mapping = dialog->findChild<QTableWidget*>(u"mappingTable"_s);
        QVERIFY(mapping);
        QCOMPARE(mapping->rowCount(), 13);
        QCOMPARE(dialog->mapping().value(7), ImportField::Content);
        auto* preview = dialog->findChild<QTableWidget*>(u"previewTable"_s);
        QVERIFY(preview);
        QCOMPARE(preview->rowCount(), 3);
        QVERIFY(column(preview, 5).contains(u"mất trộm bò tại chuồng nhà ông Bảy"_s));
        QVERIFY(column(preview, 4).join(u'|').contains(u"số 5 đường Lò Vôi"_s));
        QVERIFY(!column(preview, 6).join(u' ').contains(u"Trần Thị Mai"_s));
        auto* problems = dialog->findChild<QTableWidget*>(u"problemList"_s);
        QVERIFY(problems);
        QVERIFY(column(problems, 0).contains(u"3"_s)); // the impossible date, line 3

        // Decoded as TCVN3 the text breaks; back to Windows-1258 it reads again.
        dialog->setEncoding(TextEncoding::Tcvn3);
        QVERIFY(!column(preview, 5).contains(u"mất trộm bò tại chuồng nhà ông Bảy"_s));
        dialog->setEncoding(TextEncoding::Windows1258);
        QVERIFY(column(preview, 5).contains(u"mất trộm bò tại chuồng nhà ông Bảy"_s));
        QTest::qWait(50); // layouts and replaced cell widgets settle
        test::shoot(dialog, u"import"_s);

        const qint64 before = tipCount(m_station.temp->reg->database());
        QVERIFY(!dialog->runImport()); // a refused row stops the import…
        QCOMPARE(tipCount(m_station.temp->reg->database()), before);
        dialog->findChild<QCheckBox*>(u"skipBadRows"_s)->setChecked(true);
        QSignalSpy reloaded(window.get(), &ui::MainWindow::reloaded);
        QVERIFY(dialog->runImport()); // …unless skipped
        QCOMPARE(dialog->importedCount(), 2);
        QCOMPARE(tipCount(m_station.temp->reg->database()), before + 2);
        QVERIFY(test::labelText(dialog, "result").contains(u"2"_s));
        QCOMPARE(reloaded.count(), 1);
        QVERIFY(!dialog->findChild<QPushButton*>(u"importButton"_s)->isEnabled());
        dialog->close();
    }

    void cleanupTestCase() { m_station.tearDown(); }

private:
    test::TrustStation m_station;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"
