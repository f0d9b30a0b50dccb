// Tip ↔ case suggestions on a real register (the story of 03/09/2020): each rule with a tip that
// must be suggested and one that must not; the commune's places and their neighbours.
#include "models/domain/Tip.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/cases/CaseLinkRepo.h"
#include "models/repo/cases/SuggestionRepo.h"
#include "models/repo/places/PlaceRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/repo/tips/TipWorkflowRepo.h"
#include "models/security/Session.h"
#include "tests/support/AuditFixture.h"
#include "tests/support/TestSupport.h"

#include <QSqlQuery>
#include <QTest>
#include <memory>

using namespace binhyen;
using namespace binhyen::test;

namespace {

constexpr qint64 kCayCam = 1;
constexpr qint64 kLongTho = 2;
constexpr qint64 kFar = 3;
constexpr qint64 kAnNhut = 4;
constexpr qint64 kOldName = 5;

QDateTime at(int year, int month, int day, int hour, int minute) {
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Clock::stationZone());
}

QList<SuggestionReasonKind> kinds(const QList<SuggestionReason>& reasons) {
    QList<SuggestionReasonKind> out;
    for (const SuggestionReason& r : reasons)
        out << r.kind;
    return out;
}

} // namespace

class TestSuggestions : public QObject {
    Q_OBJECT

    std::unique_ptr<AuditStation> s;
    qint64 hamletTime = 0;    // same hamlet, 2 h later
    qint64 neighbourTime = 0; // neighbouring hamlet, 23:00
    qint64 timeOnly = 0;      // far hamlet, same time
    qint64 hamletOnly = 0;    // same hamlet, 10 days later
    qint64 plate = 0;         // a year later, the same plate typed differently
    qint64 wordsTime = 0;     // "xe máy", far hamlet, within the window
    qint64 linked = 0;        // already linked to the case
    qint64 duplicate = 0;     // closed as a duplicate of `linked`
    qint64 caseId = 1;        // open, 03/09/2020 20:20, ấp Cây Cám
    qint64 closedCase = 2;    // closed, same hamlet, same time, same plate

    SuggestionRepo suggestions() { return SuggestionRepo(s->db(), s->clock); }
    PlaceRepo places() { return PlaceRepo(s->db(), s->clock); }

    qint64 addTip(const QDateTime& when, qint64 placeId, const QString& summary) {
        NewTip tip;
        tip.receivedAt = when;
        tip.channel = QStringLiteral("phone");
        tip.receivingOfficerId = s->officer.userId();
        tip.placeId = placeId;
        tip.summary = summary;
        tip.createdBy = s->officer.userId();
        tip.createdAt = when;
        auto id = TipRepo(s->db()).insert(tip);
        if (!id)
            qFatal("tip: %s", qPrintable(id.error().text()));
        return id.value();
    }

    void verifyIntact() {
        auto verdict = s->audit().verify(nullptr);
        QVERIFY2(verdict.ok(), verdict.ok() ? "" : qPrintable(verdict.error().text()));
        QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    }

    QList<qint64> tipIds(const QList<TipSuggestion>& list) {
        QList<qint64> ids;
        for (const TipSuggestion& t : list)
            ids << t.tipId;
        return ids;
    }

