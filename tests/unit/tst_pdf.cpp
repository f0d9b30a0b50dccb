#include "reports/pdf/PdfDocument.h"
#include "reports/pdf/ReportFonts.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace binhyen;

namespace {

constexpr double kPtPerMm = 72.0 / 25.4;
constexpr double kA4Width = 595.28, kA4Height = 841.89, kTolerance = 1.5;

QString run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext -layout (or -raw: content-stream order) of one page (0: all pages).
QString pdfText(const QString& pdf, int page = 0, const QString& mode = QStringLiteral("-layout")) {
    QStringList args{mode};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
}

struct Word {
    double xMin, yMin, xMax, yMax;
    QString text;
};

// Words with their boxes (points, origin top left), one list per page.
QList<QList<Word>> pdfWords(const QString& pdf) {
    const QString xml =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">)re"
        R"re(([^<]*)</word>)re"));
    QList<QList<Word>> pages;
    for (const QString& page : xml.split(QStringLiteral("<page "), Qt::SkipEmptyParts).mid(1)) {
        QList<Word> words;
        for (const auto& m : word.globalMatch(page))
            words.append({m.captured(1).toDouble(), m.captured(2).toDouble(),
                          m.captured(3).toDouble(), m.captured(4).toDouble(), m.captured(5)});
        pages.append(words);
    }
    return pages;
}

// pdffonts: (name, embedded) for every font of the file.
QList<std::pair<QString, bool>> pdfFonts(const QString& pdf) {
    const QStringList lines = run(QStringLiteral("pdffonts"), {pdf}).split(QLatin1Char('\n'));
    QList<std::pair<QString, bool>> fonts;
    if (lines.size() < 2)
        return fonts;
    const qsizetype emb = lines.at(0).indexOf(QStringLiteral("emb"));
    for (const QString& line : lines.mid(2)) {
        if (!line.trimmed().isEmpty())
            fonts.append(
                {line.section(QLatin1Char(' '), 0, 0), line.mid(emb, 3) == QStringLiteral("yes")});
    }
    return fonts;
}

QString paragraphs(int count) {
    QString html;
    for (int i = 0; i < count; ++i)
        html += QStringLiteral("<p align=\"justify\">Tổ an ninh trật tự ở cơ sở phối hợp với "
                               "Công an xã tuần tra ban đêm, nắm tình hình, vận động quần chúng "
                               "tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc.</p>");
    return html;
}

} // namespace

