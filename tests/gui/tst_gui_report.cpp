// The monthly report dialog (issue 7) on the demo register, offscreen: opened from the statistics
// view's "Monthly report…" through the main window; the chief's text prefilled, edited, saved as a
// new version and printed in the exported PDF; the package and the CSV tables exported; a month not
// locked says it is a draft; an officer may edit nothing and export nothing. Screenshots when
// BINHYEN_SHOTS names a folder.
#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/report/ReportNarrativeRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Session.h"
#include "reports/package/PackageFormat.h"
#include "tests/support/PdfTools.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"
#include "ui/main/MainWindow.h"
#include "ui/report/ReportDialog.h"
#include "ui/stats/StatisticsArea.h"
#include "ui/stats/StatisticsPage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace binhyen;
using namespace Qt::StringLiterals;

namespace {

QDateTime demoNow() {
    return QDateTime(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone());
}

void shoot(QWidget* widget, const QString& name) {
    const QString folder = qEnvironmentVariable("BINHYEN_SHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    QVERIFY(widget->grab().save(QDir(folder).filePath(name + u".png"_s)));
}

QByteArray readAll(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestGuiReport : public QObject {
    Q_OBJECT

    std::unique_ptr<test::TempRegister> m_temp;
    std::unique_ptr<FixedClock> m_clock;
    QTemporaryDir m_dir;
    Session m_chief;
    Session m_officer;

    Session logon(const QString& user) {
        QByteArray password(DemoRepo::kPassword);
        auto s = UserRepo(m_temp->reg->database(), *m_clock)
                     .logon(user, SecretBytes::takeFrom(password));
        return s ? s.take() : Session();
    }

private Q_SLOTS:
    void initTestCase() {
        test::useVietnamese();
        m_temp = std::make_unique<test::TempRegister>();
        m_clock = std::make_unique<FixedClock>(demoNow());
        auto filled = DemoRepo(m_temp->reg->database())
                          .fill(*m_clock, KeyDerivation::escrowKey(m_temp->recovery));
        QVERIFY2(filled, qPrintable(filled.error().text()));
        m_chief = logon(u"truong"_s);
        m_officer = logon(u"canbo1"_s);
        QVERIFY(m_chief.isValid() && m_officer.isValid());
    }

    void theStatisticsViewOpensTheReport() {
        ui::MainWindow window(*m_temp->reg, &m_chief, std::make_unique<FixedClock>(demoNow()));
        window.resize(1280, 800);
        auto* page = window.findChild<ui::StatisticsPage*>();
        QVERIFY(page);
        page->setMonth(u"2020-09"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy() && page->figures().month == u"2020-09"_s, 30000);
        Q_EMIT page->reportRequested(u"2020-09"_s);
        ui::ReportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ui::ReportDialog*>()) != nullptr);
        QVERIFY(dialog->isLoaded());
        QCOMPARE(dialog->data().number, u"10/BC-CAX"_s);
        QVERIFY(dialog->findChild<QLabel*>(u"reportState"_s)->text().contains(u"10/BC-CAX"_s));
        dialog->close();
    }

    void theChiefWritesSavesAndExports() {
        ui::ReportDialog dialog(m_temp->reg->database(), *m_clock, m_chief, u"2020-09"_s);
        QVERIFY(dialog.isLoaded());
        auto* situation = dialog.findChild<QPlainTextEdit*>(u"reportSituation"_s);
        // Prefilled with the month's main figures until the chief writes his own.
        QVERIFY(situation->toPlainText().contains(u"12 tin báo"_s));
        QVERIFY(!dialog.isModified());
        auto* save = dialog.findChild<QPushButton*>(u"reportSave"_s);
        QVERIFY(!save->isEnabled());
        situation->setPlainText(
            u"Tháng 9/2020, nhờ tin báo của người dân ấp Cây Cám, đã bắt "
            u"đối tượng trộm xe máy <b>ngay trong đêm</b> & thu hồi tài sản."_s);
        dialog.findChild<QPlainTextEdit*>(u"reportRecipients"_s)
            ->setPlainText(u"Công an huyện Đất Đỏ (để báo cáo)\nĐảng ủy xã Láng Dài"_s);
        QVERIFY(dialog.isModified());
        QVERIFY(save->isEnabled());
        dialog.resize(1280, 860);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(!dialog.isModified());
        auto saved =
            ReportNarrativeRepo(m_temp->reg->database(), *m_clock).latest(m_chief, u"2020-09"_s);
        QVERIFY(saved);
        QVERIFY(saved.value().situation.contains(u"ngay trong đêm"_s));
        QCOMPARE(saved.value().recipients.size(), 2);
        shoot(&dialog, u"report-dialog"_s);

        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        QVERIFY(dialog.exportPdfTo(pdf));
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(u"<b>ngay trong đêm</b> &"_s));
        QVERIFY(text.contains(u"- Đảng ủy xã Láng Dài;"_s));
        QVERIFY(text.contains(u"Số: 10/BC-CAX"_s));

        const QString package = m_dir.filePath(u"package.json"_s);
        QVERIFY(dialog.exportPackageTo(package));
        QVERIFY(reportpackage::verify(readAll(package)).ok());
        const QString csv = m_dir.filePath(u"csv"_s);
        QVERIFY(dialog.exportCsvTo(csv));
        QVERIFY(QFile::exists(QDir(csv).filePath(u"figures.csv"_s)));
        QVERIFY(AuditRepo(m_temp->reg->database(), *m_clock).verify(nullptr));
    }

    void aMonthNotLockedIsADraft() {
        ui::ReportDialog dialog(m_temp->reg->database(), *m_clock, m_chief, u"2026-11"_s);
        QVERIFY(dialog.isLoaded());
        QVERIFY(dialog.data().draft);
        QVERIFY(dialog.findChild<QLabel*>(u"reportState"_s)->text().contains(u"DỰ THẢO"_s));
        dialog.resize(1280, 860);
        shoot(&dialog, u"report-dialog-draft"_s);
    }

    void anOfficerReadsOnly() {
        ui::ReportDialog dialog(m_temp->reg->database(), *m_clock, m_officer, u"2020-09"_s);
        QVERIFY(dialog.isLoaded());
        for (const char* name : {"reportExportPdf", "reportExportPackage", "reportExportCsv"}) {
            auto* button = dialog.findChild<QPushButton*>(QLatin1String(name));
            QVERIFY(!button->isEnabled());
            QVERIFY(!button->toolTip().isEmpty());
        }
        QString seen;
        test::closeNextMessage(&seen);
        QVERIFY(!dialog.exportPdfTo(m_dir.filePath(u"officer.pdf"_s)));
        QVERIFY(!seen.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"officer.pdf"_s)));
    }
};

QTEST_MAIN(TestGuiReport)
#include "tst_gui_report.moc"
