// The monthly report PDF (issue 7 item 1) on the demo register: the text of September 2020 (the
// 2020 unit) and of October 2026 (the 2026 unit) compared with reference files written by hand
// (tests/data/report/*.txt); a month not locked is a draft with "DỰ THẢO" on every page; the fonts
// are embedded and the pages render the same without any system font; user text is escaped; the
// informant never appears; exporting needs ExportReport and is audited. PDFs are kept in
// BINHYEN_SHOTS when it names a folder.
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/report/ReportNarrativeRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/Session.h"
#include "reports/monthly/MonthlyReport.h"
#include "reports/monthly/MonthlyReportSource.h"
#include "tests/support/PdfTools.h"
#include "tests/support/TempRegister.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;
using namespace Qt::StringLiterals;

namespace {

QDateTime demoNow() {
    return QDateTime(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone());
}

// The words of a text in order: line breaks and column spacing are the layout's, not the
// content's, so the reference files are written as a person reads the page.
QStringList words(const QString& text) {
    return text.simplified().split(u' ', Qt::SkipEmptyParts);
}

QStringList golden(const QString& name) {
    QFile file(QStringLiteral(BINHYEN_TEST_DATA "/report/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {u"missing reference file "_s + name};
    return words(QString::fromUtf8(file.readAll()));
}

// Word by word, showing the words around the first difference.
void compareWords(const QStringList& actual, const QStringList& expected) {
    const int n = int(qMin(actual.size(), expected.size()));
    int i = 0;
    while (i < n && actual.at(i) == expected.at(i))
        ++i;
    const auto around = [i](const QStringList& list) {
        return list.mid(qMax(0, i - 8), 16).join(u' ');
    };
    QVERIFY2(i == n && actual.size() == expected.size(),
             qPrintable(u"word %1 differs\n  printed:  … %2 …\n  expected: … %3 …"_s.arg(i + 1).arg(
                 around(actual), around(expected))));
}

} // namespace

class TestMonthlyReport : public QObject {
    Q_OBJECT

    std::unique_ptr<TempRegister> m_temp;
    std::unique_ptr<FixedClock> m_clock;
    QTemporaryDir m_dir;
    Session m_chief;
    Session m_officer;

    QSqlDatabase db() const { return m_temp->reg->database(); }
    Session logon(const QString& user, const char* password) {
        QByteArray pw(password);
        auto s = UserRepo(db(), *m_clock).logon(user, SecretBytes::takeFrom(pw));
        if (!s)
            qWarning("%s", qPrintable(s.error().text()));
        return s ? s.take() : Session();
    }
    // Writes the month's report and returns the PDF's path (kept in BINHYEN_SHOTS if set).
    QString write(const QString& month, const QString& name) {
        const QString shots = qEnvironmentVariable("BINHYEN_SHOTS");
        if (!shots.isEmpty())
            QDir().mkpath(shots);
        const QString path = QDir(shots.isEmpty() ? m_dir.path() : shots).filePath(name);
        auto data = loadMonthlyReport(db(), *m_clock, m_chief, month);
        if (!data) {
            qWarning("%s", qPrintable(data.error().text()));
            return {};
        }
        auto written = writeMonthlyReportPdf(data.value(), path);
        if (!written) {
            qWarning("%s", qPrintable(written.error().text()));
            return {};
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        useVietnamese();
        QVERIFY(m_dir.isValid());
        m_temp = std::make_unique<TempRegister>();
        m_clock = std::make_unique<FixedClock>(demoNow());
        auto filled = DemoRepo(db()).fill(*m_clock, KeyDerivation::escrowKey(m_temp->recovery));
        QVERIFY2(filled, qPrintable(filled.error().text()));
        m_chief = logon(u"truong"_s, DemoRepo::kPassword);
        m_officer = logon(u"canbo1"_s, DemoRepo::kPassword);
        QVERIFY(m_chief.isValid() && m_officer.isValid());
    }

    void september2020PrintsThe2020Unit() {
        const QString pdf = write(u"2020-09"_s, u"report-2020-09.pdf"_s);
        QVERIFY(!pdf.isEmpty());
        compareWords(words(pdfText(pdf)), golden(u"report-2020-09.txt"_s));
    }

    void october2026PrintsThe2026Unit() {
        const QString pdf = write(u"2026-10"_s, u"report-2026-10.pdf"_s);
        QVERIFY(!pdf.isEmpty());
        compareWords(words(pdfText(pdf)), golden(u"report-2026-10.txt"_s));
    }

    void aMonthNotLockedIsADraftOnEveryPage() {
        const QString pdf = write(u"2026-11"_s, u"report-2026-11-draft.pdf"_s);
        QVERIFY(!pdf.isEmpty());
        const int pages = pdfPageCount(pdf);
        QVERIFY(pages >= 2);
        for (int page = 1; page <= pages; ++page) {
            // The diagonal mark comes out letter by letter, drawn first on the page.
            QString text = pdfText(pdf, page, page, true);
            text.remove(QRegularExpression(u"\\s"_s));
            QVERIFY2(text.startsWith(u"DỰTHẢO"_s),
                     qPrintable(u"page %1 is not marked as a draft"_s.arg(page)));
        }
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"Số: ……/BC-CAX"_s));
        QVERIFY(text.contains(u"Đất Đỏ, ngày 28 tháng 11 năm 2026"_s));
        // A locked month is not a draft.
        QString locked = pdfText(write(u"2026-10"_s, u"locked.pdf"_s), 0, 0, true);
        QVERIFY(!locked.isEmpty());
        QVERIFY(!locked.remove(QRegularExpression(u"\\s"_s)).contains(u"DỰTHẢO"_s));
    }

    void pagesAreNumberedFromPageTwo() {
        const QString pdf = write(u"2020-09"_s, u"numbers.pdf"_s);
        const int pages = pdfPageCount(pdf);
        QVERIFY(pages >= 2);
        QVERIFY(!normalisedLines(pdfText(pdf, 1, 1)).first().startsWith(u"1"_s));
        for (int page = 2; page <= pages; ++page)
            QCOMPARE(normalisedLines(pdfText(pdf, page, page)).first(), QString::number(page));
    }

    void fontsAreEmbeddedAndNeedNoSystemFont() {
        const QString pdf = write(u"2020-09"_s, u"fonts.pdf"_s);
        const QStringList fonts = pdfFonts(pdf);
        QVERIFY(!fonts.isEmpty());
        for (const QString& font : fonts) {
            QVERIFY2(font.contains(u"Tinos"_s), qPrintable(font));
            QVERIFY2(font.contains(u" yes yes "_s) || font.contains(u" yes no "_s),
                     qPrintable(u"not embedded: "_s + font));
        }
        // Rendered with fontconfig knowing no font at all, the pages are the same pixels.
        QFile empty(m_dir.filePath(u"fonts.conf"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.write("<?xml version=\"1.0\"?><fontconfig><cachedir>");
        empty.write(m_dir.filePath(u"fc-cache"_s).toUtf8());
        empty.write("</cachedir></fontconfig>");
        empty.close();
        const QString normal = m_dir.filePath(u"normal"_s);
        const QString bare = m_dir.filePath(u"bare"_s);
        const QStringList args{u"-r"_s, u"50"_s, u"-png"_s, pdf};
        QVERIFY(runTool(u"pdftoppm"_s, args + QStringList{normal}).isEmpty());
        QVERIFY(runTool(u"pdftoppm"_s, args + QStringList{bare},
                        {u"FONTCONFIG_FILE="_s + empty.fileName()})
                    .isEmpty());
        const QStringList pages = QDir(m_dir.path()).entryList({u"normal-*.png"_s});
        QCOMPARE(pages.size(), pdfPageCount(pdf));
        for (const QString& page : pages) {
            const QImage a(m_dir.filePath(page));
            const QImage b(m_dir.filePath(QString(page).replace(u"normal"_s, u"bare"_s)));
            QVERIFY(!a.isNull());
            QVERIFY2(a == b, qPrintable(page));
        }
    }

    void userTextIsPrintedLiterally() {
        ReportNarrative n;
        n.month = u"2026-10"_s;
        n.situation = u"Tình hình <b>ổn định</b> & không có vụ nổi bật."_s;
        n.shortcomings = u"Còn chậm <i>xác minh</i>."_s;
        n.tasks = u"Duy trì nhóm Zalo 40/40 ấp."_s;
        n.recipients = {u"Công an Thành phố Hồ Chí Minh <PV01>"_s, u"Đảng ủy xã Đất Đỏ"_s};
        auto saved = ReportNarrativeRepo(db(), *m_clock).save(m_chief, n);
        QVERIFY2(saved, qPrintable(saved.error().text()));
        const QString text = pdfText(write(u"2026-10"_s, u"escaped.pdf"_s));
        QVERIFY(text.contains(u"Tình hình <b>ổn định</b> & không có vụ nổi bật."_s));
        QVERIFY(text.contains(u"Còn chậm <i>xác minh</i>."_s));
        QVERIFY(text.contains(u"- Công an Thành phố Hồ Chí Minh <PV01>;"_s));
        QVERIFY(text.contains(u"- Lưu: VT."_s));
    }

    void theInformantNeverAppears() {
        for (const QString& month : {u"2020-09"_s, u"2026-10"_s, u"2026-11"_s}) {
            const QString text = pdfText(write(month, u"informant.pdf"_s));
            QVERIFY(!text.isEmpty());
            QVERIFY(!text.contains(u"Nguyễn Văn Tư"_s));
            QVERIFY(!text.contains(u"NBT-"_s));
        }
    }

    void exportNeedsThePermissionAndIsAudited() {
        const QString path = m_dir.filePath(u"export.pdf"_s);
        auto refused = exportMonthlyReportPdf(db(), *m_clock, m_officer, u"2020-09"_s, path);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::NotPermitted);
        QVERIFY(!QFile::exists(path));
        auto exported = exportMonthlyReportPdf(db(), *m_clock, m_chief, u"2020-09"_s, path);
        QVERIFY2(exported, qPrintable(exported.error().text()));
        QVERIFY(QFile::exists(path));
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT detail FROM audit_log WHERE action = 'report.export' "
                       "ORDER BY id DESC LIMIT 1"_s));
        QVERIFY(q.next());
        QVERIFY(!exported.value().draft);
        QVERIFY2(q.value(0).toString().contains(u"2020-09 pdf issued"_s),
                 qPrintable(q.value(0).toString()));
        auto verified = AuditRepo(db(), *m_clock).verify(nullptr);
        QVERIFY2(verified, qPrintable(verified.error().text()));
    }

