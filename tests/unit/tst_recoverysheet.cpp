#include "reports/recovery/RecoverySheet.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace binhyen;

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

QString withoutSpaces(QString text) {
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

RecoverySheetData sample() {
    RecoverySheetData data;
    data.recoveryKey = QStringLiteral("7K3Q-M9XP-4TWA-HC2N-R8DF-J6LB-Y5GE-U2VS");
    data.registerId = QStringLiteral("BY-2026-0F3A9C");
    data.registerPath = QStringLiteral("/home/truongca/Tài liệu mật/binhyen-datdo.byr");
    data.stationName = QStringLiteral("Công an xã Đất Đỏ");
    data.createdAt = QDateTime(QDate(2026, 11, 5), QTime(14, 30));
    return data;
}

} // namespace

class TestRecoverySheet : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        binhyen::test::useVietnamese();
        QVERIFY(m_dir.isValid());
        m_pdf = m_dir.filePath(QStringLiteral("khoa-khoi-phuc.pdf"));
        const auto written = writeRecoverySheet(sample(), m_pdf);
        QVERIFY2(written.ok(), qPrintable(written.error().text()));
        m_text = pdfText(m_pdf);
        QVERIFY(!m_text.isEmpty());
    }

    void keyIsGrouped() {
        QCOMPARE(
            recoveryKeyGroups(QStringLiteral("ABCDEFGHIJ")),
            QStringList({QStringLiteral("ABCD"), QStringLiteral("EFGH"), QStringLiteral("IJ")}));
        QCOMPARE(recoveryKeyGroups(QStringLiteral(" ABCDE-FGH ")),
                 QStringList({QStringLiteral("ABCDE"), QStringLiteral("FGH")}));
    }

    void userValuesAreEscaped() {
        RecoverySheetData data = sample();
        data.stationName = QStringLiteral("<b>Công an & xã</b>");
        const QString html = recoverySheetHtml(data);
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Công an &amp; xã&lt;/b&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<b>Công")));
    }

    void sheetShowsKeyAndRegister() {
        QCOMPARE(run(QStringLiteral("pdfinfo"), {m_pdf})
                     .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
                 true);
        // The key is printed on its lines as is: joined back without spaces it is verbatim.
        QVERIFY2(withoutSpaces(m_text).contains(sample().recoveryKey), qPrintable(m_text));
        QVERIFY(m_text.contains(sample().registerId));
        QVERIFY(m_text.contains(QStringLiteral("binhyen-datdo.byr")));
        QVERIFY(!m_text.contains(QStringLiteral("truongca"))); // the file name only, not the path
        QVERIFY(m_text.contains(QStringLiteral("05/11/2026 14:30")));
        QVERIFY(m_text.contains(QStringLiteral("Công an xã Đất Đỏ")));
        QVERIFY(m_text.contains(QStringLiteral("CÔNG AN XÃ ĐẤT ĐỎ")));
    }

    void sheetIsInVietnamese() {
        QVERIFY2(m_text.contains(QStringLiteral("KHÓA KHÔI PHỤC SỔ ĐĂNG KÝ BINHYEN")),
                 qPrintable(m_text));
        QVERIFY(withoutSpaces(m_text).contains(QStringLiteral("khônggửiquaZalohoặcthưđiệntử")));
        QVERIFY(m_text.contains(QStringLiteral("(Ký, ghi rõ họ tên)")));
    }

    void fontsAreEmbeddedTinos() {
        const QStringList lines = run(QStringLiteral("pdffonts"), {m_pdf}).split(QLatin1Char('\n'));
        QVERIFY(lines.size() > 2);
        const qsizetype emb = lines.at(0).indexOf(QStringLiteral("emb"));
        for (const QString& line : lines.mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            QVERIFY2(line.startsWith(QStringLiteral("Tinos")), qPrintable(line));
            QCOMPARE(line.mid(emb, 3), QStringLiteral("yes"));
        }
    }

    void marginsAndPrivacy() {
        const QString xml =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), m_pdf, QStringLiteral("-")});
        static const QRegularExpression box(QStringLiteral(
            R"re(xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)")re"));
        double minX = 1e9, minY = 1e9, maxX = 0, maxY = 0;
        for (const auto& m : box.globalMatch(xml)) {
            minX = qMin(minX, m.captured(1).toDouble()),
            minY = qMin(minY, m.captured(2).toDouble());
            maxX = qMax(maxX, m.captured(3).toDouble()),
            maxY = qMax(maxY, m.captured(4).toDouble());
        }
        const double mm = 72.0 / 25.4;
        QVERIFY2(minX >= 30 * mm - 1.5, qPrintable(QString::number(minX)));
        QVERIFY2(minY >= 20 * mm - 1.5, qPrintable(QString::number(minY)));
        QVERIFY2(maxX <= 595.28 - 15 * mm + 1.5, qPrintable(QString::number(maxX)));
        QVERIFY2(maxY <= 841.89 - 20 * mm + 1.5, qPrintable(QString::number(maxY)));
        // The key must not be readable by other users of the PC.
        const QFile::Permissions others = QFile::ReadGroup | QFile::ReadOther;
        QVERIFY(!(QFile::permissions(m_pdf) & others));
    }

private:
    QTemporaryDir m_dir;
    QString m_pdf;
    QString m_text;
};

QTEST_MAIN(TestRecoverySheet)
#include "tst_recoverysheet.moc"
