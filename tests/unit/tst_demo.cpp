// The demo register: the 3 September 2020 story and the recent months, in a real encrypted
// register. Checks go through SQL where no repository exposes the figure yet.
#include "models/domain/Clock.h"
#include "models/repo/accounts/UserRepo.h"
#include "models/repo/audit/AuditRepo.h"
#include "models/repo/cases/CaseRepo.h"
#include "models/repo/demo/DemoRepo.h"
#include "models/repo/identity/IdentityRepo.h"
#include "models/repo/tips/TipRepo.h"
#include "models/security/KeyDerivation.h"
#include "models/security/RecoveryKey.h"
#include "models/security/SecretBytes.h"
#include "models/store/Register.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace binhyen;
using namespace Qt::StringLiterals;

class TestDemo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hamletsAndZaloGroups();
    void storyTips();
    void storyCaseAndTimeline();
    void stationIdentityByMonth();
    void recentMonthsHaveActivity();
    void tipListNewestFirst();
    void caseList();
    void accountsAndAudit();
    void secondFillRefused();
    void deterministic();

private:
    QVariant scalar(const QString& sql, const QVariantList& values = {});
    static QDateTime demoNow() {
        return QDateTime(QDate(2026, 11, 28), QTime(10, 0), Clock::stationZone());
    }
    std::unique_ptr<Register> makeFilledRegister(const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<Register> m_register;
    QSqlDatabase m_db;
};

std::unique_ptr<Register> TestDemo::makeFilledRegister(const QString& name) {
    const SecretBytes recovery = RecoveryKey::generateSecret();
    auto reg = Register::create(m_dir.filePath(name), KeyDerivation::registerKey(recovery));
    if (!reg) {
        qWarning() << reg.error().text();
        return {};
    }
    std::unique_ptr<Register> r = reg.take();
    const FixedClock clock(demoNow());
    auto filled = DemoRepo(r->database()).fill(clock, KeyDerivation::escrowKey(recovery));
    if (!filled) {
        qWarning() << filled.error().text();
        return {};
    }
    return r;
}

QVariant TestDemo::scalar(const QString& sql, const QVariantList& values) {
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        return {};
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

void TestDemo::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_register = makeFilledRegister(u"demo.binhyen"_s);
    QVERIFY(m_register);
    m_db = m_register->database();
    QVERIFY(m_db.isOpen());
}

void TestDemo::hamletsAndZaloGroups() {
    QCOMPARE(scalar(u"SELECT count(*) FROM places WHERE valid_to IS NULL"_s).toInt(), 40);
    QVERIFY(
        scalar(u"SELECT count(*) FROM places WHERE name = 'Cây Cám' AND kind = 'ap'"_s).toInt() ==
        1);
    QCOMPARE(
        scalar(u"SELECT count(*) FROM movement_models WHERE type_code = 'zalo_group'"_s).toInt(),
        36);
    QCOMPARE(scalar(u"SELECT count(*) FROM zalo_groups"_s).toInt(), 36);
    // One group per hamlet: 36 distinct hamlets covered.
    QCOMPARE(scalar(u"SELECT count(DISTINCT mp.place_id) FROM movement_model_places mp "
                    "JOIN zalo_groups z ON z.model_id = mp.model_id"_s)
                 .toInt(),
             36);
    const int households =
        scalar(u"SELECT sum(households) FROM movement_models WHERE type_code = 'zalo_group'"_s)
            .toInt();
    QVERIFY2(households >= 950 && households <= 1050, qPrintable(QString::number(households)));
    const int members =
        scalar(u"SELECT sum(members) FROM movement_models WHERE type_code = 'zalo_group'"_s)
            .toInt();
    QVERIFY(members > households);
    QCOMPARE(scalar(u"SELECT min(started_on) >= '2020-05-01' AND max(started_on) <= '2020-05-31' "
                    "FROM movement_models WHERE type_code = 'zalo_group'"_s)
                 .toInt(),
             1);
}