class TestPdf : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "poppler-utils is needed");
        QCOMPARE(reportFontFamily(), QStringLiteral("Tinos"));
        QVERIFY(m_dir.isValid());
    }

    void vietnameseTextRoundTrips() {
        const QString phrase = QStringLiteral("Công an xã Đất Đỏ – Bình Yên, ấp Cây Cám");
        const QString pdf = m_dir.filePath(QStringLiteral("vi.pdf"));
        const auto written = writeHtmlPdf(QStringLiteral("<p>%1</p>").arg(htmlText(phrase)), pdf);
        QVERIFY2(written.ok(), qPrintable(written.error().text()));
        QVERIFY2(pdfText(pdf).simplified().contains(phrase), qPrintable(pdfText(pdf)));
    }

    void userTextPrintsLiterally() {
        QCOMPARE(htmlText(QStringLiteral("a<b>&\"\nb")),
                 QStringLiteral("a&lt;b&gt;&amp;&quot;<br/>b"));
        const QString pdf = m_dir.filePath(QStringLiteral("literal.pdf"));
        QVERIFY(writeHtmlPdf(QStringLiteral("<p>%1</p>")
                                 .arg(htmlText(QStringLiteral("<b>Trần & Lê</b>\nDòng hai"))),
                             pdf)
                    .ok());
        const QStringList lines = pdfText(pdf).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        QCOMPARE(lines.at(0).trimmed(), QStringLiteral("<b>Trần & Lê</b>"));
        QCOMPARE(lines.at(1).trimmed(), QStringLiteral("Dòng hai"));
        for (const auto& [name, embedded] : pdfFonts(pdf))
            QVERIFY2(!name.contains(QStringLiteral("Bold")), qPrintable(name));
    }

    void pageNumbersFromPageTwo() {
        const QString pdf = m_dir.filePath(QStringLiteral("numbers.pdf"));
        const QString breakPage =
            QStringLiteral("<p style=\"page-break-before:always\">Trang sau.</p>");
        QVERIFY(
            writeHtmlPdf(QStringLiteral("<p>Trang đầu.</p>") + breakPage + breakPage, pdf).ok());
        const auto pages = pdfWords(pdf);
        QCOMPARE(pages.size(), 3);
        QCOMPARE(pdfText(pdf, 1).trimmed(), QStringLiteral("Trang đầu."));
        for (int page = 2; page <= 3; ++page) {
            const QStringList lines =
                pdfText(pdf, page).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            QCOMPARE(lines.constFirst().trimmed(), QString::number(page));
            const Word number = pages.at(page - 1).constFirst();
            QVERIFY(number.yMax < 20 * kPtPerMm); // in the top margin
            const double centre = (30 * kPtPerMm + kA4Width - 15 * kPtPerMm) / 2;
            QVERIFY(qAbs((number.xMin + number.xMax) / 2 - centre) < 3);
        }
        PdfPageSetup setup;
        setup.pageNumbers = false;
        QVERIFY(writeHtmlPdf(QStringLiteral("<p>Một.</p>") + breakPage, pdf, setup).ok());
        QCOMPARE(pdfText(pdf, 2).trimmed(), QStringLiteral("Trang sau."));
    }

    void fontsAreEmbeddedTinos() {
        const QString pdf = m_dir.filePath(QStringLiteral("fonts.pdf"));
        QVERIFY(writeHtmlPdf(QStringLiteral("<h1>Báo cáo</h1><p>Thường <b>đậm</b> <i>nghiêng</i> "
                                            "<b><i>đậm nghiêng</i></b></p><pre>Mã số 12</pre>"
                                            "<p><tt>tt</tt> <code>code</code></p>"),
                             pdf)
                    .ok());
        const auto fonts = pdfFonts(pdf);
        QStringList names;
        for (const auto& [name, embedded] : fonts) {
            QVERIFY2(embedded, qPrintable(name));
            QVERIFY2(name.contains(QStringLiteral("Tinos")), qPrintable(name));
            names << name.section(QLatin1Char('+'), -1);
        }
        names.removeDuplicates();
        names.sort();
        QCOMPARE(names,
                 QStringList({QStringLiteral("Tinos"), QStringLiteral("Tinos-Bold"),
                              QStringLiteral("Tinos-BoldItalic"), QStringLiteral("Tinos-Italic")}));
    }

    void marginsAreExact_data() {
        QTest::addColumn<QList<double>>("margins"); // top, bottom, left, right in mm
        QTest::newRow("ND30 default") << QList<double>{20, 20, 30, 15};
        QTest::newRow("ND30 widest") << QList<double>{25, 25, 35, 20};
    }
    void marginsAreExact() {
        QFETCH(QList<double>, margins);
        PdfPageSetup setup;
        setup.marginTopMm = margins[0];
        setup.marginBottomMm = margins[1];
        setup.marginLeftMm = margins[2];
        setup.marginRightMm = margins[3];
        const QString pdf = m_dir.filePath(QStringLiteral("margins.pdf"));
        QVERIFY(writeHtmlPdf(paragraphs(40), pdf, setup).ok());
        const auto pages = pdfWords(pdf);
        QVERIFY(pages.size() >= 2);
        const double top = margins[0] * kPtPerMm, bottom = kA4Height - margins[1] * kPtPerMm;
        const double left = margins[2] * kPtPerMm, right = kA4Width - margins[3] * kPtPerMm;
        for (qsizetype page = 0; page < pages.size(); ++page) {
            double minX = 1e9, maxX = 0, minY = 1e9, maxY = 0;
            for (const Word& w : pages.at(page)) {
                if (w.text == QString::number(page + 1) && w.yMax < top)
                    continue; // the page number
                minX = qMin(minX, w.xMin), maxX = qMax(maxX, w.xMax);
                minY = qMin(minY, w.yMin), maxY = qMax(maxY, w.yMax);
                QVERIFY(w.yMax - w.yMin > 12 && w.yMax - w.yMin < 17); // 13 pt Tinos
            }
            QVERIFY2(minX >= left - kTolerance && minX < left + 2,
                     qPrintable(QString::number(minX)));
            QVERIFY2(maxX <= right + kTolerance && maxX > right - 3,
                     qPrintable(QString::number(maxX)));
            QVERIFY2(minY >= top - kTolerance && minY < top + 14,
                     qPrintable(QString::number(minY)));
            QVERIFY2(maxY <= bottom + kTolerance, qPrintable(QString::number(maxY)));
            if (page + 1 < pages.size()) // full pages reach down to the bottom margin
                QVERIFY2(maxY > bottom - 20, qPrintable(QString::number(maxY)));
        }
    }

    void watermarkOnEveryPage() {
        PdfPageSetup setup;
        setup.watermark = QStringLiteral("DỰ THẢO");
        const QString pdf = m_dir.filePath(QStringLiteral("draft.pdf"));
        QVERIFY(writeHtmlPdf(paragraphs(40), pdf, setup).ok());
        const int pages = int(pdfWords(pdf).size());
        QVERIFY(pages >= 2);
        for (int page = 1; page <= pages; ++page) {
            // Diagonal text comes out letter by letter, drawn first: read it in stream order.
            QString text = pdfText(pdf, page, QStringLiteral("-raw"));
            text.remove(QRegularExpression(QStringLiteral("\\s")));
            QVERIFY2(text.startsWith(QStringLiteral("DỰTHẢO")), qPrintable(text.left(80)));
        }
    }

    void failureLeavesNothingBehind() {
        const QString missing = m_dir.filePath(QStringLiteral("no-such-folder/report.pdf"));
        const auto result = writeHtmlPdf(QStringLiteral("<p>x</p>"), missing);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, ErrorCode::Io);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(!QFileInfo::exists(missing));

        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(writeHtmlPdf(QStringLiteral("<p>Bản một.</p>"), pdf).ok());
        QVERIFY(writeHtmlPdf(QStringLiteral("<p>Bản hai.</p>"), pdf).ok());
        QCOMPARE(pdfText(pdf).trimmed(), QStringLiteral("Bản hai."));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("report.pdf")});
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPdf)
#include "tst_pdf.moc"
