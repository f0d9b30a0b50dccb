// Accent-blind search: the fold, the query translation, and the index over a real register.
#include "models/domain/Clock.h"
#include "models/domain/SearchText.h"
#include "models/domain/TextFold.h"
#include "models/domain/Tip.h"
#include "models/repo/tips/SearchRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/Session.h"
#include "tests/support/TempRegister.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace binhyen;
using namespace binhyen::test;

namespace {

Session reader(Role role = Role::Officer) {
    return Session(1, QStringLiteral("canbo1"), QStringLiteral("Cán bộ"), role, 1, SecretBytes(),
                   SecretBytes());
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT

    TempRegister m_reg;
    QHash<QString, qint64> m_ids;
    QHash<QString, qint64> m_caseIds; // keys "case:…"

    void addCase(const QString& key, int year, int seq, const QString& title,
                 const QString& summary, const QString& address, const QString& createdAt) {
        QSqlQuery q(m_reg.reg->database());
        q.prepare(QStringLiteral(
            "INSERT INTO cases (year, seq, title, case_type, opened_at, address, summary, "
            "created_at, updated_at, created_by) VALUES (?, ?, ?, 'theft', ?, ?, ?, ?, ?, 1)"));
        for (const QVariant& v :
             QVariantList{year, seq, title, createdAt, address, summary, createdAt, createdAt})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        m_caseIds.insert(key, q.lastInsertId().toLongLong());
    }

    void addTip(const QString& key, const QString& summary, const QString& details = {},
                const QString& address = {}) {
        QSqlQuery q(m_reg.reg->database());
        NewTip tip;
        tip.receivedAt = QDateTime(QDate(2026, 11, 1), QTime(8, 0), Clock::stationZone())
                             .addSecs(m_ids.size() * 60);
        tip.channel = QStringLiteral("phone");
        tip.receivingOfficerId = 1;
        tip.createdBy = 1;
        tip.createdAt = tip.receivedAt;
        tip.summary = summary;
        tip.details = details;
        tip.address = address;
        auto id = TipRepo(m_reg.reg->database()).insert(tip);
        QVERIFY2(id.ok(), qPrintable(id.error().text()));
        m_ids.insert(key, id.value());
    }

    QStringList find(const QString& query) {
        auto hits = SearchRepo(m_reg.reg->database()).search(reader(), query, 0);
        if (!hits)
            return {QStringLiteral("ERROR: ") + hits.error().text()};
        QStringList keys;
        for (const SearchHit& h : hits.value())
            keys << (h.kind == QLatin1String("case") ? m_caseIds.key(h.id) : m_ids.key(h.id));
        return keys;
    }

private Q_SLOTS:
    void initTestCase() {
        QSqlQuery q(m_reg.reg->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, username, full_name, role) VALUES "
                                      "(1, 'canbo1', 'Cán bộ', 'officer')")));
        addTip(QStringLiteral("theft"), QStringLiteral("Trộm cắp xe máy trước tiệm tạp hóa"),
               QStringLiteral("Xe Honda Wave biển số 72E1-123.45, người dân truy đuổi"),
               QStringLiteral("Ấp Cây Cám, xã Láng Dài"));
        addTip(QStringLiteral("datdo"), QStringLiteral("Đánh nhau gây mất trật tự"), {},
               QStringLiteral("Khu phố Thanh Long, thị trấn Đất Đỏ"));
        addTip(QStringLiteral("phone"), QStringLiteral("Người lạ gọi điện lừa đảo"),
               QStringLiteral("Số gọi đến 0909 123 456"));
        addTip(QStringLiteral("lang"), QStringLiteral("Lăng mộ bị xâm phạm"));
    }

    void foldIsAccentAndDBlind() {
        QCOMPARE(foldText(QStringLiteral("Đất Đỏ")), QStringLiteral("dat do"));
        QCOMPARE(foldText(QStringLiteral("TRỘM CẮP")), QStringLiteral("trom cap"));
        QCOMPARE(foldText(QStringLiteral("Láng Dài")), QStringLiteral("lang dai"));
        QCOMPARE(foldText(QStringLiteral("Phước Hải")).size(), QStringLiteral("Phước Hải").size());
    }

    void queriesFindWhatTheyShould_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("expected");
        const QStringList theft{QStringLiteral("theft")};
        QTest::newRow("lang dai") << QStringLiteral("lang dai") << theft;
        QTest::newRow("Láng Dài") << QStringLiteral("Láng Dài") << theft;
        QTest::newRow("LANG DAI") << QStringLiteral("LANG DAI") << theft;
        QTest::newRow("dat do") << QStringLiteral("dat do") << QStringList{QStringLiteral("datdo")};
        QTest::newRow("trom cap") << QStringLiteral("trom cap") << theft;
        QTest::newRow("every word") << QStringLiteral("trom cap dat do") << QStringList{};
        QTest::newRow("whole words") << QStringLiteral("tro") << QStringList{};
        QTest::newRow("prefix") << QStringLiteral("tro*") << theft;
        QTest::newRow("lang alone") << QStringLiteral("lang")
                                    << QStringList{QStringLiteral("lang"), QStringLiteral("theft")};
        QTest::newRow("plate as written") << QStringLiteral("72E1-123.45") << theft;
        QTest::newRow("plate compact") << QStringLiteral("72e112345") << theft;
        QTest::newRow("phone compact")
            << QStringLiteral("0909123456") << QStringList{QStringLiteral("phone")};
        QTest::newRow("phone grouped")
            << QStringLiteral("0909 123 456") << QStringList{QStringLiteral("phone")};
    }

    void queriesFindWhatTheyShould() {
        QFETCH(QString, query);
        QFETCH(QStringList, expected);
        QCOMPARE(find(query), expected);
    }

    void ftsSyntaxIsNeverAnError_data() {
        QTest::addColumn<QString>("query");
        for (const char* q :
             {"\"",     "*",     "NEAR(",     "(((", ")", "a OR", "AND", "NOT", "^",  "-",
              "\"lang", "lang)", "{body}: x", "***", "",  "   ",  "'",   ";",   "--", "%_"})
            QTest::newRow(q) << QString::fromUtf8(q);
    }

    void ftsSyntaxIsNeverAnError() {
        QFETCH(QString, query);
        const QStringList result = find(query);
        QVERIFY2(result.isEmpty() || !result.first().startsWith(QLatin1String("ERROR")),
                 qPrintable(result.join(u", ")));
    }

    void newestFirstAndLimit() {
        const QStringList all = find(QStringLiteral("lang"));
        QCOMPARE(all, (QStringList{QStringLiteral("lang"), QStringLiteral("theft")}));
        auto limited =
            SearchRepo(m_reg.reg->database()).search(reader(), QStringLiteral("lang"), 1);
        QCOMPARE(limited.value().size(), 1);
        QCOMPARE(limited.value().first().number, QStringLiteral("TB-0004/2026"));
    }

    void indexFollowsEdits() {
        QSqlQuery q(m_reg.reg->database());
        q.prepare(QStringLiteral("UPDATE tips SET summary = 'Cháy rừng phòng hộ' WHERE id = ?"));
        q.addBindValue(m_ids.value(QStringLiteral("lang")));
        QVERIFY(q.exec());
        QCOMPARE(find(QStringLiteral("chay rung")), QStringList{QStringLiteral("lang")});
        QCOMPARE(find(QStringLiteral("lang")), QStringList{QStringLiteral("theft")});
    }

    void everyRoleGetsTheSameResults() {
        for (Role role : {Role::Officer, Role::Inspector, Role::Chief}) {
            auto hits = SearchRepo(m_reg.reg->database())
                            .search(reader(role), QStringLiteral("trom cap"), 0);
            QCOMPARE(hits.value().size(), 1);
        }
        QCOMPARE(SearchRepo(m_reg.reg->database())
                     .search(Session(), QStringLiteral("x"), 0)
                     .error()
                     .code,
                 ErrorCode::NotPermitted);
    }

    // Cases join the search (case_search, migration 7), merged with tips newest first.
    void casesAreFoundToo() {
        addCase(QStringLiteral("case:story"), 2020, 1,
                QStringLiteral("Trộm cắp xe máy trước tiệm tạp hóa ấp Cây Cám"),
                QStringLiteral("Xe Honda Wave Alpha biển số 72E1-123.45 dựng trước tiệm bị lấy "
                               "trộm; người dân truy đuổi nhưng đối tượng tẩu thoát."),
                QStringLiteral("Trước tiệm tạp hóa của bà Trần Thị M., ấp Cây Cám, xã Láng Dài"),
                QStringLiteral("2020-09-03T20:40:00"));
        const QString story = QStringLiteral("case:story");
        const QString theft = QStringLiteral("theft");
        QCOMPARE(find(QStringLiteral("trom cap xe may")), (QStringList{theft, story}));
        QCOMPARE(find(QStringLiteral("lang dai")), (QStringList{theft, story}));
        QCOMPARE(find(QStringLiteral("tau thoat")), QStringList{story});
        QCOMPARE(find(QStringLiteral("xyzzy khong co")), QStringList{});
        auto hits = SearchRepo(m_reg.reg->database())
                        .search(reader(Role::Inspector), QStringLiteral("tau thoat"), 0);
        QCOMPARE(hits.value().size(), 1);
        QCOMPARE(hits.value().first().kind, QStringLiteral("case"));
        QCOMPARE(hits.value().first().number, QStringLiteral("VV-0001/2020"));
        // A newer case comes before the older tip; the limit counts both kinds.
        addCase(QStringLiteral("case:newer"), 2026, 1, QStringLiteral("Đánh bạc tại ấp Lò Vôi"), {},
                QStringLiteral("Ấp Lò Vôi, xã Láng Dài"), QStringLiteral("2026-11-05T09:00:00"));
        QCOMPARE(find(QStringLiteral("lang dai")),
                 (QStringList{QStringLiteral("case:newer"), theft, story}));
        auto limited =
            SearchRepo(m_reg.reg->database()).search(reader(), QStringLiteral("lang dai"), 2);
        QCOMPARE(limited.value().size(), 2);
        QCOMPARE(limited.value().at(0).number, QStringLiteral("VV-0001/2026"));
        QCOMPARE(limited.value().at(1).number, QStringLiteral("TB-0001/2026"));
        // The index follows a case's edits.
        QSqlQuery q(m_reg.reg->database());
        q.prepare(QStringLiteral("UPDATE cases SET title = 'Đánh bạc ăn tiền' WHERE id = ?"));
        q.addBindValue(m_caseIds.value(QStringLiteral("case:newer")));
        QVERIFY(q.exec());
        QCOMPARE(find(QStringLiteral("an tien")), QStringList{QStringLiteral("case:newer")});
        QVERIFY(find(QStringLiteral("lo voi")).contains(QStringLiteral("case:newer"))); // address
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