void TestDemo::storyTips() {
    QSqlQuery q(m_db);
    QVERIFY(q.exec(u"SELECT id, channel, valuable, number FROM tips WHERE received_at IN "
                   "('2020-09-03T20:30:00', '2020-09-03T23:00:00') ORDER BY received_at"_s));
    QList<qint64> ids;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        QCOMPARE(q.value(1).toString(), u"phone"_s);
        QCOMPARE(q.value(2).toInt(), 1);
        QVERIFY(q.value(3).toString().endsWith(u"/2020"_s));
    }
    QCOMPARE(ids.size(), 2);
    // Only the 20:30 caller of the story is a sealed identity; the 23:00 caller is anonymous.
    QCOMPARE(
        scalar(u"SELECT count(*) FROM tips WHERE year = 2020 AND informant_sealed IS NOT NULL"_s)
            .toInt(),
        1);
    QVERIFY(scalar(u"SELECT informant_sealed IS NOT NULL FROM tips WHERE year = 2020 AND seq = 4"_s)
                .toBool());

    QVERIFY(q.prepare(u"SELECT count(DISTINCT case_id), sum(contributed) FROM tip_case_links "
                      "WHERE tip_id IN (?, ?)"_s));
    q.addBindValue(ids.at(0));
    q.addBindValue(ids.at(1));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 2);
}

void TestDemo::storyCaseAndTimeline() {
    const qint64 caseId =
        scalar(u"SELECT l.case_id FROM tip_case_links l JOIN tips t ON t.id = l.tip_id "
               "WHERE t.received_at = '2020-09-03T20:30:00'"_s)
            .toLongLong();
    QVERIFY(caseId > 0);
    QSqlQuery q(m_db);
    QVERIFY(q.prepare(u"SELECT c.status, c.solved, c.review_status, u.role FROM cases c "
                      "JOIN users u ON u.id = c.reviewed_by WHERE c.id = ?"_s));
    q.addBindValue(caseId);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), u"closed"_s);
    QCOMPARE(q.value(1).toInt(), 1);
    QCOMPARE(q.value(2).toString(), u"approved"_s);
    QCOMPARE(q.value(3).toString(), u"chief"_s);

    // Suspect born 1982, identified and arrested.
    QCOMPARE(
        scalar(u"SELECT p.birth_year FROM case_persons cp JOIN persons p ON p.id = cp.person_id "
               "WHERE cp.case_id = ? AND cp.role = 'suspect' AND cp.identified_at IS NOT NULL "
               "AND cp.arrested_at IS NOT NULL"_s,
               {caseId})
            .toInt(),
        1982);

    // The timeline in order, by time and in the order it was recorded.
    QVERIFY(
        q.prepare(u"SELECT kind, occurred_at FROM case_events WHERE case_id = ? ORDER BY id"_s));
    q.addBindValue(caseId);
    QVERIFY(q.exec());
    QStringList kinds;
    QString previous;
    while (q.next()) {
        const QString at = q.value(1).toString();
        QVERIFY2(at >= previous, qPrintable(at));
        previous = at;
        kinds.append(q.value(0).toString() + u'@' + at.mid(11, 5));
    }
    const QStringList expected = {u"camera_extract@21:15"_s, u"zalo_notice@21:40"_s,
                                  u"suspect_located@23:00"_s, u"brought_in@23:30"_s,
                                  u"statement@00:30"_s};
    qsizetype from = 0;
    for (const QString& step : expected) {
        const qsizetype found = kinds.indexOf(step, from);
        QVERIFY2(found >= 0, qPrintable(step + u" in "_s + kinds.join(u", "_s)));
        from = found + 1;
    }
}

