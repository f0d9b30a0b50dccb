// Mẫu 01 and Mẫu 03 (Thông tư 119/2021/TT-BCA) of the story tip, written as PDF and printed to a
// (PDF) printer, read back with pdftotext; the permissions and the audit of LegalFormsRepo.
#include "models/domain/Tip.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/tips/LegalFormsRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/repo/tips/TipWorkflowRepo.h"
#include "models/security/KeyDerivation.h"
#include "reports/forms/ReceiptRecord.h"
#include "reports/forms/TransferSlip.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace binhyen;
using namespace binhyen::test;

namespace {

QString run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString& pdf) {
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

int pageCount(const QString& pdf) {
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf})).captured(1).toInt();
}

// True when one line of the text holds `phrase` whole (words separated by single spaces there).
bool onOneLine(const QString& text, const QString& phrase) {
    for (QString line : text.split(QLatin1Char('\n')))
        if (line.simplified().contains(phrase))
            return true;
    return false;
}

const QString kInformant = QStringLiteral("Lê Thị Báo Tin");
const QString kSummary = QStringLiteral("Xe máy bị trộm <b>trước</b> tạp hóa bà Trần Thị M. & "
                                        "người dân đuổi theo nhưng đối tượng chạy thoát");

} // namespace

class TestLegalForms : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        useVietnamese();
        QVERIFY(m_dir.isValid());
        m_station = std::make_unique<AuditStation>();
        AuditStation& s = *m_station;
        insider::exec(s.db(), QStringLiteral("DELETE FROM station_identity"));
        insider::exec(s.db(), QStringLiteral(
                                  "INSERT INTO station_identity (effective_from, unit_name, "
                                  "parent_body, place_name, report_recipient, commune_code, "
                                  "province_code, province_name) VALUES "
                                  "('2018-01-01', 'CÔNG AN XÃ LÁNG DÀI', 'CÔNG AN HUYỆN ĐẤT ĐỎ', "
                                  "'Láng Dài', 'Công an tỉnh', '26680', '77', 'Bà Rịa - Vũng Tàu'),"
                                  "('2025-07-01', 'CÔNG AN XÃ ĐẤT ĐỎ', 'CÔNG AN THÀNH PHỐ HỒ CHÍ "
                                  "MINH', 'Đất Đỏ', 'Công an Thành phố', '26680', '79', "
                                  "'Thành phố Hồ Chí Minh')"));
        insider::exec(s.db(), QStringLiteral("INSERT INTO places (kind, name, commune_code, "
                                             "valid_from) VALUES ('ap', 'Cây Cám', '26680', "
                                             "'2018-01-01')"));
        QSqlQuery place(s.db());
        QVERIFY(place.exec(QStringLiteral("SELECT max(id) FROM places")) && place.next());

        NewTip tip;
        tip.receivedAt = QDateTime(QDate(2020, 9, 3), QTime(20, 30), Clock::stationZone());
        tip.channel = QStringLiteral("phone");
        tip.receivingOfficerId = s.officer.userId();
        tip.informantKind = QStringLiteral("identified");
        tip.informantPseudonym = QStringLiteral("NBT-0042");
        tip.placeId = place.value(0).toLongLong();
        tip.address = QStringLiteral("trước tạp hóa bà Trần Thị M.");
        tip.categoryCode = QStringLiteral("other");
        tip.summary = kSummary;
        tip.details = QStringLiteral("Xe Honda Wave màu đỏ, biển số 72F1-123.45");
        tip.createdBy = s.officer.userId();
        tip.createdAt = tip.receivedAt;
        auto id = TipRepo(s.db()).insert(tip);
        QVERIFY2(id.ok(), qPrintable(id.error().text()));
        m_tip = id.value();
        AuditEntry created;
        created.action = QStringLiteral("tip.create");
        created.entity = QStringLiteral("tip");
        created.entityId = m_tip;
        QVERIFY(s.audit().appendRecordChange(s.officer, created).ok());

        s.clock.set(QDateTime(QDate(2020, 9, 4), QTime(9, 0), Clock::stationZone()));
        auto forwarded =
            TipWorkflowRepo(s.db(), s.clock)
                .forward(s.officer, m_tip,
                         QStringLiteral("Cơ quan Cảnh sát điều tra Công an huyện "
                                        "Đất Đỏ"),
                         QDateTime(QDate(2020, 9, 4), QTime(8, 0), Clock::stationZone()),
                         QStringLiteral("15/PC-CAX"), QStringLiteral("Chuyển CQĐT"));
        QVERIFY2(forwarded.ok(), qPrintable(forwarded.error().text()));

        UserRepo users(s.db(), s.clock);
        QByteArray pw("Tam-thoi-2020");
        NewAccount inspector{QStringLiteral("kiemtra"), QStringLiteral("Phạm Văn Kiểm"), QString(),
                             QStringLiteral("Thanh tra"), Role::Inspector};
        QVERIFY(users.createAccount(s.chief, inspector, SecretBytes::takeFrom(pw)).ok());
        QByteArray pw2("Tam-thoi-2020");
        auto logged = users.logon(QStringLiteral("kiemtra"), SecretBytes::takeFrom(pw2));
        QVERIFY2(logged.ok(), qPrintable(logged.error().text()));
        m_inspector = std::make_unique<Session>(logged.take());
    }

    void receiptRecordWithInformant() {
        AuditStation& s = *m_station;
        InformantIdentity who;
        who.name = kInformant;
        who.phone = QStringLiteral("0909 123 456");
        who.address = QStringLiteral("ấp Cây Cám, xã Láng Dài");
        who.idNumber = QStringLiteral("077190001234");
        who.relationship = QStringLiteral("hàng xóm");
        auto data = LegalFormsRepo(s.db(), s.clock).receiptData(s.officer, m_tip, &who);
        QVERIFY2(data.ok(), qPrintable(data.error().text()));
        QCOMPARE(data.value().unit.unitName, QStringLiteral("CÔNG AN XÃ LÁNG DÀI"));
        QCOMPARE(data.value().receiver.fullName, QStringLiteral("Trần Văn Cán"));
        const QString pdf = m_dir.filePath(QStringLiteral("mau01.pdf"));
        auto written = writeReceiptRecordPdf(data.value(), pdf);
        QVERIFY2(written.ok(), qPrintable(written.error().text()));
        keep(pdf);
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());
        QVERIFY2(onOneLine(text, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                 qPrintable(text));
        QVERIFY(onOneLine(text, QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        QVERIFY(onOneLine(text, QStringLiteral("BIÊN BẢN TIẾP NHẬN NGUỒN TIN VỀ TỘI PHẠM")));
        // The unit as it was on 03/09/2020, not the one of 2025.
        QVERIFY(onOneLine(text, QStringLiteral("CÔNG AN HUYỆN ĐẤT ĐỎ")));
        QVERIFY(onOneLine(text, QStringLiteral("CÔNG AN XÃ LÁNG DÀI")));
        QVERIFY(!text.contains(QStringLiteral("CÔNG AN XÃ ĐẤT ĐỎ")));
        QVERIFY(!text.contains(QStringLiteral("HỒ CHÍ MINH")));
        QVERIFY(onOneLine(text, QStringLiteral("Láng Dài, ngày 03 tháng 9 năm 2020")));
        QVERIFY(onOneLine(text, QStringLiteral("20 giờ 30 phút, ngày 03/09/2020")));
        QVERIFY(text.contains(kInformant));
        QVERIFY(text.contains(QStringLiteral("077190001234")));
        QVERIFY(text.contains(QStringLiteral("NGƯỜI CUNG CẤP NGUỒN TIN")));
        QVERIFY(text.contains(QStringLiteral("NGƯỜI TIẾP NHẬN")));
        QVERIFY(!text.contains(QStringLiteral("không cho biết danh tính")));
        // User text printed literally.
        QVERIFY(text.contains(QStringLiteral("<b>trước</b>")));
        QVERIFY(text.contains(QStringLiteral("Trần Thị M. &")));
        QVERIFY(text.contains(QStringLiteral("72F1-123.45")));
        QVERIFY(!text.contains(QStringLiteral("NBT-0042"))); // the pseudonym is not the identity
        QCOMPARE(pageCount(pdf), 1);
        // It names the informant: readable by its owner only.
        const QFile::Permissions others = QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(!(QFile::permissions(pdf) & others));
    }

    void receiptRecordAnonymous() {
        AuditStation& s = *m_station;
        auto data = LegalFormsRepo(s.db(), s.clock).receiptData(s.officer, m_tip, nullptr);
        QVERIFY2(data.ok(), qPrintable(data.error().text()));
        QVERIFY(!data.value().informant);
        const QString pdf = m_dir.filePath(QStringLiteral("mau01-andanh.pdf"));
        QVERIFY(writeReceiptRecordPdf(data.value(), pdf).ok());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Người cung cấp nguồn tin không cho biết danh tính")),
                 qPrintable(text));
        QVERIFY(!text.contains(kInformant));
        QVERIFY(text.contains(QStringLiteral("Họ và tên: ………")));
        // An identity without a name counts as none.
        InformantIdentity nameless;
        nameless.phone = QStringLiteral("0909 000 000");
        auto d2 = LegalFormsRepo(s.db(), s.clock).receiptData(s.officer, m_tip, &nameless);
        QVERIFY(d2.ok() && !d2.value().informant);
    }

    void transferSlip() {
        AuditStation& s = *m_station;
        auto data = LegalFormsRepo(s.db(), s.clock).transferData(s.officer, m_tip);
        QVERIFY2(data.ok(), qPrintable(data.error().text()));
        QCOMPARE(data.value().slipNo, QStringLiteral("15/PC-CAX"));
        QCOMPARE(data.value().chief.fullName, QStringLiteral("Nguyễn Văn Trưởng"));
        const QString pdf = m_dir.filePath(QStringLiteral("mau03.pdf"));
        auto written = writeTransferSlipPdf(data.value(), pdf);
        QVERIFY2(written.ok(), qPrintable(written.error().text()));
        keep(pdf);
        const QString text = pdfText(pdf);
        QVERIFY2(onOneLine(text, QStringLiteral("PHIẾU CHUYỂN NGUỒN TIN VỀ TỘI PHẠM")),
                 qPrintable(text));
        QVERIFY(onOneLine(text, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
        QVERIFY(onOneLine(text, QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
        QVERIFY(onOneLine(text, QStringLiteral("CÔNG AN XÃ LÁNG DÀI")));
        QVERIFY(!text.contains(QStringLiteral("HỒ CHÍ MINH")));
        QVERIFY(onOneLine(text, QStringLiteral("Số: 15/PC-CAX")));
        QVERIFY(onOneLine(text, QStringLiteral("Láng Dài, ngày 04 tháng 9 năm 2020")));
        QVERIFY(onOneLine(
            text, QStringLiteral("Kính gửi: Cơ quan Cảnh sát điều tra Công an huyện Đất Đỏ")));
        QVERIFY(text.contains(QStringLiteral("Điều 145 và Điều 146")));
        QCOMPARE(data.value().tipNumber, QStringLiteral("TB-0002/2020")); // the station has one
        QVERIFY(text.contains(QStringLiteral("TB-0002/2020")));
        QVERIFY(text.contains(QStringLiteral("<b>trước</b>")));
        QVERIFY(text.contains(QStringLiteral("Nơi nhận:")));
        QVERIFY(text.contains(QStringLiteral("TRƯỞNG CÔNG AN XÃ")));
        QVERIFY(text.contains(QStringLiteral("Nguyễn Văn Trưởng")));
        QVERIFY(!text.contains(kInformant));
        QVERIFY(!text.contains(QStringLiteral("NBT-0042")));
        QCOMPARE(pageCount(pdf), 1);
    }

    void printerGetsTheSameLayout() {
        AuditStation& s = *m_station;
        InformantIdentity who;
        who.name = kInformant;
        auto data = LegalFormsRepo(s.db(), s.clock).receiptData(s.officer, m_tip, &who);
        QVERIFY(data.ok());
        // A PDF "printer" stands in for the real one: the same code path as a paper printer.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.filePath(QStringLiteral("printed01.pdf"));
        printer.setOutputFileName(printed);
        auto done = printReceiptRecord(data.value(), printer);
        QVERIFY2(done.ok(), qPrintable(done.error().text()));
        const QString direct = m_dir.filePath(QStringLiteral("direct01.pdf"));
        QVERIFY(writeReceiptRecordPdf(data.value(), direct).ok());
        QCOMPARE(pdfText(printed), pdfText(direct));
        QCOMPARE(pageCount(printed), 1);

        auto slip = LegalFormsRepo(s.db(), s.clock).transferData(s.chief, m_tip);
        QVERIFY(slip.ok());
        QPrinter printer3(QPrinter::HighResolution);
        printer3.setOutputFormat(QPrinter::PdfFormat);
        const QString printed3 = m_dir.filePath(QStringLiteral("printed03.pdf"));
        printer3.setOutputFileName(printed3);
        QVERIFY(printTransferSlip(slip.value(), printer3).ok());
        QVERIFY(onOneLine(pdfText(printed3), QStringLiteral("PHIẾU CHUYỂN NGUỒN TIN VỀ TỘI PHẠM")));
    }

    void unitFollowsTheDate() {
        AuditStation& s = *m_station;
        LegalFormsRepo repo(s.db(), s.clock);
        auto old = repo.unitAt(s.officer, QDate(2025, 6, 30));
        QVERIFY(old.ok());
        QCOMPARE(old.value().unitName, QStringLiteral("CÔNG AN XÃ LÁNG DÀI"));
        auto now = repo.unitAt(s.officer, QDate(2025, 7, 1));
        QVERIFY(now.ok());
        QCOMPARE(now.value().unitName, QStringLiteral("CÔNG AN XÃ ĐẤT ĐỎ"));
        QCOMPARE(now.value().parentBody, QStringLiteral("CÔNG AN THÀNH PHỐ HỒ CHÍ MINH"));
        QVERIFY(!repo.unitAt(s.officer, QDate(2010, 1, 1)).ok());
    }

    void emptyFormDataRefused() {
        ReceiptRecordData empty;
        QVERIFY(!receiptRecordHtml(empty).ok());
        QVERIFY(!transferSlipHtml(TransferSlipData{}).ok());
    }

    void inspectorRefused() {
        AuditStation& s = *m_station;
        LegalFormsRepo repo(s.db(), s.clock);
        auto r = repo.receiptData(*m_inspector, m_tip, nullptr);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotPermitted);
        QCOMPARE(repo.transferData(*m_inspector, m_tip).error().code, ErrorCode::NotPermitted);
        QCOMPARE(
            repo.recordPrinted(*m_inspector, m_tip, QStringLiteral("03"), false, {}).error().code,
            ErrorCode::NotPermitted);
    }

    void printingIsAudited() {
        AuditStation& s = *m_station;
        LegalFormsRepo repo(s.db(), s.clock);
        const qint64 before = s.lastRowId();
        QVERIFY(repo.recordPrinted(s.officer, m_tip, QStringLiteral("01"), false, {}).ok());
        QVERIFY(repo.recordPrinted(s.officer, m_tip, QStringLiteral("01"), true,
                                   QStringLiteral("/home/canbo1/Tài liệu/bien-ban-TB-0001.pdf"))
                    .ok());
        QVERIFY(repo.recordPrinted(s.chief, m_tip, QStringLiteral("03"), true,
                                   QStringLiteral("phieu-chuyen.pdf"))
                    .ok());
        QVERIFY(!repo.recordPrinted(s.officer, m_tip, QStringLiteral("02"), false, {}).ok());
        QVERIFY(!repo.recordPrinted(s.officer, 9999, QStringLiteral("01"), false, {}).ok());
        QCOMPARE(s.lastRowId(), before + 3);

        AuditFilter filter;
        filter.entity = QStringLiteral("tip");
        auto rows = s.audit().list(s.chief, filter);
        QVERIFY(rows.ok());
        QStringList seen;
        for (const AuditRow& row : rows.value()) {
            if (row.id <= before)
                continue;
            QCOMPARE(row.entityId, m_tip);
            seen << row.action + QLatin1Char('|') + row.detail;
            QVERIFY(!row.detail.contains(kInformant));
            QVERIFY(row.isSigned);
        }
        seen.sort();
        QCOMPARE(seen, QStringList({QStringLiteral("tip.form.print|Mẫu 01"),
                                    QStringLiteral("tip.form.save|Mẫu 01: bien-ban-TB-0001.pdf"),
                                    QStringLiteral("tip.form.save|Mẫu 03: phieu-chuyen.pdf")}));
        // Nothing in the whole trail names the informant.
        QSqlQuery q(s.db());
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM audit_log WHERE detail LIKE '%Báo Tin%'")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        auto verdict = s.audit().verify(nullptr);
        QVERIFY(verdict.ok());
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

private:
    // BINHYEN_FORMS_OUT=<folder>: keep the PDFs for a look (pdftoppm).
    static void keep(const QString& pdf) {
        const QString out = qEnvironmentVariable("BINHYEN_FORMS_OUT");
        if (out.isEmpty())
            return;
        const QString target = out + QLatin1Char('/') + QFileInfo(pdf).fileName();
        QFile::remove(target);
        QFile::copy(pdf, target);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<AuditStation> m_station;
    std::unique_ptr<Session> m_inspector;
    qint64 m_tip = 0;
};

QTEST_MAIN(TestLegalForms)
#include "tst_legal_forms.moc"