    QList<qint64> caseIds(const QList<CaseSuggestion>& list) {
        QList<qint64> ids;
        for (const CaseSuggestion& c : list)
            ids << c.caseId;
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        useVietnamese();
        s = std::make_unique<AuditStation>();
        insider::exec(s->db(), QStringLiteral(
                                   "INSERT INTO places (id, kind, name, households, "
                                   "commune_code, valid_from, valid_to) VALUES "
                                   "(1, 'ap', 'Cây Cám', 120, '26680', '2018-01-01', NULL), "
                                   "(2, 'ap', 'Long Thọ', 90, '26680', '2018-01-01', NULL), "
                                   "(3, 'khu_pho', 'Phước Hòa', 300, '26680', '2018-01-01', NULL), "
                                   "(4, 'ap', 'An Nhứt', 109, '26680', '2018-01-01', NULL), "
                                   "(5, 'thon', 'Bàu Cũ', 40, '26680', '2018-01-01', "
                                   "'2019-12-31')"));
        // Cases: one open, one closed (same hamlet, same time, same plate).
        insider::exec(
            s->db(),
            QStringLiteral(
                "INSERT INTO cases (id, year, seq, title, case_type, occurred_at, opened_at, "
                "place_id, summary, status, closed_at, created_at, updated_at, created_by) VALUES "
                "(1, 2020, 1, 'Trộm xe máy trước tiệm tạp hóa', 'theft', '2020-09-03T20:20:00', "
                "'2020-09-03T20:40:00', 1, 'Mất xe máy Honda Wave biển số 72E1-123.45 tại ấp Cây "
                "Cám', 'verifying', NULL, '2020-09-03T20:40:00', '2020-09-03T20:40:00', %1), "
                "(2, 2020, 2, 'Trộm xe máy cũ', 'theft', '2020-09-03T20:00:00', "
                "'2020-09-03T20:10:00', 1, 'Xe biển số 72E1-123.45', 'closed', "
                "'2020-09-03T22:00:00', '2020-09-03T20:10:00', '2020-09-03T22:00:00', %1)")
                .arg(s->officer.userId()));

        hamletTime =
            addTip(at(2020, 9, 3, 22, 20), kCayCam, QStringLiteral("Đánh nhau trước quán cà phê"));
        neighbourTime = addTip(at(2020, 9, 3, 23, 0), kLongTho,
                               QStringLiteral("Phát hiện đối tượng khả nghi gần khu công nghiệp"));
        timeOnly = addTip(at(2020, 9, 3, 20, 30), kFar, QStringLiteral("Cháy cỏ ven đường"));
        hamletOnly =
            addTip(at(2020, 9, 13, 20, 20), kCayCam, QStringLiteral("Tranh chấp ranh giới đất"));
        plate = addTip(at(2021, 9, 10, 9, 0), kFar,
                       QStringLiteral("Thu giữ xe 72-E1 12345 bỏ lại ven đường"));
        wordsTime = addTip(at(2020, 9, 4, 8, 0), kFar,
                           QStringLiteral("Người dân nhặt được xe máy bị bỏ lại"));
        linked = addTip(at(2020, 9, 3, 21, 0), kCayCam, QStringLiteral("Báo mất xe máy"));
        duplicate =
            addTip(at(2020, 9, 3, 21, 10), kCayCam, QStringLiteral("Báo mất xe máy lần hai"));
        QVERIFY(s->audit().baseline(s->chief, QStringLiteral("test records")).ok());
        s->clock.set(at(2021, 9, 10, 10, 0));

        QVERIFY(places().setNeighbours(s->chief, kCayCam, {kLongTho}).ok());
        QVERIFY(CaseLinkRepo(s->db(), s->clock).link(s->chief, linked, caseId, {}).ok());
        QVERIFY(TipWorkflowRepo(s->db(), s->clock)
                    .duplicate(s->officer, duplicate, linked, QStringLiteral("Cùng một vụ"))
                    .ok());
    }