    void narrativesAreAppendOnlyAndSignedByAChief() {
        ReportNarrativeRepo repo(db(), *m_clock);
        ReportNarrative n;
        n.month = u"2020-09"_s;
        n.situation = u"Bản 1"_s;
        n.signerId = m_officer.userId();
        auto refused = repo.save(m_chief, n);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        n.signerId = m_chief.userId();
        auto first = repo.save(m_officer, n);
        QVERIFY2(first, qPrintable(first.error().text()));
        n.situation = u"Bản 2"_s;
        auto second = repo.save(m_chief, n);
        QVERIFY(second);
        QCOMPARE(second.value().situation, u"Bản 2"_s);
        QCOMPARE(second.value().savedBy, m_chief.userId());
        QSqlQuery q(db());
        QVERIFY(!q.exec(u"UPDATE report_narratives SET situation = 'x'"_s));
        QVERIFY(!q.exec(u"DELETE FROM report_narratives"_s));
        QVERIFY(q.exec(u"SELECT count(*) FROM report_narratives WHERE month = '2020-09'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        n.month = u"2020-13"_s;
        QVERIFY(!repo.save(m_chief, n));
        auto inspectorSees = repo.latest(m_officer, u"2020-09"_s);
        QVERIFY(inspectorSees);
        QCOMPARE(inspectorSees.value().situation, u"Bản 2"_s);
    }
};

QTEST_MAIN(TestMonthlyReport)
#include "tst_monthly_report.moc"
