// The text layer of the old-register import: legacy Vietnamese encodings and CSV reading.
#include "models/domain/import/CsvReader.h"
#include "models/domain/import/TextDecoding.h"
#include "models/domain/import/VietLegacyEncodings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace binhyen;

Q_DECLARE_METATYPE(binhyen::TextEncoding)

namespace {

QByteArray sample(const QString& name) {
    QFile file(QStringLiteral(BINHYEN_TEST_DATA "/import/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing sample %s", qPrintable(name));
    return file.readAll();
}

QStringList sentences() {
    return {QStringLiteral("Người dân báo mất trộm xe máy tại ấp Cây Cám, xã Láng Dài"),
            QStringLiteral("Đất Đỏ"), QStringLiteral("Điện thoại báo cháy ở ấp Phước Lợi"),
            QStringLiteral("Đánh nhau trước quán nước, đã giải quyết"),
            QStringLiteral("Lê Thị Hồng Nhung nghiêng người qua cửa sổ")};
}

const TextEncoding kLegacy[] = {TextEncoding::Windows1258, TextEncoding::Tcvn3, TextEncoding::Vni};

} // namespace

class TestImportText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void letterInventory() {
        const QString letters = vietenc::allVietnameseLetters();
        QCOMPARE(letters.size(), 134);
        QCOMPARE(QSet<QChar>(letters.begin(), letters.end()).size(), 134);
        QCOMPARE(letters.normalized(QString::NormalizationForm_C), letters);
        QCOMPARE(letters.left(67).toUpper(), letters.mid(67));
        QVERIFY(letters.contains(QStringLiteral("đ")) && letters.contains(QStringLiteral("Đ")));
        for (QChar c : letters) // every one of them is a letter of a valid syllable
            QVERIFY2(vietnameseScore(QString(c) + QStringLiteral("ng")) > 0 ||
                         vietnameseScore(QString(c) + QStringLiteral("a")) > 0,
                     qPrintable(QString(c)));
    }

    void roundTripsEveryLetter_data() {
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<int>("exact");
        QTest::newRow("windows-1258") << TextEncoding::Windows1258 << 134;
        QTest::newRow("tcvn3") << TextEncoding::Tcvn3 << 67 + 7; // no upper-case toned vowels
        QTest::newRow("vni") << TextEncoding::Vni << 134;
        QTest::newRow("utf-8") << TextEncoding::Utf8 << 134;
        QTest::newRow("utf-8-bom") << TextEncoding::Utf8Bom << 134;
    }
    void roundTripsEveryLetter() {
        QFETCH(TextEncoding, encoding);
        QFETCH(int, exact);
        const QString letters = vietenc::allVietnameseLetters();
        int same = 0;
        for (QChar c : letters) {
            const QByteArray bytes = encode(QString(c), encoding);
            QVERIFY2(!bytes.contains('?'), qPrintable(QString(c)));
            const QString back = decode(bytes, encoding);
            if (back == QString(c))
                ++same;
            else // only TCVN3's missing capitals may come back, and then in lower case
                QCOMPARE(back, encoding == TextEncoding::Tcvn3 ? QString(c).toLower() : QString(c));
        }
        QCOMPARE(same, exact);
        QString expected = letters;
        for (QChar& c : expected) { // TCVN3 keeps only these capitals
            if (exact != 134 && !QStringLiteral("ĂÂÊÔƠƯĐ").contains(c))
                c = c.toLower();
        }
        QCOMPARE(decode(encode(letters, encoding), encoding), expected);
    }