    void placesAndNeighbours() {
        auto hamlets = places().hamlets(s->officer);
        QVERIFY(hamlets.ok());
        QCOMPARE(hamlets.value().size(), 4); // Bàu Cũ is no longer in force
        QCOMPARE(hamlets.value().at(0).name, QStringLiteral("Cây Cám"));
        QCOMPARE(hamlets.value().at(0).households, 120);
        QCOMPARE(hamlets.value().at(2).kind, QStringLiteral("khu_pho"));
        // The labels are translated (ấp, khu phố): compared once the lead regenerates the .ts.
        QVERIFY(!hamlets.value().at(0).kindLabel.isEmpty());
        QVERIFY(hamlets.value().at(0).kindLabel != hamlets.value().at(2).kindLabel);
        QCOMPARE(hamlets.value().at(0).kindLabel, PlaceRepo::kindLabel(QStringLiteral("ap")));

        QCOMPARE(places().neighbours(s->officer, kLongTho).value(), QList<qint64>{kCayCam});
        // The officer may not change them; a place is not its own neighbour; ids must exist.
        QCOMPARE(places().setNeighbours(s->officer, kAnNhut, {kFar}).error().code,
                 ErrorCode::NotPermitted);
        QCOMPARE(places().setNeighbours(s->chief, kAnNhut, {kAnNhut}).error().code,
                 ErrorCode::InvalidInput);
        QCOMPARE(places().setNeighbours(s->chief, kAnNhut, {kFar, 99}).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(places().neighbours(s->chief, kAnNhut).value().isEmpty());

        // Stored once per pair, smaller id first; replacing drops the old pairs.
        QVERIFY(places().setNeighbours(s->chief, kAnNhut, {kLongTho, kFar, kFar}).ok());
        QSqlQuery q(s->db());
        QVERIFY(q.exec(QStringLiteral("SELECT place_id, neighbour_id FROM place_neighbours "
                                      "ORDER BY 1, 2")));
        QList<QPair<qint64, qint64>> pairs;
        while (q.next())
            pairs.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        QCOMPARE(pairs, (QList<QPair<qint64, qint64>>{{1, 2}, {2, 4}, {3, 4}}));
        QCOMPARE(places().neighbours(s->chief, kAnNhut).value(), (QList<qint64>{kLongTho, kFar}));
        QVERIFY(places().setNeighbours(s->chief, kAnNhut, {kFar}).ok());
        QCOMPARE(places().neighbours(s->chief, kLongTho).value(), QList<qint64>{kCayCam});

        auto rows = s->audit().list(s->chief, AuditFilter{0, QStringLiteral("place"), {}, {}, 50});
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), 3);
        AuditRow last = rows.value().first();
        for (const AuditRow& r : rows.value()) {
            if (r.id > last.id)
                last = r;
        }
        QCOMPARE(last.action, QStringLiteral("place.neighbours"));
        QCOMPARE(last.entityId, kAnNhut);
        const QVariantMap change = last.changes.value(QStringLiteral("neighbours")).toMap();
        QCOMPARE(change.value(QStringLiteral("after")).toStringList(),
                 QStringList{QStringLiteral("Phước Hòa")});
        QCOMPARE(change.value(QStringLiteral("before")).toStringList(),
                 (QStringList{QStringLiteral("Long Thọ"), QStringLiteral("Phước Hòa")}));
        verifyIntact();
    }

    void tipsForCase() {
        auto found = suggestions().suggestTipsForCase(s->officer, caseId);
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().text()));
        const QList<TipSuggestion>& list = found.value();
        // Two reasons each, closest in time first; then the plate alone.
        QCOMPARE(tipIds(list), (QList<qint64>{hamletTime, neighbourTime, wordsTime, plate}));
        QCOMPARE(kinds(list.at(0).reasons),
                 (QList{SuggestionReasonKind::SameHamlet, SuggestionReasonKind::TimeWindow}));
        QCOMPARE(kinds(list.at(1).reasons),
                 (QList{SuggestionReasonKind::NeighbourHamlet, SuggestionReasonKind::TimeWindow}));
        QCOMPARE(kinds(list.at(2).reasons),
                 (QList{SuggestionReasonKind::TimeWindow, SuggestionReasonKind::SharedWords}));
        QCOMPARE(kinds(list.at(3).reasons), QList{SuggestionReasonKind::SharedPlate});
        for (const TipSuggestion& t : list) {
            for (const SuggestionReason& r : t.reasons)
                QVERIFY(!r.text.isEmpty());
        }
        QCOMPARE(list.at(0).hamlet, QStringLiteral("Cây Cám"));
        QCOMPARE(list.at(0).summary, QStringLiteral("Đánh nhau trước quán cà phê"));
        QCOMPARE(list.at(0).status, QStringLiteral("new"));
        QVERIFY(list.at(0).reasons.at(0).text.contains(QStringLiteral("Cây Cám")));
        QVERIFY(list.at(0).reasons.at(1).text.contains(QStringLiteral("22:20 03/09/2020")));
        QVERIFY(list.at(1).reasons.at(0).text.contains(QStringLiteral("Long Thọ")));
        QVERIFY(list.at(2).reasons.at(1).text.contains(QStringLiteral("xe máy")));
        QVERIFY(list.at(3).reasons.at(0).text.contains(QStringLiteral("72E1-123.45")));
        // Not suggested: time only, hamlet only, already linked, a duplicate.
        for (qint64 id : {timeOnly, hamletOnly, linked, duplicate, s->tipId})
            QVERIFY2(!tipIds(list).contains(id), qPrintable(QString::number(id)));

        // A narrower window: the tip 2 h 40 min later no longer counts as close in time.
        SuggestionOptions narrow;
        narrow.hoursAfter = 2;
        auto fewer = suggestions().suggestTipsForCase(s->officer, caseId, narrow);
        QVERIFY(fewer.ok());
        QVERIFY(tipIds(fewer.value()).contains(hamletTime));
        QVERIFY(!tipIds(fewer.value()).contains(neighbourTime));

        QCOMPARE(suggestions().suggestTipsForCase(s->officer, 99).error().code,
                 ErrorCode::NotFound);
    }

    void casesForTip() {
        // Same hamlet and time: the open case, never the closed one.
        auto found = suggestions().suggestCasesForTip(s->officer, hamletTime);
        QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().text()));
        QCOMPARE(caseIds(found.value()), QList<qint64>{caseId});
        const CaseSuggestion& c = found.value().first();
        QCOMPARE(c.number, QStringLiteral("VV-0001/2020"));
        QCOMPARE(c.title, QStringLiteral("Trộm xe máy trước tiệm tạp hóa"));
        QCOMPARE(c.occurredAt, at(2020, 9, 3, 20, 20));
        QCOMPARE(c.hamlet, QStringLiteral("Cây Cám"));
        QCOMPARE(kinds(c.reasons),
                 (QList{SuggestionReasonKind::SameHamlet, SuggestionReasonKind::TimeWindow}));

        auto byNeighbour = suggestions().suggestCasesForTip(s->officer, neighbourTime);
        QVERIFY(byNeighbour.ok());
        QCOMPARE(caseIds(byNeighbour.value()), QList<qint64>{caseId});
        QCOMPARE(kinds(byNeighbour.value().first().reasons),
                 (QList{SuggestionReasonKind::NeighbourHamlet, SuggestionReasonKind::TimeWindow}));

        // The plate a year later: the open case only (the closed one shares it too).
        auto byPlate = suggestions().suggestCasesForTip(s->officer, plate);
        QVERIFY(byPlate.ok());
        QCOMPARE(caseIds(byPlate.value()), QList<qint64>{caseId});
        QCOMPARE(kinds(byPlate.value().first().reasons), QList{SuggestionReasonKind::SharedPlate});

        auto byWords = suggestions().suggestCasesForTip(s->officer, wordsTime);
        QVERIFY(byWords.ok());
        QCOMPARE(caseIds(byWords.value()), QList<qint64>{caseId});

        // Not suggested: time only, hamlet only, a tip already linked.
        for (qint64 tip : {timeOnly, hamletOnly, linked}) {
            auto none = suggestions().suggestCasesForTip(s->officer, tip);
            QVERIFY(none.ok());
            QVERIFY2(none.value().isEmpty(), qPrintable(QString::number(tip)));
        }
    }

    void inspectorReads() {
        SecretBytes pw;
        {
            QByteArray bytes("Tam-thoi-2020");
            pw = SecretBytes::takeFrom(bytes);
        }
        UserRepo users(s->db(), s->clock);
        NewAccount a{QStringLiteral("thanhtra"), QStringLiteral("Lê Thị Thanh"),
                     QStringLiteral("Đại úy"), QStringLiteral("Thanh tra"), Role::Inspector};
        QVERIFY(users.createAccount(s->chief, a, pw).ok());
        QByteArray again("Tam-thoi-2020");
        auto inspector = users.logon(QStringLiteral("thanhtra"), SecretBytes::takeFrom(again));
        QVERIFY(inspector.ok());
        QVERIFY(suggestions().suggestTipsForCase(inspector.value(), caseId).ok());
        QVERIFY(places().hamlets(inspector.value()).ok());
        QCOMPARE(places().setNeighbours(inspector.value(), kFar, {}).error().code,
                 ErrorCode::NotPermitted);
        verifyIntact();
    }
};

QTEST_GUILESS_MAIN(TestSuggestions)
#include "tst_suggestions.moc"
