// CSV exports for spreadsheets (issue 6 item 6): a UTF-8 byte order mark, CRLF, quoting, and the
// guard against formula injection (cells beginning with = + - @, tab or carriage return get a
// leading single quote; a phone number "+84 909 …" stays readable as text).
#include "models/domain/CsvExport.h"
#include "models/domain/import/CsvReader.h"
#include "models/domain/import/TextDecoding.h"

#include <QTest>

using namespace binhyen;

class TestCsvExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void byteOrderMarkAndCrlf() {
        const QByteArray out = csvExport({{QStringLiteral("a"), QStringLiteral("b")}});
        QCOMPARE(out, QByteArray("\xEF\xBB\xBF"
                                 "a,b\r\n"));
        CsvExportOptions noBom;
        noBom.byteOrderMark = false;
        noBom.separator = QLatin1Char(';');
        QCOMPARE(csvExport({{QStringLiteral("a"), QStringLiteral("b;c")}}, noBom),
                 QByteArray("a;\"b;c\"\r\n"));
        QCOMPARE(detectEncoding(out), TextEncoding::Utf8Bom);
    }

    void vietnameseRoundTrips() {
        const QList<QStringList> records = {
            {QStringLiteral("Họ và tên"), QStringLiteral("Ấp"), QStringLiteral("Ghi chú")},
            {QStringLiteral("Nguyễn Thị Ngọc Ánh"), QStringLiteral("Cây Cám"),
             QStringLiteral("Đồng ý, \"nói miệng\"\nngày 05/09/2020")},
            {QStringLiteral("Đặng Văn Ưng"), QString(), QStringLiteral(" lề trái")},
        };
        const QByteArray out = csvExport(records);
        QVERIFY(out.startsWith("\xEF\xBB\xBF"));
        QVERIFY(out.contains(
            "\"\xC4\x90\xE1\xBB\x93ng \xC3\xBD, \"\"n\xC3\xB3i mi\xE1\xBB\x87ng\"\"\n"));
        const QString text = decode(out, detectEncoding(out));
        const CsvResult back = CsvReader().read(text);
        QVERIFY(back.errors.isEmpty());
        QCOMPARE(back.rows.size(), 3);
        for (int i = 0; i < records.size(); ++i)
            QCOMPARE(back.rows.at(i).fields, records.at(i));
        QCOMPARE(back.rows.at(2).line, 4); // the line break inside the quoted note
    }

    void formulasAreNeutralised_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::addRow("=1+1") << "=1+1"
                              << "'=1+1";
        QTest::addRow("hyperlink") << "=HYPERLINK(\"http://x\",\"y\")"
                                   << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        QTest::addRow("phone +84") << "+84 909 123 456"
                                   << "'+84 909 123 456";
        QTest::addRow("-5") << "-5"
                            << "'-5";
        QTest::addRow("@x") << "@x"
                            << "'@x";
        QTest::addRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::addRow("carriage return") << "\r=1"
                                         << "\"'\r=1\"";
        QTest::addRow("spaces first") << "  =1+1"
                                      << "'  =1+1";
        QTest::addRow("command") << "=cmd|' /C calc'!A0"
                                 << "'=cmd|' /C calc'!A0";
        QTest::addRow("plain phone") << "0909123456"
                                     << "0909123456";
        QTest::addRow("inner minus") << "Cây Cám - tổ 3"
                                     << "Cây Cám - tổ 3";
        QTest::addRow("inner equals") << "a=b"
                                      << "a=b";
        QTest::addRow("email") << "an@example.vn"
                               << "an@example.vn";
        QTest::addRow("empty") << ""
                               << "";
    }
    void formulasAreNeutralised() {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(csvField(cell), written);
        QCOMPARE(looksLikeFormula(cell), written.startsWith(QLatin1Char('\'')) ||
                                             written.startsWith(QStringLiteral("\"'")));
    }

    void phoneStaysReadable() {
        // Excel takes the leading quote as "text" and shows +84 909 123 456; the digits and
        // spaces are all still there for a reader.
        const QByteArray out = csvExport({{QStringLiteral("+84 909 123 456")}});
        QCOMPARE(out, QByteArray("\xEF\xBB\xBF'+84 909 123 456\r\n"));
        const CsvResult back = CsvReader().read(decode(out, TextEncoding::Utf8Bom));
        QCOMPARE(back.rows.first().fields.first(), QStringLiteral("'+84 909 123 456"));
        QCOMPARE(back.rows.first().fields.first().mid(1), QStringLiteral("+84 909 123 456"));
    }

    void recordsQuoteWhatNeedsIt() {
        QCOMPARE(
            csvRecord({QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                       QStringLiteral("two\nlines"), QStringLiteral("cr\rhere"),
                       QStringLiteral("plain")}),
            QStringLiteral("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",plain\r\n"));
        QCOMPARE(csvRecord({}), QStringLiteral("\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csv_export.moc"