    // Byte values read off the published tables, not produced by our encoder.
    void decodesReferenceBytes_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<QString>("text");
        const auto w = TextEncoding::Windows1258, t = TextEncoding::Tcvn3, v = TextEncoding::Vni;
        QTest::newRow("tcvn3 Đất Đỏ") << QByteArray("\xA7\xCA"
                                                    "t \xA7\xE1")
                                      << t << QStringLiteral("Đất Đỏ");
        QTest::newRow("tcvn3 sentence")
            << QByteArray("Ng\xAD\xEAi d\xA9n b\xB8o m\xCAt tr\xE9m, \xAE\xE3 \xAB\xAC\xAD\xA8")
            << t << QStringLiteral("Người dân báo mất trộm, đó ôơưă");
        QTest::newRow("tcvn3 capitals")
            << QByteArray("\xA1\xA2\xA3\xA4\xA5\xA6\xA7") << t << QStringLiteral("ĂÂÊÔƠƯĐ");
        QTest::newRow("tcvn3 quotes") << QByteArray("\x93x\x94") << t << QStringLiteral("“x”");
        QTest::newRow("vni Đất Đỏ") << QByteArray("\xD1"
                                                  "a\xE1t \xD1o\xFB")
                                    << v << QStringLiteral("Đất Đỏ");
        QTest::newRow("vni ĐẤT ĐỎ") << QByteArray("\xD1"
                                                  "A\xC1T \xD1O\xDB")
                                    << v << QStringLiteral("ĐẤT ĐỎ");
        QTest::newRow("vni Người")
            << QByteArray("Ng\xF6\xF4\xF8i NG\xD6\xD4\xD8I") << v << QStringLiteral("Người NGƯỜI");
        QTest::newRow("vni ă i y") << QByteArray("a\xEA"
                                                 "a\xE9 \xED\xEC\xE6\xF3\xF2 y\xF9\xEE")
                                   << v << QStringLiteral("ăắ íìỉĩị ýỵ");
        QTest::newRow("cp1258 combining")
            << QByteArray("\xD0\xE2\xECt \xD0o\xD2") << w << QStringLiteral("Đất Đỏ");
        QTest::newRow("cp1258 capitals")
            << QByteArray("\xD0\xC2\xECT \xD0O\xD2") << w << QStringLiteral("ĐẤT ĐỎ");
        QTest::newRow("cp1258 precomposed")
            << QByteArray("L\xE1ng D\xE0i \xFE") << w << QStringLiteral("Láng Dài ₫");
        QTest::newRow("cp1258 horn")
            << QByteArray("\xF5\xF2 \xFD\xDE \xE3\xCC \xDD\xD5") << w << QStringLiteral("ợ ữ ằ ƯƠ");
    }
    void decodesReferenceBytes() {
        QFETCH(QByteArray, bytes);
        QFETCH(TextEncoding, encoding);
        QFETCH(QString, text);
        const QString decoded = decode(bytes, encoding);
        QCOMPARE(decoded, text);
        QCOMPARE(decoded.normalized(QString::NormalizationForm_C), decoded);
    }

    // Every letter, encoded by Python's cp1258 codec, glibc's iconv and make_samples.py's table.
    void decodesIndependentLetterFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<QString>("letters");
        const QString all = vietenc::allVietnameseLetters();
        QTest::newRow("cp1258") << QStringLiteral("letters-windows-1258.txt")
                                << TextEncoding::Windows1258 << all;
        QTest::newRow("tcvn3") << QStringLiteral("letters-tcvn3.txt") << TextEncoding::Tcvn3
                               << all.left(67) + QStringLiteral("ĂÂÊÔƠƯĐ");
        QTest::newRow("vni") << QStringLiteral("letters-vni.txt") << TextEncoding::Vni << all;
    }
    void decodesIndependentLetterFiles() {
        QFETCH(QString, file);
        QFETCH(TextEncoding, encoding);
        QFETCH(QString, letters);
        const QByteArray bytes = sample(file);
        QCOMPARE(decode(bytes, encoding), letters);
        QCOMPARE(decode(encode(letters, encoding), encoding), letters);
        if (encoding != TextEncoding::Windows1258) // its encoder may pick precomposed bytes
            QCOMPARE(encode(letters, encoding), bytes);
    }

    void windows1258ComposesToNfc() {
        QCOMPARE(decode("a\xEC", TextEncoding::Windows1258), QStringLiteral("á"));
        QCOMPARE(decode("a\xEC", TextEncoding::Windows1258).size(), 1);
        QCOMPARE(decode("\xEA\xEC", TextEncoding::Windows1258), QStringLiteral("ế"));
        QCOMPARE(encode(QStringLiteral("ấ"), TextEncoding::Windows1258), QByteArray("\xE2\xEC"));
    }

    void detectsEachLegacyEncoding_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<TextEncoding>("encoding");
        for (const QString& s : sentences()) {
            for (TextEncoding e : kLegacy) {
                for (const QString& variant : {s, s.toUpper()}) {
                    const QByteArray name = encodingName(e).toUtf8() + ": " + variant.toUtf8();
                    QTest::newRow(name.constData()) << variant << e;
                }
            }
        }
    }
    void detectsEachLegacyEncoding() {
        QFETCH(QString, text);
        QFETCH(TextEncoding, encoding);
        const QByteArray bytes = encode(text, encoding);
        QVERIFY(!bytes.contains('?'));
        QCOMPARE(detectEncoding(bytes), encoding);
        const QString decoded = decode(bytes, encoding);
        if (encoding == TextEncoding::Tcvn3) // capitals with tones come back in lower case
            QCOMPARE(decoded.toUpper(), text.toUpper());
        else
            QCOMPARE(decoded, text);
    }

    void neverPicksLegacyForUtf8() {
        QStringList texts = sentences();
        for (const QString& s : sentences())
            texts << s.toUpper();
        texts << QStringLiteral("plain ASCII, no accents") << QString()
              << QStringLiteral("Ngöôøi daân baùo maát troäm xe maùy") // VNI bytes shown as Latin-1
              << QStringLiteral("Ng\u00AD\u00EAi d\u00A9n b\u00B8o");  // TCVN3 shown as Latin-1
        for (const QString& s : texts) {
            QCOMPARE(detectEncoding(s.toUtf8()), TextEncoding::Utf8);
            QCOMPARE(detectEncoding(encode(s, TextEncoding::Utf8Bom)), TextEncoding::Utf8Bom);
        }
        const QByteArray cut = QStringLiteral("Láng Dài").toUtf8().chopped(1); // inside "à"
        QCOMPARE(detectEncoding(cut), TextEncoding::Utf8);
        QVERIFY(detectEncoding(QByteArray("ab\xC0\xAF")) != TextEncoding::Utf8);     // overlong
        QVERIFY(detectEncoding(QByteArray("ab\xED\xA0\x80")) != TextEncoding::Utf8); // surrogate
        QCOMPARE(detectEncoding(QByteArray("caf\xE9 cr\xE8me \xFC\xDF")), TextEncoding::Unknown);
    }

    void stripsTheByteOrderMark() {
        const QByteArray bytes = QByteArray("\xEF\xBB\xBF") + QStringLiteral("Đất").toUtf8();
        QCOMPARE(decode(bytes, TextEncoding::Utf8Bom), QStringLiteral("Đất"));
        QCOMPARE(decode(bytes, TextEncoding::Utf8), QStringLiteral("Đất"));
        QVERIFY(encode(QStringLiteral("Đất"), TextEncoding::Utf8Bom).startsWith("\xEF\xBB\xBF"));
        QCOMPARE(decode(QStringLiteral("Đa\u0300").toUtf8(), TextEncoding::Utf8),
                 QStringLiteral("Đà")); // decomposed input comes out NFC
    }

    void labelsAndNames() {
        QSet<QString> labels;
        for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Utf8Bom, TextEncoding::Windows1258,
                               TextEncoding::Tcvn3, TextEncoding::Vni, TextEncoding::Unknown}) {
            labels.insert(encodingLabel(e));
            QCOMPARE(encodingFromName(encodingName(e)), e);
        }
        QCOMPARE(labels.size(), 6);
        QCOMPARE(encodingLabel(TextEncoding::Tcvn3), QStringLiteral("TCVN3 (ABC)"));
        QCOMPARE(encodingLabel(TextEncoding::Windows1258), QStringLiteral("Windows-1258 (VN)"));
        QCOMPARE(encodingFromName(QStringLiteral(" CP1258")), TextEncoding::Windows1258);
        QCOMPARE(encodingFromName(QStringLiteral("ABC")), TextEncoding::Tcvn3);
        QCOMPARE(encodingFromName(QStringLiteral("VNI-Win")), TextEncoding::Vni);
        QCOMPARE(encodingFromName(QStringLiteral("latin1")), TextEncoding::Unknown);
    }

    // Files written by tests/data/import/make_samples.py with Python's and iconv's codecs.
    void readsSampleFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("utf-8") << QStringLiteral("utf8-comma.csv") << TextEncoding::Utf8
                               << QChar(u',');
        QTest::newRow("bom") << QStringLiteral("utf8-bom-semicolon-crlf.csv")
                             << TextEncoding::Utf8Bom << QChar(u';');
        QTest::newRow("cp1258") << QStringLiteral("windows-1258.csv") << TextEncoding::Windows1258
                                << QChar(u',');
        QTest::newRow("tcvn3") << QStringLiteral("tcvn3.csv") << TextEncoding::Tcvn3 << QChar(u',');
        QTest::newRow("vni") << QStringLiteral("vni.csv") << TextEncoding::Vni << QChar(u',');
    }
    void readsSampleFiles() {
        QFETCH(QString, file);
        QFETCH(TextEncoding, encoding);
        QFETCH(QChar, separator);
        const QByteArray bytes = sample(file);
        QCOMPARE(detectEncoding(bytes), encoding);
        const CsvResult csv = CsvReader().read(decode(bytes, encoding));
        QVERIFY(csv.errors.isEmpty());
        QCOMPARE(csv.separator, separator);
        QCOMPARE(csv.rows.size(), 4);
        QCOMPARE(csv.rows[0].fields.join(u'|'),
                 QStringLiteral("so_tin|thoi_gian_tiep_nhan|kenh|ap|noi_dung"));
        QCOMPARE(csv.rows[1].fields,
                 (QStringList{
                     QStringLiteral("12/2019"), QStringLiteral("03/02/2019 08:15"),
                     QStringLiteral("Điện thoại"), QStringLiteral("Cây Cám"),
                     QStringLiteral("Người dân báo mất trộm xe máy tại ấp Cây Cám, xã Láng Dài")}));
        QCOMPARE(csv.rows[2].fields.last(),
                 QStringLiteral("Đánh nhau trước quán nước; \"đã giải quyết\""));
        QCOMPARE(csv.rows[3].fields.mid(2),
                 (QStringList{QStringLiteral("Trực tiếp"), QStringLiteral("Đất Đỏ"),
                              QStringLiteral("Mất giấy tờ\n(căn cước, bằng lái)")}));
        QCOMPARE(csv.rows[3].line, 4);
    }

    void csvSeparators() {
        CsvResult r = CsvReader().read(u"a;b;c\n1;2;3\n");
        QCOMPARE(r.separator, QChar(u';'));
        QCOMPARE(r.rows[1].fields,
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        r = CsvReader().read(u"\"x,y,z\";b;c\n1;2;3");
        QCOMPARE(r.separator, QChar(u';'));
        QCOMPARE(r.rows[0].fields.first(), QStringLiteral("x,y,z"));
        r = CsvReader().read(u"\"x;y;z\",b\n");
        QCOMPARE(r.separator, QChar(u','));
        QCOMPARE(r.rows[0].fields.size(), 2);
        r = CsvReader(CsvOptions{QChar(u';')}).read(u"a,b;c");
        QCOMPARE(r.rows[0].fields.size(), 2);
    }

    void csvQuotesAndLineEnds() {
        const CsvResult r = CsvReader().read(
            u"id,note\r\n1,\"He said \"\"hi\"\", then left\"\r\n2,\"two\r\nlines, and; more\"\n"
            u"3,plain \"quote\"\r4,\"\"\n\n5,x\r\n\r\n\n");
        QVERIFY(r.errors.isEmpty());
        QList<int> lines;
        for (const CsvRow& row : r.rows)
            lines << row.line;
        QCOMPARE(lines, (QList<int>{1, 2, 3, 5, 6, 8}));
        QCOMPARE(r.rows[1].fields[1], QStringLiteral("He said \"hi\", then left"));
        QCOMPARE(r.rows[2].fields[1], QStringLiteral("two\nlines, and; more"));
        QCOMPARE(r.rows[3].fields[1], QStringLiteral("plain \"quote\""));
        QCOMPARE(r.rows[4].fields, (QStringList{QStringLiteral("4"), QString()}));
        QCOMPARE(CsvReader().read(u"\"\"\n").rows.size(), 1); // a quoted empty field is a row
        QCOMPARE(CsvReader()
                     .read(u"\xFEFF"
                           "a,b")
                     .rows[0]
                     .fields[0],
                 QStringLiteral("a"));
    }

    void csvUnterminatedQuote() {
        const CsvResult r = CsvReader().read(u"a,b\n1,2\n\n3,\"oops\n4,5\n6,7\n");
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors[0].line, 4);
        QVERIFY(r.errors[0].message.contains(QStringLiteral("4")));
    }

    void csvLimits() {
        CsvOptions small;
        small.maxFieldLength = 10;
        small.maxColumns = 3;
        CsvResult r = CsvReader(small).read(u"a,b,c\n1,2,3,4\n12345678901,x\n\"1234567890\",ok\n");
        QCOMPARE(r.rows.size(), 2);
        QCOMPARE(r.rows[1].line, 4);
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.errors[0].line, 2);
        QCOMPARE(r.errors[1].line, 3);
        QVERIFY(r.errors[0].message != r.errors[1].message);
        // The defaults: 64 KiB a field, 200 columns.
        const QString big = QString(70000, u'x') + u"\n" + QString(250, u',') + u"\nok\n";
        r = CsvReader().read(big);
        QCOMPARE(r.errors.size(), 2);
        QCOMPARE(r.rows.size(), 1);
        QCOMPARE(r.rows[0].line, 3);
        small.maxErrors = 5;
        r = CsvReader(small).read(QStringLiteral("a,b,c,d\n").repeated(20));
        QCOMPARE(r.errors.size(), 6);
        QVERIFY(r.errors.last().message.contains(QStringLiteral("15")));
    }

    void survivesTenMegabytesOfGarbage() {
        QList<quint32> words(10 * 1024 * 1024 / 4);
        QRandomGenerator(20240601).fillRange(words.data(), words.size());
        const QByteArray random(reinterpret_cast<const char*>(words.constData()), words.size() * 4);
        QByteArray csvish(random.size(), Qt::Uninitialized); // many quotes, separators, ends
        for (qsizetype i = 0; i < random.size(); ++i)
            csvish[i] = "\",;\r\n a\xE1"[static_cast<unsigned char>(random[i]) % 9];
        QElapsedTimer timer;
        timer.start();
        const TextEncoding detected = detectEncoding(random);
        QCOMPARE(detectEncoding(random), detected); // deterministic
        QVERIFY(detected != TextEncoding::Utf8 && detected != TextEncoding::Utf8Bom);
        // A quote opened at the end and never closed: an error whatever came before.
        const QByteArray tail("\n\"tail");
        for (const QByteArray& bytes : {QByteArray(random + tail), QByteArray(csvish + tail)}) {
            for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Windows1258,
                                   TextEncoding::Tcvn3, TextEncoding::Vni}) {
                QElapsedTimer one;
                one.start();
                const QString text = decode(bytes, e);
                QVERIFY(!text.isEmpty());
                const CsvResult r = CsvReader().read(text);
                int last = 0;
                for (const CsvRow& row : r.rows) {
                    QVERIFY(row.line > last && row.fields.size() <= 200);
                    last = row.line;
                    for (const QString& field : row.fields)
                        QVERIFY(field.size() <= 64 * 1024);
                }
                for (const CsvError& error : r.errors)
                    QVERIFY(error.line >= 1 && !error.message.isEmpty());
                QVERIFY(!r.errors.isEmpty() && r.errors.size() <= 1001);
                QVERIFY(r.errors.last().line <= text.count(u'\n') + text.count(u'\r') + 1);
                QVERIFY(one.elapsed() < 10000);
                qInfo("%s: %lld rows, %lld errors in %lld ms", qPrintable(encodingName(e)),
                      qlonglong(r.rows.size()), qlonglong(r.errors.size()), one.elapsed());
            }
        }
        qInfo("10 MB of garbage detected, then decoded and read 8 times in %lld ms",
              timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestImportText)
#include "tst_import_text.moc"
