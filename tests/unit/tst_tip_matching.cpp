// The pure matching rules behind tip ↔ case suggestions: licence plates in any typing, stop
// words, word pairs, đ folding, and which reasons make a suggestion.
#include "models/domain/Clock.h"
#include "models/domain/TipMatching.h"

#include <QTest>

using namespace binhyen;
using namespace binhyen::tipmatching;

namespace {

QDateTime at(int day, int hour, int minute) {
    return QDateTime(QDate(2020, 9, day), QTime(hour, minute), Clock::stationZone());
}

MatchSubject subject(qint64 placeId, const QString& placeName, const QDateTime& when,
                     const QString& text) {
    MatchSubject s;
    s.placeId = placeId;
    s.placeKindLabel = QStringLiteral("ấp");
    s.placeName = placeName;
    s.at = when;
    s.text = matchText(text);
    return s;
}

QList<SuggestionReasonKind> kinds(const QList<SuggestionReason>& reasons) {
    QList<SuggestionReasonKind> out;
    for (const SuggestionReason& r : reasons) {
        out << r.kind;
        if (r.text.isEmpty())
            qWarning("empty reason text");
    }
    return out;
}

} // namespace

class TestTipMatching : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plateForms_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("plates");
        const QStringList motorbike = {QStringLiteral("72E112345")};
        QTest::newRow("dash dot") << QStringLiteral("Xe Wave biển số 72E1-123.45 màu đỏ")
                                  << motorbike;
        QTest::newRow("space dot")
            << QStringLiteral("biển 72E1 123.45, đi về hướng chợ") << motorbike;
        QTest::newRow("compact lower") << QStringLiteral("bs 72e112345") << motorbike;
        QTest::newRow("dash space") << QStringLiteral("biển kiểm soát 72-E1 12345.") << motorbike;
        QTest::newRow("car") << QStringLiteral("ô tô 51F-123.45 đỗ trước cổng")
                             << QStringList{QStringLiteral("51F12345")};
        QTest::newRow("two letters") << QStringLiteral("xe 29LD-1234 và 29LD1234")
                                     << QStringList{QStringLiteral("29LD1234")};
        QTest::newRow("two plates")
            << QStringLiteral("72E1-123.45 đụng 72C1-678.90")
            << QStringList{QStringLiteral("72E112345"), QStringLiteral("72C167890")};
        QTest::newRow("time is no plate")
            << QStringLiteral("lúc 20h30 ngày 03/09/2020") << QStringList{};
        QTest::newRow("phone is no plate") << QStringLiteral("gọi 0909 123 456") << QStringList{};
        QTest::newRow("inside a number") << QStringLiteral("mã 1272E112345") << QStringList{};
    }
    void plateForms() {
        QFETCH(QString, text);
        QFETCH(QStringList, plates);
        QCOMPARE(licencePlates(text), plates);
    }

    void plateKeepsTyping() {
        const auto found = plateMentions(QStringLiteral("biển số 72e1-123.45"));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().typed, QStringLiteral("72E1-123.45"));
        QCOMPARE(normalisePlate(QStringLiteral("72-e1 123.45")), QStringLiteral("72E112345"));
    }

    void stopWords() {
        QVERIFY(isStopWord(QStringLiteral("va")));
        QVERIFY(isStopWord(QStringLiteral("nguoi")));
        QVERIFY(!isStopWord(QStringLiteral("trom")));
        const QStringList words =
            significantWords(QStringLiteral("Người dân ở ấp Cây Cám đã báo là có trộm"));
        QCOMPARE(words, (QStringList{QStringLiteral("cay"), QStringLiteral("cam"),
                                     QStringLiteral("trom")}));
        // Typed without accents, the same words are stop words.
        QCOMPARE(significantWords(QStringLiteral("nguoi dan o ap Cay Cam da bao la co trom")),
                 words);
        // Numbers and one-letter words say nothing; ignored words (place names) neither.
        QCOMPARE(significantWords(QStringLiteral("Bà M. mất 2 con bò lúc 20h30 tại Cây Cám"),
                                  {QStringLiteral("cay"), QStringLiteral("cam")}),
                 (QStringList{QStringLiteral("mat"), QStringLiteral("con"), QStringLiteral("bo")}));
    }

    void dFolding() {
        QCOMPARE(significantWords(QStringLiteral("Đánh nhau ĐỘ")),
                 (QStringList{QStringLiteral("danh"), QStringLiteral("nhau")}));
        // "Đã" folds to "da", a stop word, with or without its accents.
        QCOMPARE(significantWords(QStringLiteral("Đã đánh")), QStringList{QStringLiteral("danh")});
        QCOMPARE(significantWords(QStringLiteral("da danh")), QStringList{QStringLiteral("danh")});
        // Plates are matched as plates, not as words.
        QCOMPARE(significantWords(QStringLiteral("xe 72E1-123.45")),
                 QStringList{QStringLiteral("xe")});
    }

    void bigrams() {
        QCOMPARE(wordPairs(QStringLiteral("Trộm cắp xe máy của bà M.")),
                 (QStringList{QStringLiteral("trom cap"), QStringLiteral("cap xe"),
                              QStringLiteral("xe may")}));
        // A stop word or punctuation breaks the pair.
        QCOMPARE(wordPairs(QStringLiteral("xe của máy")), QStringList{});
        QCOMPARE(wordPairs(QStringLiteral("xe, máy")), QStringList{});

        const MatchText a = matchText(QStringLiteral("Trộm xe máy trước tiệm tạp hóa"));
        const MatchText b = matchText(QStringLiteral("Phát hiện người lạ dắt xe may, nghi trộm"));
        int phrases = -1;
        int words = -1;
        const QStringList shared = sharedWords(a, b, &phrases, &words);
        QCOMPARE(phrases, 1);
        QCOMPARE(words, 1);
        QCOMPARE(shared, (QStringList{QStringLiteral("xe máy"), QStringLiteral("trộm")}));
    }

    void reasonsAndRules() {
        const SuggestionOptions window;
        const MatchSubject kase = subject(1, QStringLiteral("Cây Cám"), at(3, 20, 20),
                                          QStringLiteral("Trộm xe máy 72E1-123.45"));
        const QSet<qint64> neighbours = {2};

        // Same hamlet, 2 h 40 min later: hamlet + time.
        auto r = reasons(
            kase, neighbours,
            subject(1, QStringLiteral("Cây Cám"), at(3, 23, 0), QStringLiteral("Đánh nhau")),
            window);
        QCOMPARE(kinds(r),
                 (QList{SuggestionReasonKind::SameHamlet, SuggestionReasonKind::TimeWindow}));
        QVERIFY(isSuggested(r));
        QVERIFY(r.at(1).text.contains(QStringLiteral("23:00 03/09/2020")));

        // Neighbouring hamlet, within the window.
        r = reasons(kase, neighbours,
                    subject(2, QStringLiteral("Long Thọ"), at(4, 1, 0), QStringLiteral("Cháy")),
                    window);
        QCOMPARE(kinds(r),
                 (QList{SuggestionReasonKind::NeighbourHamlet, SuggestionReasonKind::TimeWindow}));
        QVERIFY(r.first().text.contains(QStringLiteral("Long Thọ")));

        // Time only: not suggested. Far hamlet, 25 h before: outside the window, nothing.
        r = reasons(kase, neighbours,
                    subject(9, QStringLiteral("Xa"), at(3, 20, 20), QStringLiteral("Cháy")),
                    window);
        QCOMPARE(kinds(r), QList{SuggestionReasonKind::TimeWindow});
        QVERIFY(!isSuggested(r));
        r = reasons(kase, neighbours,
                    subject(9, QStringLiteral("Xa"), at(2, 19, 20), QStringLiteral("Cháy")),
                    window);
        QVERIFY(r.isEmpty());

        // Hamlet only (10 days later): not suggested.
        r = reasons(kase, neighbours,
                    subject(1, QStringLiteral("Cây Cám"), at(13, 20, 20), QStringLiteral("Cháy")),
                    window);
        QCOMPARE(kinds(r), QList{SuggestionReasonKind::SameHamlet});
        QVERIFY(!isSuggested(r));

        // Same hamlet and the same words, but a year later: not suggested (outside the window).
        r = reasons(kase, neighbours,
                    subject(1, QStringLiteral("Cây Cám"), at(3, 20, 20).addYears(1),
                            QStringLiteral("Lại mất trộm xe máy")),
                    window);
        QCOMPARE(kinds(r),
                 (QList{SuggestionReasonKind::SameHamlet, SuggestionReasonKind::SharedWords}));
        QVERIFY(!isSuggested(r));

        // A plate typed differently, far away, much later: enough alone.
        r = reasons(kase, neighbours,
                    subject(9, QStringLiteral("Xa"), at(29, 8, 0),
                            QStringLiteral("Thu giữ xe biển 72-E1 12345")),
                    window);
        QCOMPARE(kinds(r), QList{SuggestionReasonKind::SharedPlate});
        QVERIFY(isSuggested(r));
        QVERIFY(r.first().text.contains(QStringLiteral("72E1-123.45")));

        // One shared word is not enough; a shared pair is.
        r = reasons(kase, neighbours,
                    subject(9, QStringLiteral("Xa"), at(20, 8, 0), QStringLiteral("Mất xe đạp")),
                    window);
        QVERIFY(r.isEmpty());
        r = reasons(kase, neighbours,
                    subject(9, QStringLiteral("Xa"), at(20, 8, 0), QStringLiteral("Bán xe máy cũ")),
                    window);
        QCOMPARE(kinds(r), QList{SuggestionReasonKind::SharedWords});
        QVERIFY(r.first().text.contains(QStringLiteral("xe máy")));
        QVERIFY(!isSuggested(r));
    }

    void durations() {
        QVERIFY(durationText(2 * 3600 + 40 * 60).contains(QLatin1String("40")));
        QVERIFY(durationText(-(2 * 3600 + 40 * 60)).contains(QLatin1String("2")));
        QCOMPARE(durationText(3600), durationText(-3600));
    }
};

QTEST_GUILESS_MAIN(TestTipMatching)
#include "tst_tip_matching.moc"