void TestDemo::stationIdentityByMonth() {
    const QString sql = u"SELECT unit_name || '|' || parent_body FROM station_identity "
                        "WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1"_s;
    QCOMPARE(scalar(sql, {u"2020-09-01"_s}).toString(),
             u"CÔNG AN XÃ LÁNG DÀI|CÔNG AN HUYỆN ĐẤT ĐỎ"_s);
    QCOMPARE(scalar(sql, {u"2026-10-01"_s}).toString(),
             u"CÔNG AN XÃ ĐẤT ĐỎ|CÔNG AN THÀNH PHỐ HỒ CHÍ MINH"_s);
    QCOMPARE(scalar(sql, {u"2025-04-01"_s}).toString(),
             u"CÔNG AN XÃ LÁNG DÀI|CÔNG AN TỈNH BÀ RỊA - VŨNG TÀU"_s);
    QCOMPARE(scalar(u"SELECT commune_code FROM station_identity ORDER BY effective_from DESC"_s)
                 .toString(),
             u"26680"_s);
}

void TestDemo::recentMonthsHaveActivity() {
    for (const QString& month :
         {u"2026-07"_s, u"2026-08"_s, u"2026-09"_s, u"2026-10"_s, u"2026-11"_s}) {
        const int tips =
            scalar(u"SELECT count(*) FROM tips WHERE substr(received_at, 1, 7) = ?"_s, {month})
                .toInt();
        QVERIFY2(tips >= 8 && tips <= 34, qPrintable(month + u": "_s + QString::number(tips)));
        QVERIFY2(
            scalar(u"SELECT count(*) FROM activities WHERE substr(held_on, 1, 7) = ?"_s, {month})
                    .toInt() > 0,
            qPrintable(month));
    }
    QCOMPARE(
        scalar(u"SELECT count(*) FROM tips WHERE substr(received_at, 1, 7) = '2026-06'"_s).toInt(),
        0);
    QVERIFY(scalar(u"SELECT count(*) FROM cases WHERE opened_at >= '2026-07'"_s).toInt() > 0);
    QVERIFY(scalar(u"SELECT count(*) FROM results WHERE occurred_on >= '2026-07'"_s).toInt() > 0);
    // Several channels and classifications, and nothing after "now".
    QVERIFY(scalar(u"SELECT count(DISTINCT channel) FROM tips WHERE received_at >= '2026-07'"_s)
                .toInt() >= 4);
    QVERIFY(
        scalar(u"SELECT count(DISTINCT classification) FROM tips WHERE received_at >= '2026-07'"_s)
            .toInt() >= 4);
    const QString now = u"2026-11-28T10:00:00"_s;
    QCOMPARE(
        scalar(u"SELECT count(*) FROM tips WHERE received_at > ? OR updated_at > ?"_s, {now, now})
            .toInt(),
        0);
    QCOMPARE(scalar(u"SELECT count(*) FROM case_events WHERE occurred_at > ?"_s, {now}).toInt(), 0);
    QCOMPARE(scalar(u"SELECT count(*) FROM activities WHERE held_on > '2026-11-28'"_s).toInt(), 0);
    // Some recent case was solved with a contributing tip.
    QVERIFY(scalar(u"SELECT count(*) FROM cases c JOIN tip_case_links l ON l.case_id = c.id "
                   "WHERE c.solved = 1 AND l.contributed = 1 AND c.opened_at >= '2026-07'"_s)
                .toInt() > 0);
}

void TestDemo::tipListNewestFirst() {
    TipRepo repo(m_db);
    auto total = repo.count();
    QVERIFY(total);
    QVERIFY(total.value() > 60);
    auto rows = repo.listNewest(int(total.value()));
    QVERIFY(rows);
    QCOMPARE(rows.value().size(), total.value());
    const QRegularExpression number(u"^TB-\\d{4}/\\d{4}$"_s);
    for (qsizetype i = 0; i < rows.value().size(); ++i) {
        const TipRow& row = rows.value().at(i);
        QVERIFY2(number.match(row.number).hasMatch(), qPrintable(row.number));
        QVERIFY(row.receivedAt.isValid());
        QVERIFY(!row.category.isEmpty());
        if (i > 0)
            QVERIFY(row.receivedAt <= rows.value().at(i - 1).receivedAt);
    }
    QVERIFY(rows.value().first().number.endsWith(u"/2026"_s));
    QVERIFY(rows.value().first().receivedAt <= demoNow());
    QCOMPARE(rows.value().last().number, u"TB-0001/2020"_s);
    bool firstOf2026 = false;
    for (const TipRow& row : rows.value())
        firstOf2026 = firstOf2026 || row.number == u"TB-0001/2026";
    QVERIFY(firstOf2026);
}

void TestDemo::caseList() {
    auto rows = CaseRepo(m_db).listNewest(1000);
    QVERIFY(rows);
    QVERIFY(rows.value().size() >= 4);
    const CaseRow& story = rows.value().last();
    QCOMPARE(story.number, u"VV-0001/2020"_s);
    QVERIFY(story.solved);
    QCOMPARE(story.linkedTips, 2);
    QCOMPARE(story.contributedTips, 2);
    QCOMPARE(story.hamlet, u"Cây Cám"_s);
}

// The demo accounts log on with the README's password, each in its role; the 20:30 caller is
// sealed (an officer cannot read it, the chief can); the audit trail verifies.
void TestDemo::accountsAndAudit() {
    const FixedClock clock(demoNow());
    UserRepo users(m_db, clock);
    QByteArray text(DemoRepo::kPassword);
    const SecretBytes password = SecretBytes::takeFrom(text);
    const QList<QPair<QString, Role>> expected = {{u"truong"_s, Role::Chief},
                                                  {u"canbo1"_s, Role::Officer},
                                                  {u"canbo2"_s, Role::Officer},
                                                  {u"thanhtra"_s, Role::Inspector}};
    std::vector<Session> sessions;
    for (const auto& [name, role] : expected) {
        auto session = users.logon(name, password);
        QVERIFY2(session,
                 qPrintable(name + u": "_s + (session ? QString() : session.error().text())));
        QCOMPARE(session.value().role(), role);
        sessions.push_back(session.take());
    }
    QCOMPARE(scalar(u"SELECT count(*) FROM users WHERE password_hash IS NOT NULL"_s).toInt(), 4);
    QCOMPARE(scalar(u"SELECT count(*) FROM tips WHERE informant_sealed IS NOT NULL"_s).toInt(), 4);

    const qint64 story =
        scalar(u"SELECT id FROM tips WHERE year = 2020 AND seq = 4"_s).toLongLong();
    IdentityRepo identities(m_db, clock);
    QVERIFY(!identities.reveal(sessions.at(1), story, u"kiểm tra"_s));
    auto caller = identities.reveal(sessions.at(0), story, u"Kiểm tra dữ liệu trình diễn"_s);
    QVERIFY2(caller, qPrintable(caller ? QString() : caller.error().text()));
    QCOMPARE(caller.value().name, u"Nguyễn Văn Tư"_s);
    QCOMPARE(caller.value().phone, u"0909 123 456"_s);

    auto verdict = AuditRepo(m_db, clock).verify(nullptr);
    QVERIFY2(verdict, qPrintable(verdict ? QString() : verdict.error().text()));
    QVERIFY2(verdict.value().intact, qPrintable(verdict.value().problem));
    QVERIFY(verdict.value().checkpoints >= 1);
}

void TestDemo::secondFillRefused() {
    const qint64 before = scalar(u"SELECT count(*) FROM tips"_s).toLongLong();
    auto again = DemoRepo(m_db).fill(FixedClock(demoNow()), SecretBytes::random(32));
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Exists);
    QCOMPARE(scalar(u"SELECT count(*) FROM tips"_s).toLongLong(), before);
}

void TestDemo::deterministic() {
    auto other = makeFilledRegister(u"again.binhyen"_s);
    QVERIFY(other);
    const QString digest = u"SELECT count(*) || '/' || sum(length(summary)) || '/' || "
                           "group_concat(received_at, ',') FROM tips"_s;
    QSqlQuery a(m_db);
    QSqlQuery b(other->database());
    QVERIFY(a.exec(digest) && a.next());
    QVERIFY(b.exec(digest) && b.next());
    QCOMPARE(b.value(0).toString(), a.value(0).toString());
    other->closeThreadConnection();
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
